#include "ui/text/text_renderer.hpp"

#include "ui/text/surface_ops.hpp"

#include <cmath>

namespace kindling::text {

SurfacePtr TextRenderer::render(const TextLayout& layout, Rgba colour) {
    SurfacePtr target = make_argb_surface(layout.width, layout.height);
    if (!target) return target;
    // Glyphs are rasterised opaque; the colour's alpha is applied once while compositing, so
    // that it treats text and emoji alike.
    const SDL_Color ink{colour.r, colour.g, colour.b, 255};
    const SDL_Color emoji_ink{255, 255, 255, 255};
    for (const LaidOutLine& line : layout.lines) {
        for (const PlacedRun& run : line.runs) {
            const auto run_font = fonts_.font_for(run.shaping);
            if (run_font.font == nullptr || run.text.empty()) continue;
            SurfacePtr glyphs{TTF_RenderUTF8_Blended(run_font.font, run.text.c_str(),
                                                     run.emoji ? emoji_ink : ink)};
            if (!glyphs) continue;
            if (glyphs->format->format != SDL_PIXELFORMAT_ARGB8888) {
                glyphs = to_argb(*glyphs);
                if (!glyphs) continue;
            }
            if (run_font.scale != 1.0) {
                const auto scaled = [&](int value) {
                    return std::max(1, static_cast<int>(std::lround(value * run_font.scale)));
                };
                glyphs = resize(*glyphs, scaled(glyphs->w), scaled(glyphs->h));
                if (!glyphs) continue;
            }
            composite_over(*target, *glyphs, run.x, line.baseline - run_font.ascent, colour.a);
        }
    }
    return target;
}

TexturePtr TextRenderer::render_texture(SDL_Renderer& renderer, const TextLayout& layout,
                                        Rgba colour) {
    const SurfacePtr surface = render(layout, colour);
    if (!surface) return nullptr;
    TexturePtr texture{SDL_CreateTextureFromSurface(&renderer, surface.get())};
    if (texture) SDL_SetTextureBlendMode(texture.get(), SDL_BLENDMODE_BLEND);
    return texture;
}

}  // namespace kindling::text
