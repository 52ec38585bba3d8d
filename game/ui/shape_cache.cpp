#include "ui/shape_cache.hpp"

#include <algorithm>
#include <cmath>
#include <functional>

namespace kindling::ui {

namespace {

text::TexturePtr tinted_texture(SDL_Renderer& renderer, const std::vector<std::uint8_t>& alpha, int w, int h,
                                std::uint32_t rgba) {
    text::TexturePtr texture{SDL_CreateTexture(&renderer, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_STATIC, w, h)};
    if (!texture) return texture;
    const std::uint32_t rgb = rgba >> 8U;
    const std::uint32_t opacity = rgba & 0xFFU;
    std::vector<std::uint32_t> pixels(alpha.size());
    std::transform(alpha.begin(), alpha.end(), pixels.begin(), [&](std::uint8_t a) {
        const std::uint32_t combined = (std::uint32_t{a} * opacity + 127U) / 255U;
        return (combined << 24U) | rgb;
    });
    SDL_UpdateTexture(texture.get(), nullptr, pixels.data(), w * 4);
    SDL_SetTextureBlendMode(texture.get(), SDL_BLENDMODE_BLEND);
    SDL_SetTextureScaleMode(texture.get(), SDL_ScaleModeLinear);
    return texture;
}

}  // namespace

std::size_t ShapeKeyHash::operator()(const ShapeKey& key) const {
    std::size_t h = std::hash<int>{}(static_cast<int>(key.kind));
    for (const int value : {static_cast<int>(key.icon), key.w, key.h, key.radius, key.thickness, key.blur, key.fraction}) {
        h = h * 1000003U ^ std::hash<int>{}(value);
    }
    h = h * 1000003U ^ std::hash<std::uint32_t>{}(key.colour);
    return h;
}

void ShapeCache::evict_oldest() {
    const auto found = textures_.find(ages_.front());
    bytes_ -= found->second.bytes;
    textures_.erase(found);
    ages_.pop_front();
}

SDL_Texture* ShapeCache::find_or_make(SDL_Renderer& renderer, const ShapeKey& key) {
    if (renderer_ != &renderer) {
        clear();
        renderer_ = &renderer;
    }
    if (key.kind == ShapeKey::Kind::arc && arc_ && key == arc_key_) return arc_.get();
    if (const auto found = textures_.find(key); found != textures_.end()) {
        ages_.splice(ages_.end(), ages_, found->second.age);  // most recently used goes last
        return found->second.texture.get();
    }
    const std::size_t size = static_cast<std::size_t>(key.w) * static_cast<std::size_t>(key.w) * 4;
    while (!ages_.empty() && bytes_ + size > max_bytes) evict_oldest();
    text::TexturePtr texture;
    switch (key.kind) {
        case ShapeKey::Kind::icon: {
            const auto alpha = icon_shape(static_cast<Icon>(key.icon)).rasterise(key.w);
            texture = tinted_texture(renderer, alpha, key.w, key.w, key.colour);
            break;
        }
        case ShapeKey::Kind::box: {
            const int side = key.w;
            const auto alpha = rasterise_rounded_box(side, side, static_cast<float>(key.radius),
                                                     static_cast<float>(key.thickness), static_cast<float>(key.blur));
            texture = tinted_texture(renderer, alpha, side, side, key.colour);
            break;
        }
        case ShapeKey::Kind::arc: {
            const auto alpha = rasterise_ring_arc(key.w, static_cast<float>(key.thickness),
                                                  static_cast<float>(key.fraction) / 1000.0f);
            texture = tinted_texture(renderer, alpha, key.w, key.w, key.colour);
            break;
        }
    }
    SDL_Texture* raw = texture.get();
    if (key.kind == ShapeKey::Kind::arc) {
        arc_ = std::move(texture);
        arc_key_ = key;
        return raw;
    }
    ages_.push_back(key);
    textures_.emplace(key, Entry{std::move(texture), std::prev(ages_.end()), size});
    bytes_ += size;
    return raw;
}

namespace {

std::uint32_t pack(Colour c) {
    return (std::uint32_t{c.r} << 24U) | (std::uint32_t{c.g} << 16U) | (std::uint32_t{c.b} << 8U) | c.a;
}

}  // namespace

SDL_Texture* ShapeCache::icon(SDL_Renderer& renderer, Icon icon, int size, Colour colour) {
    ShapeKey key;
    key.colour = pack(colour);
    key.kind = ShapeKey::Kind::icon;
    key.icon = static_cast<std::uint16_t>(icon);
    key.w = std::clamp(size, 1, 1024);
    return find_or_make(renderer, key);
}

SDL_Texture* ShapeCache::box_corners(SDL_Renderer& renderer, int radius, int thickness, int blur, Colour colour) {
    ShapeKey key;
    key.colour = pack(colour);
    key.kind = ShapeKey::Kind::box;
    key.radius = std::clamp(radius, 0, 512);
    key.thickness = std::clamp(thickness, 0, 512);
    key.blur = std::clamp(blur, 0, 512);
    key.w = 2 * (key.radius + 2 * key.blur) + 1;
    return find_or_make(renderer, key);
}

SDL_Texture* ShapeCache::arc(SDL_Renderer& renderer, int size, int width, float fraction, Colour colour) {
    ShapeKey key;
    key.colour = pack(colour);
    key.kind = ShapeKey::Kind::arc;
    key.w = std::clamp(size, 1, 2048);
    key.thickness = std::max(1, width);
    key.fraction = static_cast<int>(std::lround(std::clamp(fraction, 0.0f, 1.0f) * 1000.0f));
    return find_or_make(renderer, key);
}

void ShapeCache::clear() {
    textures_.clear();
    ages_.clear();
    bytes_ = 0;
    arc_.reset();
    renderer_ = nullptr;
}

}  // namespace kindling::ui
