#pragma once
// The game's colours as data: data/themes/*.yaml (a warm default and a high-contrast one),
// read with located diagnostics. The pairs of colours that carry text are listed here so a
// test can hold every theme to WCAG contrast (4.5:1 for text, 3:1 for the focus ring).
//
// File shape:
//   kindling_theme: 1
//   id: warm
//   name: Warm evening
//   colours:
//     background: "#2a1d2e"
//     ...                      # every name in palette_colour_names(), "#rrggbb" or "#rrggbbaa"

#include "core/format/diagnostics.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kindling {

inline constexpr int theme_format_version = 1;

struct Colour {
    std::uint8_t r = 0;
    std::uint8_t g = 0;
    std::uint8_t b = 0;
    std::uint8_t a = 255;
    friend bool operator==(const Colour&, const Colour&) = default;
};

// "#rrggbb" or "#rrggbbaa" (either case); nothing for anything else.
std::optional<Colour> parse_colour(std::string_view text);
std::string format_colour(Colour colour);  // "#rrggbb", or "#rrggbbaa" when not opaque

// WCAG 2 relative luminance (0 black .. 1 white) and contrast ratio (1 .. 21), alpha ignored.
double relative_luminance(Colour colour);
double contrast_ratio(Colour a, Colour b);
// `a` over `b`: a.a decides how much of `a` shows. The result is opaque when `b` is.
Colour blend(Colour a, Colour b, double amount_of_a);

struct Palette {
    std::string id;
    std::string name;
    Colour background;      // the screen behind everything
    Colour panel;           // rows, buttons and boxes on the background
    Colour panel_focus;     // the focused row or button
    Colour text;            // main text on background, panel and panel_focus
    Colour text_muted;      // secondary text on background and panel
    Colour accent;          // the main button, progress, highlights
    Colour accent_text;     // text on accent
    Colour focus_ring;      // the outline around what has focus
    Colour card;            // the card's face
    Colour card_text;       // card text and labels on the card
    Colour card_muted;      // secondary labels on the card
    Colour card_back;       // the back of a card
    Colour card_back_mark;  // the pattern and mark on the back
    Colour shadow;          // under cards and dialogs (with alpha)
    Colour notice;          // background of a notice (a save set aside, a font missing)
    Colour notice_text;
    Colour key_cap;         // keyboard keys in control hints
    Colour key_cap_text;
    Colour pad_a;           // gamepad face buttons in control hints (south, east, west, north)
    Colour pad_b;
    Colour pad_x;
    Colour pad_y;
    Colour pad_a_text;
    Colour pad_b_text;
    Colour pad_x_text;
    Colour pad_y_text;
    Colour scrim;           // dims the screen behind a dialog (with alpha)
    bool high_contrast = false;  // theme colours of cards are drawn next to ink, never as text
};

// Every colour a theme file must give, in file order, with where it lives in Palette.
struct PaletteColourName {
    std::string_view name;
    Colour Palette::*member;
};
std::span<const PaletteColourName> palette_colour_names();

// Colour pairs that carry text or focus, and the contrast each needs.
struct ContrastPair {
    std::string_view foreground;
    std::string_view background;
    double minimum_ratio;
};
std::span<const ContrastPair> palette_contrast_pairs();
Colour palette_colour(const Palette& palette, std::string_view name);

struct PaletteReadResult {
    std::optional<Palette> palette;  // absent when any colour is missing or broken
    std::vector<Diagnostic> diagnostics;
};
PaletteReadResult read_palette(std::string_view bytes, const std::string& file_name);

// The built-in themes (data/themes, else the embedded copy): "warm" and "high-contrast".
// A theme that cannot be read falls back to colours compiled in, with its diagnostics.
struct PaletteLoad {
    Palette palette;
    std::vector<Diagnostic> diagnostics;
};
PaletteLoad load_builtin_palette(std::string_view id);

inline constexpr std::string_view default_palette_id = "warm";
inline constexpr std::string_view high_contrast_palette_id = "high-contrast";

}  // namespace kindling
