#include "ui/text/texture_cache.hpp"

#include <functional>

namespace kindling::text {
namespace {

void mix(std::size_t& seed, std::size_t value) {
    seed ^= value + 0x9E3779B97F4A7C15ULL + (seed << 6U) + (seed >> 2U);
}

}  // namespace

TextureKey TextureKey::from(std::string_view text, const TextStyle& style, Rgba colour) {
    return {std::string{text}, style.role,  style.pixel_size, style.wrap_width,
            colour,            style.align, style.line_spacing};
}

std::size_t TextureKeyHash::operator()(const TextureKey& key) const {
    std::size_t seed = std::hash<std::string>{}(key.text);
    mix(seed, static_cast<std::size_t>(key.role));
    mix(seed, static_cast<std::size_t>(key.pixel_size));
    mix(seed, static_cast<std::size_t>(key.wrap_width));
    mix(seed, (std::size_t{key.colour.r} << 24U) | (std::size_t{key.colour.g} << 16U) |
                  (std::size_t{key.colour.b} << 8U) | key.colour.a);
    mix(seed, static_cast<std::size_t>(key.align));
    mix(seed, std::hash<double>{}(key.line_spacing));
    return seed;
}

void TextureCache::use_renderer(SDL_Renderer& renderer) {
    if (renderer_ != &renderer) {
        // A different renderer cannot draw the old one's textures.
        cache_.clear();
        renderer_ = &renderer;
    }
}

const TextTexture* TextureCache::find(SDL_Renderer& renderer, const TextureKey& key) {
    use_renderer(renderer);
    const TextTexture* found = cache_.find(key);
    ++(found != nullptr ? hits_ : misses_);
    return found;
}

const TextTexture& TextureCache::insert(SDL_Renderer& renderer, TextureKey key,
                                        TextTexture texture) {
    use_renderer(renderer);
    const auto bytes = static_cast<std::size_t>(texture.width) *
                       static_cast<std::size_t>(texture.height) * 4U;
    return cache_.insert(std::move(key), std::move(texture), bytes);
}

void TextureCache::clear() {
    cache_.clear();
    renderer_ = nullptr;
}

void TextureCache::set_output_size(int width, int height) {
    if (width == output_width_ && height == output_height_) return;
    cache_.clear();
    output_width_ = width;
    output_height_ = height;
}

void TextureCache::handle_event(const SDL_Event& event) {
    if (event.type == SDL_RENDER_DEVICE_RESET) {
        cache_.clear();
    } else if (event.type == SDL_WINDOWEVENT &&
               event.window.event == SDL_WINDOWEVENT_SIZE_CHANGED) {
        // The event carries the window size in screen units, which is not the output size on
        // high-DPI screens; the owner reports the new output size with set_output_size().
        cache_.clear();
    }
}

}  // namespace kindling::text
