#pragma once
// The text engine as the game's screens use it: fonts found once, layout, shrink-to-fit, and
// cached textures. One engine per renderer; not thread-safe (call from the render thread).
//
//   TextEngine text;                                  // throws FontError if no font at all
//   FitRequest card{{FontRole::regular, 64, 0, Align::center}, 1400, 600, 40, true};
//   const TextTexture& t = text.fitted_texture(*renderer, card_text, card, white);
//   SDL_RenderCopy(renderer, t.texture.get(), nullptr, &where);
//   ...
//   text.release_textures();                          // before SDL_DestroyRenderer

#include "ui/text/font_catalog.hpp"
#include "ui/text/paragraph_layout.hpp"
#include "ui/text/sdl_font_cache.hpp"
#include "ui/text/text_renderer.hpp"
#include "ui/text/texture_cache.hpp"

#include <memory>
#include <string>
#include <unordered_map>

namespace kindling::text {

struct TextEngineOptions {
    FontCatalogOptions fonts;
    std::size_t texture_cache_bytes = TextureCache::default_budget_bytes;
    std::size_t max_open_fonts = 48;
};

class TextEngine {
public:
    explicit TextEngine(TextEngineOptions options = {});

    TextLayout layout(std::string_view text, const TextStyle& style) const;
    FitResult fit(std::string_view text, const FitRequest& request) const;
    SurfacePtr render(const TextLayout& layout, Rgba colour);

    // Laid out, rendered and cached; the reference stays valid until the next call that may
    // insert into the cache (any texture call) or clear it.
    const TextTexture& texture(SDL_Renderer& renderer, std::string_view text,
                               const TextStyle& style, Rgba colour);
    // Shrink-to-fit text as a cached texture; `fit_details` (optional) receives how it fitted.
    // The fitting itself is remembered too, so calling this every frame is cheap.
    const TextTexture& fitted_texture(SDL_Renderer& renderer, std::string_view text,
                                      const FitRequest& request, Rgba colour,
                                      FitResult* fit_details = nullptr);

    // Forgets the texture fitted_texture made for these arguments, when its pixels have been
    // copied into something that lasts (a card drawn once into its own texture).
    void discard_fitted_texture(std::string_view text, const FitRequest& request, Rgba colour);

    // Must be called before the renderer is destroyed, and after a new one is created.
    void release_textures();
    void set_output_size(int width, int height);
    void handle_event(const SDL_Event& event);

    FontCatalog& catalog() { return *catalog_; }
    SdlFontCache& fonts() { return *fonts_; }
    TextureCache& textures() { return textures_; }
    const ParagraphLayouter& layouter() const { return *layouter_; }
    // Font problems worth a line in the log (missing family, no emoji font, unreadable files).
    std::vector<std::string> warnings() const;

private:
    struct FitMemo {
        int pixel_size = 0;
        std::string text;
        bool fits = false;
        bool ellipsized = false;
    };

    std::unique_ptr<FontCatalog> catalog_;
    std::unique_ptr<SdlFontCache> fonts_;
    std::unique_ptr<ParagraphLayouter> layouter_;
    TextRenderer renderer_;
    TextureCache textures_;
    std::unordered_map<std::string, FitMemo> fits_;
};

}  // namespace kindling::text
