#pragma once
// Textures of vector shapes (icons, rounded-box corners, shadows, timer arcs) in the colour they
// are drawn in. The colour is baked in rather than applied with SDL's colour and alpha
// modulation, because modulated blits take SDL's slow generic path in the software renderer
// (about 3x slower than a plain alpha blend). Bounded by bytes: past `max_bytes` the oldest are
// dropped, so a long session never grows it. A timer's arc changes every tick, so only the
// latest arc is kept.

#include "core/format/ui_palette.hpp"
#include "ui/icons.hpp"
#include "ui/text/sdl_handles.hpp"

#include <SDL.h>

#include <cstdint>
#include <list>
#include <unordered_map>

namespace kindling::ui {

struct ShapeKey {
    enum class Kind : std::uint8_t { icon, box, arc };
    Kind kind = Kind::icon;
    std::uint16_t icon = 0;
    int w = 0;
    int h = 0;
    int radius = 0;
    int thickness = 0;
    int blur = 0;
    int fraction = 0;  // arcs: thousandths of the circle
    std::uint32_t colour = 0xFFFFFFFF;  // RGBA
    friend bool operator==(const ShapeKey&, const ShapeKey&) = default;
};

struct ShapeKeyHash {
    std::size_t operator()(const ShapeKey& key) const;
};

class ShapeCache {
public:
    static constexpr std::size_t max_bytes = 6u * 1024u * 1024u;

    // An icon of size x size pixels.
    SDL_Texture* icon(SDL_Renderer& renderer, Icon icon, int size, Colour colour);
    // The corners of a rounded box for nine-slice drawing: a (2c + 1) square, c = radius + 2 blur,
    // whose middle row and column stretch. `thickness` > 0 makes an outline; `blur` a shadow.
    SDL_Texture* box_corners(SDL_Renderer& renderer, int radius, int thickness, int blur, Colour colour);
    // A ring arc filling a size x size square, `fraction` of the circle from 12 o'clock.
    SDL_Texture* arc(SDL_Renderer& renderer, int size, int width, float fraction, Colour colour);

    // Textures die with their renderer: call before destroying it or after making a new one.
    void clear();
    [[nodiscard]] std::size_t size() const { return textures_.size(); }
    [[nodiscard]] std::size_t bytes() const { return bytes_; }

private:
    SDL_Texture* find_or_make(SDL_Renderer& renderer, const ShapeKey& key);

    struct Entry {
        text::TexturePtr texture;
        std::list<ShapeKey>::iterator age;
        std::size_t bytes = 0;
    };
    void evict_oldest();

    SDL_Renderer* renderer_ = nullptr;
    std::unordered_map<ShapeKey, Entry, ShapeKeyHash> textures_;
    std::list<ShapeKey> ages_;  // oldest first
    std::size_t bytes_ = 0;
    // A running timer's arc moves a little each frame: only the pixels between its old and new
    // end are drawn again. False when the arc differs in more than its fraction.
    bool patch_arc(const ShapeKey& key);
    text::TexturePtr arc_;
    ShapeKey arc_key_;
};

}  // namespace kindling::ui
