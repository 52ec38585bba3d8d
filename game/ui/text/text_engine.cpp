#include "ui/text/text_engine.hpp"

namespace kindling::text {
namespace {

constexpr std::size_t max_remembered_fits = 512;

// Everything a fit depends on, as one string key.
std::string fit_key(std::string_view text, const FitRequest& request) {
    std::string key;
    key.reserve(text.size() + 64);
    for (const int value : {static_cast<int>(request.style.role), request.style.pixel_size,
                            static_cast<int>(request.style.align), request.box_width,
                            request.box_height, request.min_pixel_size,
                            request.ellipsize ? 1 : 0}) {
        key += std::to_string(value);
        key += ',';
    }
    key += std::to_string(request.style.line_spacing);
    key += '\n';
    key += text;
    return key;
}

}  // namespace

TextEngine::TextEngine(TextEngineOptions options)
    : catalog_(std::make_unique<FontCatalog>(options.fonts)),
      fonts_(std::make_unique<SdlFontCache>(*catalog_, options.max_open_fonts)),
      layouter_(std::make_unique<ParagraphLayouter>(*catalog_, *fonts_, options.fonts.language)),
      renderer_(*fonts_),
      textures_(options.texture_cache_bytes) {}

TextLayout TextEngine::layout(std::string_view text, const TextStyle& style) const {
    return layouter_->layout(text, style);
}

FitResult TextEngine::fit(std::string_view text, const FitRequest& request) const {
    return layouter_->fit(text, request);
}

SurfacePtr TextEngine::render(const TextLayout& layout, Rgba colour) {
    return renderer_.render(layout, colour);
}

const TextTexture& TextEngine::texture(SDL_Renderer& renderer, std::string_view text,
                                       const TextStyle& style, Rgba colour) {
    TextureKey key = TextureKey::from(text, style, colour);
    if (const TextTexture* cached = textures_.find(renderer, key)) return *cached;
    const TextLayout laid_out = layouter_->layout(text, style);
    TextTexture made;
    made.texture = renderer_.render_texture(renderer, laid_out, colour);
    made.width = laid_out.width;
    made.height = laid_out.height;
    return textures_.insert(renderer, std::move(key), std::move(made));
}

const TextTexture& TextEngine::fitted_texture(SDL_Renderer& renderer, std::string_view text,
                                              const FitRequest& request, Rgba colour,
                                              FitResult* fit_details) {
    const std::string key = fit_key(text, request);
    auto memo = fits_.find(key);
    if (memo == fits_.end() || fit_details != nullptr) {
        FitResult fitted = layouter_->fit(text, request);
        if (fits_.size() >= max_remembered_fits) fits_.clear();
        memo = fits_.insert_or_assign(key, FitMemo{fitted.layout.pixel_size, fitted.text,
                                                   fitted.fits, fitted.ellipsized})
                   .first;
        if (fit_details != nullptr) *fit_details = std::move(fitted);
    }
    TextStyle style = request.style;
    style.pixel_size = memo->second.pixel_size;
    style.wrap_width = request.box_width;
    return texture(renderer, memo->second.text, style, colour);
}

void TextEngine::discard_fitted_texture(std::string_view text, const FitRequest& request, Rgba colour) {
    const auto memo = fits_.find(fit_key(text, request));
    if (memo == fits_.end()) return;
    TextStyle style = request.style;
    style.pixel_size = memo->second.pixel_size;
    style.wrap_width = request.box_width;
    textures_.erase(TextureKey::from(memo->second.text, style, colour));
}

void TextEngine::release_textures() { textures_.clear(); }

void TextEngine::set_output_size(int width, int height) {
    textures_.set_output_size(width, height);
}

void TextEngine::handle_event(const SDL_Event& event) { textures_.handle_event(event); }

std::vector<std::string> TextEngine::warnings() const {
    std::vector<std::string> all = catalog_->warnings();
    const auto& errors = fonts_->errors();
    all.insert(all.end(), errors.begin(), errors.end());
    return all;
}

}  // namespace kindling::text
