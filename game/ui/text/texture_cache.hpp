#pragma once
// Rendered text textures, keyed by everything that changes their pixels, in an LRU bounded by
// bytes. Textures belong to one SDL_Renderer and to one output size (sizes are computed from
// it), so the cache empties itself when either changes.

#include "ui/text/lru_cache.hpp"
#include "ui/text/sdl_handles.hpp"
#include "ui/text/text_types.hpp"

#include <cstddef>
#include <string>

namespace kindling::text {

struct TextureKey {
    std::string text;
    FontRole role = FontRole::regular;
    int pixel_size = 0;
    int wrap_width = 0;
    Rgba colour;
    Align align = Align::natural;
    double line_spacing = 1.0;

    static TextureKey from(std::string_view text, const TextStyle& style, Rgba colour);
    friend bool operator==(const TextureKey&, const TextureKey&) = default;
};

struct TextureKeyHash {
    std::size_t operator()(const TextureKey& key) const;
};

struct TextTexture {
    TexturePtr texture;  // nullptr when the text could not be rendered
    int width = 0;
    int height = 0;
};

class TextureCache {
public:
    static constexpr std::size_t default_budget_bytes = 64U * 1024U * 1024U;

    explicit TextureCache(std::size_t budget_bytes = default_budget_bytes) : cache_(budget_bytes) {}

    // A cached texture made by `renderer` for this key, or nullptr. Valid until the next
    // insert or clear.
    const TextTexture* find(SDL_Renderer& renderer, const TextureKey& key);
    const TextTexture& insert(SDL_Renderer& renderer, TextureKey key, TextTexture texture);
    // Drops one texture that will not be drawn again soon (e.g. copied into something larger).
    void erase(const TextureKey& key) { cache_.erase(key); }

    // Textures die with their renderer: call this before destroying it or after creating a
    // new one (SDL_RENDER_DEVICE_RESET also loses them; handle_event() covers that).
    void clear();
    // Text sizes follow the output size: a new size makes every cached texture the wrong size.
    void set_output_size(int width, int height);
    // Clears on SDL_RENDER_DEVICE_RESET, and on window size changes.
    void handle_event(const SDL_Event& event);

    // Sized by the caller to the output: more pixels, larger textures.
    void set_budget(std::size_t budget_bytes) { cache_.set_budget(budget_bytes); }
    std::size_t budget() const { return cache_.budget(); }
    std::size_t size() const { return cache_.size(); }
    std::size_t bytes() const { return cache_.bytes(); }
    std::size_t hits() const { return hits_; }
    std::size_t misses() const { return misses_; }
    std::size_t evictions() const { return cache_.evictions(); }

private:
    void use_renderer(SDL_Renderer& renderer);

    LruByteCache<TextureKey, TextTexture, TextureKeyHash> cache_;
    SDL_Renderer* renderer_ = nullptr;
    int output_width_ = 0;
    int output_height_ = 0;
    std::size_t hits_ = 0;
    std::size_t misses_ = 0;
};

}  // namespace kindling::text
