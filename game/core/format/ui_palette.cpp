#include "core/format/ui_palette.hpp"

#include "core/format/data_paths.hpp"
#include "core/text/embedded_files.hpp"
#include "core/format/yaml_fields.hpp"
#include "core/format/yaml_reader.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

namespace kindling {

namespace {

constexpr std::array<PaletteColourName, 27> colour_names{{
    {"background", &Palette::background},
    {"panel", &Palette::panel},
    {"panel_focus", &Palette::panel_focus},
    {"text", &Palette::text},
    {"text_muted", &Palette::text_muted},
    {"accent", &Palette::accent},
    {"accent_text", &Palette::accent_text},
    {"focus_ring", &Palette::focus_ring},
    {"card", &Palette::card},
    {"card_text", &Palette::card_text},
    {"card_muted", &Palette::card_muted},
    {"card_back", &Palette::card_back},
    {"card_back_mark", &Palette::card_back_mark},
    {"shadow", &Palette::shadow},
    {"notice", &Palette::notice},
    {"notice_text", &Palette::notice_text},
    {"key_cap", &Palette::key_cap},
    {"key_cap_text", &Palette::key_cap_text},
    {"pad_a", &Palette::pad_a},
    {"pad_b", &Palette::pad_b},
    {"pad_x", &Palette::pad_x},
    {"pad_y", &Palette::pad_y},
    {"pad_a_text", &Palette::pad_a_text},
    {"pad_b_text", &Palette::pad_b_text},
    {"pad_x_text", &Palette::pad_x_text},
    {"pad_y_text", &Palette::pad_y_text},
    {"scrim", &Palette::scrim},
}};

constexpr std::array<ContrastPair, 19> contrast_pairs{{
    {"text", "background", 4.5},
    {"text", "panel", 4.5},
    {"text", "panel_focus", 4.5},
    {"text_muted", "background", 4.5},
    {"text_muted", "panel", 4.5},
    {"accent_text", "accent", 4.5},
    {"card_text", "card", 4.5},
    {"card_muted", "card", 4.5},
    {"notice_text", "notice", 4.5},
    {"key_cap_text", "key_cap", 4.5},
    {"pad_a_text", "pad_a", 4.5},
    {"pad_b_text", "pad_b", 4.5},
    {"pad_x_text", "pad_x", 4.5},
    {"pad_y_text", "pad_y", 4.5},
    {"card_back_mark", "card_back", 3.0},
    // The focus ring must stand out from everything it can surround (WCAG 2.2, 3:1).
    {"focus_ring", "background", 3.0},
    {"focus_ring", "panel", 3.0},
    {"focus_ring", "panel_focus", 3.0},
    {"accent", "background", 3.0},
}};

std::span<const PaletteColourName> colour_fields() { return colour_names; }

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

double linear_channel(std::uint8_t value) {
    const double c = value / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// Used only when neither the data folder nor the embedded copy can be read: a plain, readable
// dark theme so the game still starts and can say what went wrong.
Palette emergency_palette() {
    Palette p;
    p.id = "emergency";
    p.name = "Plain";
    const Colour black{0x10, 0x10, 0x10, 255};
    const Colour white{0xF5, 0xF5, 0xF5, 255};
    for (const PaletteColourName& entry : colour_fields()) p.*entry.member = white;
    p.background = black;
    p.panel = Colour{0x30, 0x30, 0x30, 255};
    p.panel_focus = Colour{0x45, 0x45, 0x45, 255};
    p.accent_text = black;
    p.card_text = black;
    p.card_muted = Colour{0x40, 0x40, 0x40, 255};
    p.card_back = Colour{0x60, 0x30, 0x30, 255};
    p.shadow = Colour{0, 0, 0, 128};
    p.notice = Colour{0x30, 0x30, 0x30, 255};
    p.key_cap_text = black;
    p.pad_a_text = black;
    p.pad_b_text = black;
    p.pad_x_text = black;
    p.pad_y_text = black;
    p.scrim = Colour{0, 0, 0, 160};
    return p;
}

}  // namespace

std::optional<Colour> parse_colour(std::string_view text) {
    if ((text.size() != 7 && text.size() != 9) || text[0] != '#') return std::nullopt;
    std::array<std::uint8_t, 4> channels{0, 0, 0, 255};
    for (std::size_t i = 0; i * 2 + 1 < text.size(); ++i) {
        const int high = hex_value(text[1 + i * 2]);
        const int low = hex_value(text[2 + i * 2]);
        if (high < 0 || low < 0) return std::nullopt;
        channels[i] = static_cast<std::uint8_t>(high * 16 + low);
    }
    return Colour{channels[0], channels[1], channels[2], channels[3]};
}

std::string format_colour(Colour colour) {
    char buffer[10];
    if (colour.a == 255) std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x", colour.r, colour.g, colour.b);
    else std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x%02x", colour.r, colour.g, colour.b, colour.a);
    return buffer;
}

double relative_luminance(Colour colour) {
    return 0.2126 * linear_channel(colour.r) + 0.7152 * linear_channel(colour.g) + 0.0722 * linear_channel(colour.b);
}

double contrast_ratio(Colour a, Colour b) {
    const double la = relative_luminance(a);
    const double lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Colour blend(Colour a, Colour b, double amount_of_a) {
    const double t = std::clamp(amount_of_a * (a.a / 255.0), 0.0, 1.0);
    const auto mix = [t](std::uint8_t x, std::uint8_t y) {
        return static_cast<std::uint8_t>(std::lround(x * t + y * (1.0 - t)));
    };
    const double alpha = t + (b.a / 255.0) * (1.0 - t);
    return {mix(a.r, b.r), mix(a.g, b.g), mix(a.b, b.b), static_cast<std::uint8_t>(std::lround(alpha * 255.0))};
}

std::span<const PaletteColourName> palette_colour_names() { return colour_fields(); }

std::span<const ContrastPair> palette_contrast_pairs() { return contrast_pairs; }

Colour palette_colour(const Palette& palette, std::string_view name) {
    for (const PaletteColourName& entry : colour_fields()) {
        if (entry.name == name) return palette.*entry.member;
    }
    return {};
}

PaletteReadResult read_palette(std::string_view bytes, const std::string& file_name) {
    PaletteReadResult result;
    DiagnosticList diagnostics(file_name);
    yaml::ReadLimits limits;
    limits.max_bytes = 256 * 1024;
    const auto document = yaml::read_document(bytes, diagnostics, limits);
    if (!document.root || !document.complete) {
        if (!diagnostics.has_errors()) diagnostics.error({}, Message{"problems.palette.empty", {}});
        result.diagnostics = std::move(diagnostics).take();
        return result;
    }
    const yaml::Node& root = *document.root;
    if (!root.is_mapping()) {
        diagnostics.error(root.position, Message{"problems.palette.not_mapping", {yaml::described(root)}});
        result.diagnostics = std::move(diagnostics).take();
        return result;
    }
    constexpr std::array<std::string_view, 5> keys{"kindling_theme", "id", "name", "high_contrast", "colours"};
    yaml::check_keys(root, keys, "colour_theme", diagnostics);

    Palette palette;
    if (const yaml::Node* version = root.find("kindling_theme")) {
        yaml::read_integer(*version, "kindling_theme", 1, theme_format_version, "", diagnostics);
    } else {
        yaml::report_missing(root, "kindling_theme", "format_version_1", diagnostics);
    }
    if (const yaml::Node* id = root.find("id")) {
        if (auto slug = yaml::read_slug(*id, "id", 64, "-", diagnostics)) palette.id = *slug;
    } else {
        yaml::report_missing(root, "id", "palette_id", diagnostics);
    }
    if (const yaml::Node* name = root.find("name")) {
        if (auto text = yaml::read_text(*name, "name", diagnostics, 80)) palette.name = *text;
    } else {
        yaml::report_missing(root, "name", "palette_name", diagnostics);
    }
    if (const yaml::Node* flag = root.find("high_contrast")) {
        if (auto value = yaml::read_boolean(*flag, "high_contrast", diagnostics)) palette.high_contrast = *value;
    }
    const yaml::Node* colours = root.find("colours");
    if (colours == nullptr) {
        yaml::report_missing(root, "colours", "palette_colours", diagnostics);
    } else if (!colours->is_mapping()) {
        diagnostics.error(colours->position, Message{"problems.palette.colours_not_mapping", {yaml::described(*colours)}});
    } else {
        std::vector<std::string_view> names;
        for (const PaletteColourName& entry : colour_fields()) names.push_back(entry.name);
        yaml::check_keys(*colours, names, "colours", diagnostics);
        for (const PaletteColourName& entry : colour_fields()) {
            const yaml::Node* value = colours->find(entry.name);
            if (value == nullptr) {
                yaml::report_missing(*colours, entry.name, "palette_colour", diagnostics);
                continue;
            }
            const auto colour = value->is_scalar() ? parse_colour(value->value) : std::nullopt;
            if (!colour) {
                diagnostics.error(value->position, Message{"problems.palette.not_colour",
                                                           {{"field", std::string(entry.name)}, yaml::described(*value)}});
                continue;
            }
            palette.*entry.member = *colour;
        }
    }
    if (!diagnostics.has_errors()) result.palette = std::move(palette);
    result.diagnostics = std::move(diagnostics).take();
    return result;
}

PaletteLoad load_builtin_palette(std::string_view id) {
    PaletteLoad load;
    const std::string file_name = std::string(id) + ".yaml";
    if (const auto source = builtin_data_file("themes", file_name)) {
        PaletteReadResult read = read_palette(source->bytes, source->name);
        load.diagnostics = std::move(read.diagnostics);
        if (read.palette) {
            load.palette = std::move(*read.palette);
            return load;
        }
    } else {
        load.diagnostics.push_back(coded_diagnostic("themes", {}, Severity::error,
                                                    Message{"problems.palette.no_builtin", {{"id", std::string(id)}}}));
    }
    // The data folder's copy may have been edited into something unreadable: the embedded copy
    // is the one the program was tested with.
    for (const EmbeddedFile& file : embedded_themes()) {
        if (file.path != file_name) continue;
        PaletteReadResult read = read_palette(file.bytes, "built-in:themes/" + file_name);
        if (read.palette) {
            load.palette = std::move(*read.palette);
            return load;
        }
    }
    load.palette = emergency_palette();
    return load;
}

}  // namespace kindling
