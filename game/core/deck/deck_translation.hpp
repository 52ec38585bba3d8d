#pragma once
// Translations of decks: one file per language that gives the texts of a base deck's cards (by
// card id) in another language. Everything else (kinds, levels, timers, modes) stays the base
// deck's. The format is documented in data/decks/README.md, "Translations".

#include "core/deck/deck.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kindling {

struct ThemeTranslation {
    std::string id;           // a theme the base deck declares
    std::string title;
    std::string description;  // optional
    friend bool operator==(const ThemeTranslation&, const ThemeTranslation&) = default;
};

struct CardTranslation {
    std::string id;    // the base card's id
    std::string text;  // never blank
    std::string note;  // optional, for translators; never shown in the game
    friend bool operator==(const CardTranslation&, const CardTranslation&) = default;
};

// The words of the base deck's play mode; everything else about the mode stays the base's.
struct ModeTranslation {
    std::string title;                    // empty: the base mode's
    std::string description;              // empty: the base mode's
    std::vector<std::string> set_titles;  // by position; an empty one keeps the base set's title
    std::string closing_text;             // empty: the base closing step's text
    friend bool operator==(const ModeTranslation&, const ModeTranslation&) = default;
};

// The header's id is the file's own (e.g. "play-de"), its language is required, and an empty
// title or description shows the base deck's.
struct DeckTranslation : DeckHeader {
    std::string translation_of;  // the base deck's id
    std::vector<ThemeTranslation> themes;
    std::optional<ModeTranslation> mode;
    std::vector<CardTranslation> cards;
    friend bool operator==(const DeckTranslation&, const DeckTranslation&) = default;
};

// The base deck as players of the translation's language see it: the translated title,
// description, theme names, mode words and card texts, and the base text for every card the translation
// leaves out. The deck keeps the base deck's id and card ids, so keys, history and saved nights
// do not depend on the language.
Deck apply_translation(const Deck& base, const DeckTranslation& translation);

// Whether two language tags name the same language ("de-at" and "de-AT" do).
bool same_language(std::string_view a, std::string_view b);
// The language a deck is written in: its `language`, English when it names none.
std::string_view language_of(const Deck& deck);
// "de" for "de-AT"; the tag itself when it has no subtags.
std::string_view primary_language(std::string_view tag);

// The translation of `base` to show for `language`: one in exactly that language, else one in
// its primary language ("de-AT" falls back to "de"); nothing when the base deck is already in
// that language or no translation fits (the base text is shown).
const DeckTranslation* best_translation(const Deck& base, std::span<const DeckTranslation> translations,
                                        std::string_view language);

// Every deck in `language` where a translation exists, else as written; same order as `bases`.
std::vector<Deck> localize_decks(std::span<const Deck> bases, std::span<const DeckTranslation> translations,
                                 std::string_view language);

}  // namespace kindling
