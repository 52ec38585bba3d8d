#pragma once
// What a card shows, already in words: the game builds it from the session's view, the editor
// from the card being edited, and CardRenderer draws it the same way for both.

#include "core/deck/deck.hpp"
#include "core/format/ui_palette.hpp"
#include "core/format/ui_strings.hpp"
#include "ui/icons.hpp"

#include <optional>
#include <string>

namespace kindling::ui {

struct CardContent {
    std::string text;
    Icon kind_icon = Icon::question;
    std::string kind_label;      // "Question"
    Icon theme_icon = Icon::sparkle;
    std::string theme_label;     // "Inner world"
    Colour theme_colour;
    int level = 1;               // 1..3, drawn as filled dots and named in level_label
    std::string level_label;     // "Deeper"
    Icon intensity_icon = Icon::heart;
    std::string intensity_label; // "Personal"
    std::string answers_label;   // "Sam answers"
    std::string timer_label;     // "1:00 timer"; empty when the card has none
    std::string note;            // "The last card of the night"; usually empty
    // How to play a card of this kind, under its words (a `feeling` card: "Say it as: I feel …");
    // empty for most kinds.
    std::string instruction;
    bool favourite = false;
    std::string favourite_label; // "Favourite", shown with a filled heart when marked
    // Party mode on a TV: card text never below 64 px at 1080p (before the text size), and
    // who answers in larger type.
    bool ten_foot = false;

    friend bool operator==(const CardContent&, const CardContent&) = default;
};

// The facts about a card, before they are put into words.
struct CardFacts {
    std::string text;
    CardKind kind = CardKind::question;
    std::string theme_id;
    const Theme* theme = nullptr;  // the deck's or the built-in theme, when known
    int level = 1;
    Intensity intensity = Intensity::personal;
    std::optional<int> timer_seconds;
    std::string answers_label;
    bool favourite = false;
    bool closing = false;
};

CardContent describe_card(const CardFacts& facts, const UiStrings& strings);

// A theme's colour: its own, else one picked from a warm set by its id, so a deck's custom
// theme always gets the same colour.
Colour theme_colour(const Theme* theme, std::string_view theme_id);
Icon theme_icon(const Theme* theme);
// A theme's name in the player's language: built-in themes are translated, others keep
// their deck's title.
std::string theme_label(const Theme* theme, std::string_view theme_id, const UiStrings& strings);
std::string kind_label(CardKind kind, const UiStrings& strings);
std::string level_label(int level, const UiStrings& strings);
Icon intensity_icon(Intensity intensity);
// "1:30" for 90 seconds; "2 min" style is not used so that numbers read the same everywhere.
std::string clock_text(long long seconds);

}  // namespace kindling::ui
