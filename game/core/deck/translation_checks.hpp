#pragma once
// Checks that need a translation and the decks next to it: the base deck exists, the card and
// theme ids are the base deck's, one translation per base deck and language, and how much of
// the base deck is translated.

#include "core/deck/deck.hpp"
#include "core/deck/translation_reader.hpp"

#include <span>
#include <vector>

namespace kindling {

struct TranslationCoverage {
    std::size_t translated = 0;   // base cards with a translated text
    std::size_t base_cards = 0;   // all cards of the base deck
    std::size_t without_id = 0;   // base cards that cannot be translated (no id)
};
TranslationCoverage translation_coverage(const Deck& base, const DeckTranslation& translation);

// Adds located diagnostics to each translation that read without errors:
// - error: `translation_of` names no deck among `decks` (with a "did you mean");
// - error: a card or theme id the base deck does not have (with a "did you mean");
// - error: an earlier translation already translates the same deck into the same language;
// - warning: base cards left untranslated (a count; they show the base text), and a
//   translation into the base deck's own language.
// Translations are checked in the order given; diagnostics stay sorted by position.
void check_translations(std::span<const Deck> decks, std::span<TranslationReadResult* const> translations);

}  // namespace kindling
