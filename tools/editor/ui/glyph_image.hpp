#pragma once
// Small RGBA images for glyphs the editor paints itself (emoji and other stand-ins), and the
// box-filter scaling that turns Noto Color Emoji's 136x128 bitmaps into text-sized glyphs.

#include <cstdint>
#include <vector>

namespace kindling::editor::ui {

struct GlyphImage {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgba;  // width * height * 4 bytes, R G B A, straight alpha

    GlyphImage() = default;
    GlyphImage(int w, int h) : width(w), height(h), rgba(static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4, 0) {}
    [[nodiscard]] bool empty() const noexcept { return width <= 0 || height <= 0; }
    std::uint8_t* pixel(int x, int y) { return &rgba[(static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)) * 4]; }
    [[nodiscard]] const std::uint8_t* pixel(int x, int y) const {
        return &rgba[(static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)) * 4];
    }
};

// Averages every source pixel that falls into each target pixel (weighted by alpha, so
// transparent edges do not darken colours). For shrinking; enlarging repeats pixels.
GlyphImage scale_image(const GlyphImage& source, int width, int height);

// A hollow box glyph with a dot, for characters no font can draw (private use, control
// characters, invalid bytes): visible, selectable, and obviously not a letter.
GlyphImage box_glyph(int width, int height);

}  // namespace kindling::editor::ui
