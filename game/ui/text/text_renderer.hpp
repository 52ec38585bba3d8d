#pragma once
// Draws a laid-out paragraph: each placed run is shaped and rasterised by SDL_ttf
// (TTF_RenderUTF8_Blended, the only mode that keeps colour emoji in colour), emoji bitmaps are
// scaled to the text size, and everything is composited onto one transparent surface.

#include "ui/text/paragraph_layout.hpp"
#include "ui/text/sdl_font_cache.hpp"
#include "ui/text/sdl_handles.hpp"
#include "ui/text/text_types.hpp"

namespace kindling::text {

class TextRenderer {
public:
    explicit TextRenderer(SdlFontCache& fonts) : fonts_(fonts) {}

    // An ARGB8888 surface of layout.width x layout.height (at least 1x1), transparent except
    // for the text. Text is drawn in `colour`; emoji keep their colours. Both take colour.a as
    // opacity. nullptr only when out of memory.
    SurfacePtr render(const TextLayout& layout, Rgba colour);

    // The same as a texture for `renderer`, with alpha blending on. nullptr on failure
    // (SDL_GetError says why).
    TexturePtr render_texture(SDL_Renderer& renderer, const TextLayout& layout, Rgba colour);

private:
    SdlFontCache& fonts_;
};

}  // namespace kindling::text
