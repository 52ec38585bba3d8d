#include "ui/text/surface_ops.hpp"
#include "ui/text/text_engine.hpp"

#include <catch2/catch.hpp>

#include <cstring>

using namespace kindling::text;

namespace {

// A software renderer drawing into a surface: no window, no GPU.
struct SoftwareRenderer {
    SurfacePtr target = make_argb_surface(320, 200);
    SDL_Renderer* renderer = SDL_CreateSoftwareRenderer(target.get());
    ~SoftwareRenderer() {
        if (renderer != nullptr) SDL_DestroyRenderer(renderer);
    }
};

TextTexture blank_texture(SDL_Renderer* renderer, int width, int height) {
    TextTexture texture;
    texture.texture.reset(SDL_CreateTexture(renderer, SDL_PIXELFORMAT_ARGB8888,
                                            SDL_TEXTUREACCESS_STATIC, width, height));
    texture.width = width;
    texture.height = height;
    return texture;
}

std::uint32_t pixel(const SDL_Surface& surface, int x, int y) {
    std::uint32_t value = 0;
    std::memcpy(&value,
                static_cast<const std::uint8_t*>(surface.pixels) +
                    static_cast<std::ptrdiff_t>(y) * surface.pitch + x * 4,
                sizeof value);
    return value;
}

void set_pixel(SDL_Surface& surface, int x, int y, std::uint32_t value) {
    std::memcpy(static_cast<std::uint8_t*>(surface.pixels) +
                    static_cast<std::ptrdiff_t>(y) * surface.pitch + x * 4,
                &value, sizeof value);
}

}  // namespace

TEST_CASE("The engine renders a text texture once and then serves it from the cache") {
    SoftwareRenderer software;
    REQUIRE(software.renderer != nullptr);
    TextEngine engine;
    const TextStyle style{FontRole::regular, 32, 300, Align::center};
    const Rgba white{255, 255, 255, 255};

    SDL_Texture* first = engine.texture(*software.renderer, "Hello \U0001F60A", style, white)
                             .texture.get();
    REQUIRE(first != nullptr);
    const TextTexture& again = engine.texture(*software.renderer, "Hello \U0001F60A", style, white);
    CHECK(again.texture.get() == first);
    CHECK(again.width == 300);
    CHECK(engine.textures().hits() == 1);
    CHECK(engine.textures().misses() == 1);
    CHECK(engine.textures().bytes() == std::size_t{300} * static_cast<std::size_t>(again.height) * 4);

    // Any change to what the pixels depend on is another texture.
    engine.texture(*software.renderer, "Hello \U0001F60A", style, {255, 0, 0, 255});
    TextStyle bigger = style;
    bigger.pixel_size = 40;
    engine.texture(*software.renderer, "Hello \U0001F60A", bigger, white);
    CHECK(engine.textures().size() == 3);

    // A new output size drops everything.
    engine.set_output_size(1920, 1080);
    CHECK(engine.textures().size() == 0);
    engine.release_textures();
}

TEST_CASE("The texture cache forgets textures of another renderer or a reset device") {
    SoftwareRenderer first;
    SoftwareRenderer second;
    TextureCache cache(1'000'000);
    TextureKey key = TextureKey::from("a", TextStyle{}, Rgba{});
    cache.insert(*first.renderer, key, blank_texture(first.renderer, 10, 10));
    CHECK(cache.find(*first.renderer, key) != nullptr);
    CHECK(cache.find(*second.renderer, key) == nullptr);
    CHECK(cache.size() == 0);

    cache.insert(*second.renderer, key, blank_texture(second.renderer, 10, 10));
    SDL_Event reset{};
    reset.type = SDL_RENDER_DEVICE_RESET;
    cache.handle_event(reset);
    CHECK(cache.size() == 0);
}

TEST_CASE("The texture cache stays within its byte budget") {
    SoftwareRenderer software;
    TextureCache cache(1000);  // two 10x10 textures (400 bytes each)
    for (const char* text : {"one", "two", "three"}) {
        cache.insert(*software.renderer, TextureKey::from(text, TextStyle{}, Rgba{}),
                     blank_texture(software.renderer, 10, 10));
    }
    CHECK(cache.size() == 2);
    CHECK(cache.bytes() == 800);
    CHECK(cache.evictions() == 1);
    CHECK(cache.find(*software.renderer, TextureKey::from("one", TextStyle{}, Rgba{})) == nullptr);
}

TEST_CASE("Compositing onto a transparent surface keeps the text's colour") {
    SurfacePtr target = make_argb_surface(2, 1);
    SurfacePtr glyph = make_argb_surface(1, 1);
    REQUIRE((target && glyph));
    set_pixel(*glyph, 0, 0, 0x80FF0000U);  // red at half coverage
    composite_over(*target, *glyph, 0, 0, 255);
    CHECK(pixel(*target, 0, 0) == 0x80FF0000U);  // SDL's blend would darken it to 0x80800000
    set_pixel(*target, 1, 0, 0xFFFFFFFFU);       // over opaque white: pink
    composite_over(*target, *glyph, 1, 0, 255);
    CHECK(pixel(*target, 1, 0) == 0xFFFF7F7FU);
    composite_over(*target, *glyph, 5, 5, 255);  // entirely outside: clipped, no crash
}

TEST_CASE("Scaling an emoji bitmap averages without dark fringes") {
    SurfacePtr source = make_argb_surface(8, 8);
    REQUIRE(source);
    for (int y = 0; y < 8; ++y) {
        for (int x = 4; x < 8; ++x) set_pixel(*source, x, y, 0xFFFFD000U);  // opaque yellow right half
    }
    const SurfacePtr half = resize(*source, 3, 3);
    REQUIRE(half);
    REQUIRE(half->w == 3);
    // The middle column straddles the edge: half covered, but still pure yellow.
    const std::uint32_t edge = pixel(*half, 1, 1);
    CHECK((edge & 0x00FFFFFFU) == 0x00FFD000U);
    CHECK((edge >> 24U) >= 127);
    CHECK((edge >> 24U) <= 128);
    CHECK(pixel(*half, 2, 1) == 0xFFFFD000U);
    CHECK(pixel(*half, 0, 1) == 0U);
    const SurfacePtr double_size = resize(*source, 16, 16);
    REQUIRE(double_size);
    CHECK(pixel(*double_size, 15, 15) == 0xFFFFD000U);
    CHECK(pixel(*double_size, 0, 0) == 0U);
}
