#pragma once
// Writing a deck in Kindling's one canonical form (described in data/decks/README.md).

#include "core/deck/deck.hpp"
#include "core/deck/deck_translation.hpp"

#include <string>
#include <string_view>

namespace kindling {

// The first line of a deck written next to the built-in ones; editors that understand JSON
// Schema pick it up.
inline constexpr std::string_view default_schema_line =
    "# yaml-language-server: $schema=../schema/deck.schema.json";

struct DeckWriteOptions {
    // Written as the first line when not empty (keep a file's own line when rewriting it).
    std::string schema_line{default_schema_line};
};

// The canonical YAML text of a deck. Reading it back gives an equal Deck, provided a card's
// theme is empty only when the deck has no default theme (the model's invariant).
std::string write_deck(const Deck& deck, const DeckWriteOptions& options = {});

// The canonical YAML text of a translation: the schema line, kindling_deck, id, translation_of,
// language, title, description, author, licence, themes (id, title, description), mode (title,
// description, sets with their titles, closing text), then the cards with id, text and note. Reading it back gives an equal DeckTranslation.
std::string write_deck_translation(const DeckTranslation& translation, const DeckWriteOptions& options = {});

// The schema line of a file's text, if its first line is one; empty otherwise.
std::string schema_line_of(std::string_view text);

}  // namespace kindling
