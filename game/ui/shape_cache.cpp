#include "ui/shape_cache.hpp"

#include <algorithm>
#include <cmath>
#include <functional>

namespace kindling::ui {

namespace {

std::vector<std::uint32_t> tinted_pixels(const std::vector<std::uint8_t>& alpha, std::uint32_t rgba) {
    const std::uint32_t rgb = rgba >> 8U;
    const std::uint32_t opacity = rgba & 0xFFU;
    std::vector<std::uint32_t> pixels(alpha.size());
    std::transform(alpha.begin(), alpha.end(), pixels.begin(), [&](std::uint8_t a) {
        const std::uint32_t combined = (std::uint32_t{a} * opacity + 127U) / 255U;
        return (combined << 24U) | rgb;
    });
    return pixels;
}

text::TexturePtr tinted_texture(SDL_Renderer& renderer, const std::vector<std::uint8_t>& alpha, int w, int h,
                                std::uint32_t rgba) {
    text::TexturePtr texture{SDL_CreateTexture(&renderer, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_STATIC, w, h)};
    if (!texture) return texture;
    const std::vector<std::uint32_t> pixels = tinted_pixels(alpha, rgba);
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
    if (key.kind == ShapeKey::Kind::arc && arc_ && patch_arc(key)) return arc_.get();
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

bool ShapeCache::patch_arc(const ShapeKey& key) {
    ShapeKey same_but_fraction = key;
    same_but_fraction.fraction = arc_key_.fraction;
    if (!(same_but_fraction == arc_key_)) return false;
    // Only pixels near the ring between the old and the new end can change: the box around the
    // ring's centre line over those angles, widened by half the ring and the anti-aliasing.
    const float size = static_cast<float>(key.w);
    const float centre = size / 2;
    const float radius = size / 2 - static_cast<float>(key.thickness) / 2 - 1;
    const float reach = static_cast<float>(key.thickness) / 2 + 3;
    const float from = static_cast<float>(std::min(key.fraction, arc_key_.fraction)) / 1000.0f;
    const float to = static_cast<float>(std::max(key.fraction, arc_key_.fraction)) / 1000.0f;
    float left = size;
    float top = size;
    float right = 0;
    float bottom = 0;
    constexpr float two_pi = 6.2831853f;
    const int steps = std::max(2, static_cast<int>((to - from) * 360.0f) + 2);
    for (int i = 0; i <= steps; ++i) {
        const float angle = two_pi * (from + (to - from) * static_cast<float>(i) / static_cast<float>(steps));
        const float x = centre + radius * std::sin(angle);
        const float y = centre - radius * std::cos(angle);
        left = std::min(left, x - reach);
        right = std::max(right, x + reach);
        top = std::min(top, y - reach);
        bottom = std::max(bottom, y + reach);
    }
    const int x0 = std::clamp(static_cast<int>(std::floor(left)), 0, key.w);
    const int y0 = std::clamp(static_cast<int>(std::floor(top)), 0, key.w);
    const int x1 = std::clamp(static_cast<int>(std::ceil(right)), 0, key.w);
    const int y1 = std::clamp(static_cast<int>(std::ceil(bottom)), 0, key.w);
    if (x1 <= x0 || y1 <= y0) return false;
    const auto alpha = rasterise_ring_arc_region(key.w, static_cast<float>(key.thickness),
                                                 static_cast<float>(key.fraction) / 1000.0f, x0, y0, x1 - x0, y1 - y0);
    const std::vector<std::uint32_t> pixels = tinted_pixels(alpha, key.colour);
    const SDL_Rect region{x0, y0, x1 - x0, y1 - y0};
    if (SDL_UpdateTexture(arc_.get(), &region, pixels.data(), region.w * 4) != 0) return false;
    arc_key_ = key;
    return true;
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
