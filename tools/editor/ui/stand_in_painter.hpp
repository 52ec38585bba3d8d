#pragma once
// Paints the glyph each stand-in shows in the editor: the real emoji in colour (Noto Color
// Emoji through SDL_ttf), other characters beyond U+FFFF from a font that has them, and a box
// for what no font can draw.

#include "glyph_image.hpp"

#include "model/text_bridge.hpp"
#include "ui/text/font_catalog.hpp"

#include <map>
#include <string>
#include <utility>

typedef struct _TTF_Font TTF_Font;

namespace kindling::editor::ui {

class StandInPainter {
public:
    // `fonts` is null when no font is installed at all: every stand-in is a box then.
    explicit StandInPainter(text::FontCatalog* fonts);
    ~StandInPainter();
    StandInPainter(const StandInPainter&) = delete;
    StandInPainter& operator=(const StandInPainter&) = delete;

    // A glyph `height` pixels tall (width follows the shape, at most three times the height).
    // Non-emoji glyphs are white so ImGui's text colour tints them like any letter.
    const GlyphImage& paint(const StandIn& stand_in, int height);
    [[nodiscard]] bool has_colour_emoji() const noexcept { return emoji_font_ != nullptr; }

private:
    GlyphImage paint_emoji(const std::string& text, int height);
    GlyphImage paint_character(const std::string& text, char32_t code_point, int height);
    TTF_Font* font_for(const text::FaceInfo& file, int pixel_height);

    text::FontCatalog* fonts_;
    TTF_Font* emoji_font_ = nullptr;
    std::map<std::pair<std::string, int>, TTF_Font*> text_fonts_;
    std::map<std::pair<std::string, int>, GlyphImage> cache_;
};

}  // namespace kindling::editor::ui
