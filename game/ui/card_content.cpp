#include "ui/card_content.hpp"

#include <algorithm>
#include <array>
#include <functional>

namespace kindling::ui {

namespace {

constexpr std::array<Colour, 6> custom_theme_colours{{
    {0xc0, 0x56, 0x7a, 255}, {0x5b, 0x8c, 0x5a, 255}, {0x8a, 0x6f, 0xd1, 255},
    {0xd0, 0x7a, 0x3a, 255}, {0x3f, 0x8f, 0xb0, 255}, {0xa8, 0x5f, 0x9b, 255},
}};

}  // namespace

Colour theme_colour(const Theme* theme, std::string_view theme_id) {
    if (theme != nullptr) {
        if (const auto colour = parse_colour(theme->colour)) return *colour;
    }
    const std::size_t pick = std::hash<std::string_view>{}(theme_id) % custom_theme_colours.size();
    return custom_theme_colours[pick];
}

Icon theme_icon(const Theme* theme) {
    if (theme != nullptr) {
        if (const auto icon = icon_from_name(theme->icon)) return *icon;
    }
    return Icon::sparkle;
}

std::string theme_label(const Theme* theme, std::string_view theme_id, const UiStrings& strings) {
    const std::string key = "themes." + std::string(theme_id);
    if (find_builtin_theme(theme_id) != nullptr && strings.has(key)) return std::string(strings.text(key));
    if (theme != nullptr && !theme->title.empty()) return theme->title;
    return std::string(theme_id);
}

std::string kind_label(CardKind kind, const UiStrings& strings) {
    return std::string(strings.text("kinds." + std::string(to_string(kind))));
}

std::string level_label(int level, const UiStrings& strings) {
    return std::string(strings.text("depth." + std::to_string(std::clamp(level, min_level, max_level))));
}

Icon intensity_icon(Intensity intensity) {
    switch (intensity) {
        case Intensity::company: return Icon::people;
        case Intensity::personal: return Icon::heart;
        case Intensity::private_: return Icon::lock;
    }
    return Icon::heart;
}

std::string clock_text(long long seconds) {
    const long long total = std::max(0LL, seconds);
    const long long minutes = total / 60;
    const long long rest = total % 60;
    return std::to_string(minutes) + ":" + (rest < 10 ? "0" : "") + std::to_string(rest);
}

CardContent describe_card(const CardFacts& facts, const UiStrings& strings) {
    CardContent content;
    content.text = facts.text;
    content.kind_icon = icon_for(facts.kind);
    content.kind_label = kind_label(facts.kind, strings);
    content.theme_icon = theme_icon(facts.theme);
    content.theme_label = theme_label(facts.theme, facts.theme_id, strings);
    content.theme_colour = theme_colour(facts.theme, facts.theme_id);
    content.level = std::clamp(facts.level, min_level, max_level);
    content.level_label = level_label(facts.level, strings);
    content.intensity_icon = intensity_icon(facts.intensity);
    content.intensity_label = std::string(strings.text("intensity." + std::string(to_string(facts.intensity))));
    content.answers_label = facts.answers_label;
    if (facts.timer_seconds) {
        content.timer_label = strings.format("card.timer_label", {{"time", clock_text(*facts.timer_seconds)}});
    }
    if (facts.closing) content.note = std::string(strings.text("card.closing"));
    // The "I feel … / say back what you heard" practice is how every feeling card is played, so
    // the game says it once with the card instead of each card's text repeating it.
    if (facts.kind == CardKind::feeling) content.instruction = std::string(strings.text("card.instruction.feeling"));
    content.favourite = facts.favourite;
    content.favourite_label = std::string(strings.text("card.favourite_mark"));
    return content;
}

}  // namespace kindling::ui
