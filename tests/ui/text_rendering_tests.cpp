// The real thing: fonts found by fontconfig, shaped and drawn by SDL_ttf, checked pixel by
// pixel. Needs the font packages in tools/debian-packages.txt; no window or GPU.

#include "core/text/unicode.hpp"
#include "ui/text/text_engine.hpp"
#include "ui/text/unicode_properties.hpp"
#include "ui/text/unicode_samples.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <cstring>

using namespace kindling::text;

namespace {

TextEngine& shared_engine() {
    static TextEngine engine;
    return engine;
}

struct Argb {
    std::uint8_t a, r, g, b;
    int saturation() const { return std::max({r, g, b}) - std::min({r, g, b}); }
};

Argb pixel_at(const SDL_Surface& surface, int x, int y) {
    const auto* row = static_cast<const std::uint8_t*>(surface.pixels) +
                      static_cast<std::ptrdiff_t>(y) * surface.pitch;
    std::uint32_t value = 0;
    std::memcpy(&value, row + static_cast<std::ptrdiff_t>(x) * 4, sizeof value);
    return {static_cast<std::uint8_t>(value >> 24U), static_cast<std::uint8_t>(value >> 16U),
            static_cast<std::uint8_t>(value >> 8U), static_cast<std::uint8_t>(value)};
}

struct InkCount {
    int opaque = 0;     // pixels with alpha above half
    int saturated = 0;  // of those, pixels with a clear colour (not grey)
    int off_white = 0;  // of those, pixels visibly darker than white
};

InkCount ink_in(const SDL_Surface& surface, int x0, int y0, int x1, int y1) {
    InkCount count;
    for (int y = std::max(0, y0); y < std::min(surface.h, y1); ++y) {
        for (int x = std::max(0, x0); x < std::min(surface.w, x1); ++x) {
            const Argb pixel = pixel_at(surface, x, y);
            if (pixel.a < 128) continue;
            ++count.opaque;
            if (pixel.saturation() > 60) ++count.saturated;
            if (std::min({pixel.r, pixel.g, pixel.b}) < 200) ++count.off_white;
        }
    }
    return count;
}

TextStyle sample_style() { return {FontRole::regular, 40, 0, Align::left}; }

}  // namespace

TEST_CASE("fontconfig finds the primary family, its bold face and a colour emoji font") {
    FontCatalog& catalog = shared_engine().catalog();
    const FaceInfo& regular = catalog.face(catalog.primary_face(FontRole::regular));
    const FaceInfo& bold = catalog.face(catalog.primary_face(FontRole::bold));
    CHECK(regular.family == "Lato");
    CHECK(regular.style == "Regular");
    CHECK(bold.family == "Lato");
    CHECK(bold.style == "Bold");
    REQUIRE(catalog.emoji_face());
    const FaceInfo& emoji = catalog.face(*catalog.emoji_face());
    CHECK(emoji.family == "Noto Color Emoji");
    CHECK(emoji.colour_bitmaps);
    CHECK(catalog.warnings().empty());
}

TEST_CASE("Each script the primary font lacks gets a fallback face that has it") {
    FontCatalog& catalog = shared_engine().catalog();
    const auto family_for = [&](FontRole role, char32_t code_point) -> std::string {
        const auto face = catalog.fallback_face(role, code_point);
        if (!face) return "(none)";
        CHECK(catalog.face_covers(*face, code_point));
        return catalog.face(*face).family + " " + catalog.face(*face).style;
    };
    using Catch::Matchers::Contains;
    CHECK_THAT(family_for(FontRole::regular, U'\u0645'), Contains("Arabic"));
    CHECK_THAT(family_for(FontRole::regular, U'\u05D0'), Contains("Hebrew"));
    CHECK_THAT(family_for(FontRole::regular, U'\u0915'), Contains("Devanagari"));
    CHECK_THAT(family_for(FontRole::regular, U'\u4F60'), Contains("CJK"));
    CHECK_THAT(family_for(FontRole::regular, U'\uAC00'), Contains("CJK"));
    CHECK_THAT(family_for(FontRole::regular, U'\u0E01'), Contains("Thai"));
    CHECK_THAT(family_for(FontRole::bold, U'\u0645'), Contains("Arabic") && Contains("Bold"));
    // The primary font's own characters never need a fallback.
    CHECK(catalog.face_covers(catalog.primary_face(FontRole::regular), U'\u00E9'));
}

TEST_CASE("Every code point of the sample set is drawn by a font that has it (no tofu)") {
    TextEngine& engine = shared_engine();
    for (const UnicodeSample& sample : unicode_samples) {
        CAPTURE(sample.label);
        const TextLayout layout = engine.layout(sample.text, sample_style());
        REQUIRE(layout.lines.size() == 1);
        for (const PlacedRun& run : layout.lines[0].runs) {
            CAPTURE(run.text, engine.catalog().face(run.shaping.face).family);
            const auto font = engine.fonts().font_for(run.shaping);
            REQUIRE(font.font != nullptr);
            for (const auto& decoded : unicode::decode_utf8(run.text)) {
                if (unicode::is_default_ignorable(decoded.code_point)) continue;
                CAPTURE(decoded.code_point);
                CHECK(TTF_GlyphIsProvided32(font.font, decoded.code_point) != 0);
            }
            CHECK(run.emoji == (run.shaping.face == engine.catalog().emoji_face()));
        }
    }
}

TEST_CASE("Every run of the sample set leaves ink where it is placed, emoji are in colour") {
    TextEngine& engine = shared_engine();
    const Rgba white{255, 255, 255, 255};
    for (const UnicodeSample& sample : unicode_samples) {
        CAPTURE(sample.label);
        const TextLayout layout = engine.layout(sample.text, sample_style());
        const SurfacePtr surface = engine.render(layout, white);
        REQUIRE(surface);
        CHECK(surface->w == layout.width);
        CHECK(surface->h == layout.height);
        const LaidOutLine& line = layout.lines.at(0);
        InkCount emoji_ink;
        for (const PlacedRun& run : line.runs) {
            if (kindling::unicode::is_blank(run.text)) continue;
            CAPTURE(run.text);
            const InkCount ink = ink_in(*surface, run.x, line.top, run.x + run.width,
                                        line.top + line.ascent + line.descent);
            CHECK(ink.opaque > 20);
            if (run.emoji) {
                // Drawn in white, a monochrome emoji would be all white: colour emoji bring
                // their own colours and shading (Noto's family emoji is grey, the Japanese
                // flag mostly white, so the share asked for is modest).
                CHECK(ink.off_white * 5 > ink.opaque);
                emoji_ink.opaque += ink.opaque;
                emoji_ink.saturated += ink.saturated;
            } else {
                CHECK(ink.saturated == 0);  // white text stays white
                CHECK(ink.off_white == 0);
            }
        }
        // Taken together, the emoji are mostly vivid colour.
        CHECK(emoji_ink.saturated * 2 >= emoji_ink.opaque);
    }
}

TEST_CASE("Each emoji cluster of the sample set is its own colour glyph") {
    TextEngine& engine = shared_engine();
    const TextLayout layout = engine.layout(unicode_samples[0].text, sample_style());
    const SurfacePtr surface = engine.render(layout, {255, 255, 255, 255});
    REQUIRE(surface);
    const LaidOutLine& line = layout.lines.at(0);
    // Ten emoji separated by spaces: ten islands of colour along the line.
    int islands = 0;
    bool inside = false;
    for (int x = 0; x < surface->w; ++x) {
        const InkCount column = ink_in(*surface, x, line.top, x + 1, line.top + line.ascent +
                                                                          line.descent);
        const bool coloured = column.saturated > 0;
        if (coloured && !inside) ++islands;
        inside = coloured;
    }
    CHECK(islands == 10);
    // Emoji are scaled to the text's line height and do not make the line taller.
    const FaceMetrics primary = engine.fonts().metrics(
        engine.catalog().primary_face(FontRole::regular), 40);
    CHECK(line.ascent == primary.ascent);
    CHECK(line.descent == primary.descent);
}

TEST_CASE("Arabic letters are joined by the shaper") {
    TextEngine& engine = shared_engine();
    const auto arabic = engine.catalog().fallback_face(FontRole::regular, U'\u0645');
    REQUIRE(arabic);
    const ShapingRun run{*arabic, 40, Direction::right_to_left, ScriptTag{"Arab"}};
    const std::string word = "\u0645\u0631\u062D\u0628\u0627";  // مرحبا
    int isolated = 0;
    for (const auto& decoded : unicode::decode_utf8(word)) {
        std::string letter;
        letter += word.substr(decoded.offset, 2);
        isolated += engine.fonts().advance(run, letter);
    }
    // Joined forms drop the isolated forms' tails and side bearings.
    CHECK(engine.fonts().advance(run, word) < isolated);
}

TEST_CASE("A right-to-left paragraph is drawn against the right edge") {
    TextEngine& engine = shared_engine();
    const TextStyle style{FontRole::regular, 40, 1000, Align::natural};
    const TextLayout layout = engine.layout(unicode_samples[2].text, style);  // Hebrew
    const SurfacePtr surface = engine.render(layout, {255, 255, 255, 255});
    REQUIRE(surface);
    int leftmost = surface->w;
    int rightmost = -1;
    for (int x = 0; x < surface->w; ++x) {
        if (ink_in(*surface, x, 0, x + 1, surface->h).opaque > 0) {
            leftmost = std::min(leftmost, x);
            rightmost = std::max(rightmost, x);
        }
    }
    CHECK(rightmost >= 985);
    CHECK(leftmost > 400);
}

TEST_CASE("Text colour and opacity are applied, bold is heavier than regular") {
    TextEngine& engine = shared_engine();
    const TextLayout regular = engine.layout("Kindling", {FontRole::regular, 48});
    const TextLayout bold = engine.layout("Kindling", {FontRole::bold, 48});
    const SurfacePtr red = engine.render(regular, {200, 30, 40, 255});
    const SurfacePtr faint = engine.render(regular, {200, 30, 40, 100});
    const SurfacePtr heavy = engine.render(bold, {200, 30, 40, 255});
    REQUIRE((red && faint && heavy));
    int max_alpha_faint = 0;
    for (int y = 0; y < red->h; ++y) {
        for (int x = 0; x < red->w; ++x) {
            const Argb pixel = pixel_at(*red, x, y);
            if (pixel.a == 255) {
                CHECK((pixel.r == 200 && pixel.g == 30 && pixel.b == 40));
            }
            max_alpha_faint = std::max<int>(max_alpha_faint, pixel_at(*faint, x, y).a);
        }
    }
    CHECK(max_alpha_faint == 100);
    CHECK(ink_in(*heavy, 0, 0, heavy->w, heavy->h).opaque >
          ink_in(*red, 0, 0, red->w, red->h).opaque);
}

TEST_CASE("Hostile text lays out and renders without crashing") {
    TextEngine& engine = shared_engine();
    std::string marks = "a";
    for (int i = 0; i < 300; ++i) marks += "\u0301";
    const std::string with_nul("a\0b", 3);
    const std::vector<std::string> texts = {
        "\xFF\xFE\xC3",                       // malformed UTF-8
        "\U0001F1EB",                         // a lone regional indicator (libunibreak abort)
        "\uFFFF\uFFFE",                       // noncharacters
        marks,                                // one cluster of 301 code points
        "\u202E\u2067abc \u05D0\u05D1",      // unbalanced bidi overrides and isolates
        "\u200D\uFE0F\u20E3",                 // joiners and selectors without a base
        with_nul,
        std::string(3000, 'w'),               // one enormous word
        "\t\r\n\r\n \u2028",                  // nothing but breaks and spaces
        "",
    };
    for (const std::string& text : texts) {
        CAPTURE(text.size());
        for (const int wrap : {0, 1, 200}) {
            const TextLayout layout = engine.layout(text, {FontRole::regular, 24, wrap});
            CHECK_FALSE(layout.lines.empty());
            const SurfacePtr surface = engine.render(layout, {255, 255, 255, 255});
            REQUIRE(surface);
            CHECK(surface->w == std::max(1, layout.width));
            CHECK(surface->h == std::max(1, layout.height));
        }
        FitRequest request;
        request.style.pixel_size = 48;
        request.box_width = 0;  // a degenerate box fits nothing, and says so
        request.box_height = 0;
        request.min_pixel_size = 12;
        request.ellipsize = true;
        const FitResult fitted = engine.fit(text, request);
        CHECK(fitted.layout.pixel_size == 12);
    }
}
