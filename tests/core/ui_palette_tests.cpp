// Colour themes as data: read with located errors, and every text colour readable against what
// it sits on (WCAG 2 contrast: 4.5:1 for text, 3:1 for the focus ring and large marks).
#include "core/format/data_paths.hpp"
#include "core/format/ui_palette.hpp"
#include "core/format/ui_strings.hpp"

#include <catch2/catch.hpp>

using namespace kindling;

namespace {

std::string messages(const std::vector<Diagnostic>& diagnostics) {
    std::string text;
    for (const auto& d : diagnostics) text += format_diagnostic(d) + "\n";
    return text;
}

std::string minimal_theme(std::string_view colours) {
    return "kindling_theme: 1\nid: test\nname: Test\ncolours:\n" + std::string(colours);
}

}  // namespace

TEST_CASE("Colours are read as #rrggbb or #rrggbbaa") {
    CHECK(parse_colour("#2a1D2e") == Colour{0x2a, 0x1d, 0x2e, 255});
    CHECK(parse_colour("#00000080") == Colour{0, 0, 0, 0x80});
    CHECK_FALSE(parse_colour("2a1d2e"));
    CHECK_FALSE(parse_colour("#2a1d2"));
    CHECK_FALSE(parse_colour("#2a1d2g"));
    CHECK(format_colour({1, 2, 255, 255}) == "#0102ff");
    CHECK(format_colour({1, 2, 3, 4}) == "#01020304");
}

TEST_CASE("Contrast follows WCAG 2") {
    CHECK(contrast_ratio({0, 0, 0, 255}, {255, 255, 255, 255}) == Approx(21.0));
    CHECK(contrast_ratio({255, 255, 255, 255}, {255, 255, 255, 255}) == Approx(1.0));
    // #767676 on white is the classic 4.54:1.
    CHECK(contrast_ratio({0x76, 0x76, 0x76, 255}, {255, 255, 255, 255}) == Approx(4.54).epsilon(0.01));
    CHECK(blend({255, 255, 255, 255}, {0, 0, 0, 255}, 0.5) == Colour{128, 128, 128, 255});
}

TEST_CASE("A theme file's problems are located and a broken theme is not used") {
    const auto result = read_palette(minimal_theme("  background: \"#2a1d2e\"\n  panel: blue\n  panle: \"#000000\"\n"),
                                     "warm.yaml");
    CHECK_FALSE(result.palette);
    const std::string text = messages(result.diagnostics);
    CHECK_THAT(text, Catch::Matchers::Contains(
                         "warm.yaml:7:3: warning: unknown field \"panle\" in the colours; did you mean \"panel\"?"));
    CHECK_THAT(text, Catch::Matchers::Contains(
                         "warm.yaml:6:10: error: \"panel\" must be a colour written \"#rrggbb\" or \"#rrggbbaa\", not "
                         "\"blue\""));
    CHECK_THAT(text, Catch::Matchers::Contains(
                         "warm.yaml:5:3: error: missing required field \"panel_focus\" (a colour like \"#2a1d2e\")"));
    CHECK(messages(read_palette("[1, 2]", "x.yaml").diagnostics).starts_with("x.yaml:1:1: error: a theme must be a mapping"));
    const UiStrings german = load_ui_strings("de").strings;
    bool worded_in_german = false;
    for (const Diagnostic& diagnostic : result.diagnostics) {
        if (diagnostic.position != SourcePosition{6, 10}) continue;
        CHECK(format_diagnostic(diagnostic, german) ==
              "warm.yaml:6:10: error: \"panel\" muss eine Farbe in der Form \"#rrggbb\" oder \"#rrggbbaa\" sein, nicht \"blue\"");
        worded_in_german = true;
    }
    CHECK(worded_in_german);
}

TEST_CASE("The built-in themes load cleanly and keep every text pair readable") {
    for (const std::string_view id : {default_palette_id, high_contrast_palette_id}) {
        CAPTURE(id);
        const PaletteLoad load = load_builtin_palette(id);
        CHECK(messages(load.diagnostics).empty());
        CHECK(load.palette.id == id);
        for (const ContrastPair& pair : palette_contrast_pairs()) {
            CAPTURE(pair.foreground, pair.background);
            CHECK(contrast_ratio(palette_colour(load.palette, pair.foreground),
                                 palette_colour(load.palette, pair.background)) >= pair.minimum_ratio);
        }
    }
    const Palette contrast = load_builtin_palette(high_contrast_palette_id).palette;
    CHECK(contrast.high_contrast);
    // High contrast goes well beyond the minimum for its main text.
    CHECK(contrast_ratio(contrast.text, contrast.background) >= 15.0);
    CHECK(contrast_ratio(contrast.card_text, contrast.card) >= 15.0);
}

TEST_CASE("Both built-in themes are also compiled into the program") {
    for (const std::string_view name : {"warm.yaml", "high-contrast.yaml"}) {
        bool found = false;
        for (const EmbeddedFile& file : embedded_themes()) {
            if (file.path != name) continue;
            found = true;
            CHECK(read_palette(file.bytes, std::string(name)).palette);
        }
        CHECK(found);
    }
}

TEST_CASE("An unknown theme falls back to a readable one and says so") {
    const PaletteLoad load = load_builtin_palette("no-such-theme");
    CHECK_FALSE(load.diagnostics.empty());
    CHECK(contrast_ratio(load.palette.text, load.palette.background) >= 4.5);
}
