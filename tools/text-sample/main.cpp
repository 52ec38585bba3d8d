// kindling-text-sample: renders the Unicode sample set and a long card text at 1920x1080 with
// SDL's software renderer (no window, no GPU) and writes a PNG, to look at the text engine's
// output and to time it.
//
//   kindling-text-sample [--output FILE.png] [--language TAG]

#include "ui/text/text_engine.hpp"
#include "ui/text/unicode_samples.hpp"

#include <SDL.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include <stb/stb_image_write.h>

namespace {

using namespace kindling::text;
using Clock = std::chrono::steady_clock;

constexpr int canvas_width = 1920;
constexpr int canvas_height = 1080;

constexpr const char* card_text =
    "Tell your partner about a small moment from this week when you felt truly seen by them — "
    "maybe a look across the room, a cup of tea you didn't ask for, or the way they laughed at "
    "your terrible joke. Be specific: what did they do, how did it feel, and why does it still "
    "make you smile? 💛 Then ask them for theirs.";

double milliseconds_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

void draw(SDL_Renderer& renderer, const TextTexture& texture, int x, int y) {
    if (!texture.texture) return;
    const SDL_Rect where{x, y, texture.width, texture.height};
    SDL_RenderCopy(&renderer, texture.texture.get(), nullptr, &where);
}

bool write_png(SDL_Renderer& renderer, const std::string& path) {
    std::vector<unsigned char> pixels(static_cast<std::size_t>(canvas_width) * canvas_height * 4);
    // ABGR8888 is R, G, B, A in memory on little-endian machines, as stb expects.
    if (SDL_RenderReadPixels(&renderer, nullptr, SDL_PIXELFORMAT_RGBA32, pixels.data(),
                             canvas_width * 4) != 0) {
        std::fprintf(stderr, "kindling-text-sample: cannot read pixels: %s\n", SDL_GetError());
        return false;
    }
    return stbi_write_png(path.c_str(), canvas_width, canvas_height, 4, pixels.data(),
                          canvas_width * 4) != 0;
}

int run(const std::string& output, const std::string& language) {
    const auto engine_start = Clock::now();
    TextEngineOptions options;
    options.fonts.language = language;
    TextEngine engine(options);
    const double engine_ms = milliseconds_since(engine_start);
    for (const std::string& warning : engine.warnings()) {
        std::fprintf(stderr, "kindling-text-sample: warning: %s\n", warning.c_str());
    }

    SurfacePtr canvas{SDL_CreateRGBSurfaceWithFormat(0, canvas_width, canvas_height, 32,
                                                     SDL_PIXELFORMAT_ARGB8888)};
    SDL_Renderer* renderer = canvas ? SDL_CreateSoftwareRenderer(canvas.get()) : nullptr;
    if (renderer == nullptr) {
        std::fprintf(stderr, "kindling-text-sample: no software renderer: %s\n", SDL_GetError());
        return 1;
    }
    engine.set_output_size(canvas_width, canvas_height);

    SDL_SetRenderDrawColor(renderer, 0x2A, 0x1D, 0x2E, 0xFF);
    SDL_RenderClear(renderer);

    // The card first, so that its timing is a cold start: no font opened yet.
    const SDL_Rect card{1060, 110, 800, 900};
    const int padding = 64;
    FitRequest fit;
    fit.style = {FontRole::regular, 72, 0, Align::center, 1.05};
    fit.box_width = card.w - 2 * padding;
    fit.box_height = card.h - 2 * padding;
    fit.min_pixel_size = 36;
    fit.ellipsize = true;
    const Rgba ink{0x3B, 0x24, 0x30, 0xFF};

    const auto cold_start = Clock::now();
    FitResult fitted;
    engine.fitted_texture(*renderer, card_text, fit, ink, &fitted);
    const double cold_ms = milliseconds_since(cold_start);

    // Averages over repeats with fonts already open: fitting alone, then drawing the fitted
    // layout into a texture, then what a frame costs once the texture is cached.
    constexpr int repeats = 20;
    auto start = Clock::now();
    for (int i = 0; i < repeats; ++i) fitted = engine.fit(card_text, fit);
    const double fit_ms = milliseconds_since(start) / repeats;
    TextRenderer card_renderer(engine.fonts());
    start = Clock::now();
    for (int i = 0; i < repeats; ++i) card_renderer.render_texture(*renderer, fitted.layout, ink);
    const double render_ms = milliseconds_since(start) / repeats;
    start = Clock::now();
    for (int i = 0; i < repeats; ++i) engine.fitted_texture(*renderer, card_text, fit, ink);
    const double cached_ms = milliseconds_since(start) / repeats;

    SDL_SetRenderDrawColor(renderer, 0xFF, 0xF4, 0xE6, 0xFF);
    SDL_RenderFillRect(renderer, &card);
    const TextTexture& card_texture = engine.fitted_texture(*renderer, card_text, fit, ink);
    draw(*renderer, card_texture, card.x + padding,
         card.y + padding + (fit.box_height - card_texture.height) / 2);

    const Rgba title_ink{0xFF, 0xE0, 0xB8, 0xFF};
    const Rgba label_ink{0xC8, 0xB4, 0xC8, 0xFF};
    const Rgba sample_ink{0xFF, 0xFF, 0xFF, 0xFF};
    draw(*renderer, engine.texture(*renderer, "Kindling text engine — sample set",
                                   {FontRole::bold, 56, 0, Align::left}, title_ink),
         60, 36);
    int y = 130;
    const auto samples_start = Clock::now();
    for (const UnicodeSample& sample : unicode_samples) {
        draw(*renderer, engine.texture(*renderer, sample.label, {FontRole::regular, 22, 0,
                                                                 Align::left}, label_ink),
             60, y);
        y += 28;
        const TextTexture& line = engine.texture(
            *renderer, sample.text, {FontRole::regular, 40, 940, Align::natural}, sample_ink);
        draw(*renderer, line, 60, y);
        y += line.height + 18;
    }
    const double samples_ms = milliseconds_since(samples_start);
    const std::string footer = "Card text: " + std::to_string(fitted.layout.pixel_size) +
                               " px (preferred 72, minimum 36)" +
                               (fitted.ellipsized ? ", shortened with an ellipsis" : "");
    draw(*renderer, engine.texture(*renderer, footer, {FontRole::regular, 24, 0, Align::left},
                                   label_ink),
         card.x, card.y + card.h + 16);

    const bool written = write_png(*renderer, output);
    engine.release_textures();
    SDL_DestroyRenderer(renderer);
    if (!written) {
        std::fprintf(stderr, "kindling-text-sample: cannot write %s\n", output.c_str());
        return 1;
    }

    std::printf("wrote %s\n", output.c_str());
    std::printf("card text: %zu bytes, fitted at %d px in %dx%d, %zu lines\n",
                std::strlen(card_text), fitted.layout.pixel_size, fit.box_width, fit.box_height,
                fitted.layout.lines.size());
    std::printf("text engine start (fontconfig, primary and emoji fonts): %.1f ms\n", engine_ms);
    std::printf("card, cold (fonts opened, fallbacks found, fit, render, texture): %.1f ms\n",
                cold_ms);
    std::printf("card, fonts open: fit (layout at each size tried) %.2f ms + render to texture "
                "%.2f ms\n",
                fit_ms, render_ms);
    std::printf("card, cached texture: %.4f ms\n", cached_ms);
    std::printf("sample set, cold (8 labels + 8 lines, fallback fonts found and opened): %.1f ms\n",
                samples_ms);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    std::string output = "kindling-text-sample.png";
    std::string language = "en";
    for (int i = 1; i < argc; ++i) {
        const std::string_view argument = argv[i];
        if ((argument == "--output" || argument == "--language") && i + 1 < argc) {
            (argument == "--output" ? output : language) = argv[++i];
        } else if (argument == "--help" || argument == "-h") {
            std::printf("usage: kindling-text-sample [--output FILE.png] [--language TAG]\n"
                        "Renders Kindling's text sample set at 1920x1080 into a PNG.\n");
            return 0;
        } else {
            std::fprintf(stderr, "kindling-text-sample: unknown argument %s (try --help)\n",
                         argv[i]);
            return 2;
        }
    }
    if (SDL_Init(0) != 0) {
        std::fprintf(stderr, "kindling-text-sample: SDL_Init failed: %s\n", SDL_GetError());
        return 1;
    }
    int status = 1;
    try {
        status = run(output, language);
    } catch (const FontError& error) {
        std::fprintf(stderr, "kindling-text-sample: %s\n", error.what());
    }
    SDL_Quit();
    return status;
}
