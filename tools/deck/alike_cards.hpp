#pragma once
// Cards that ask much the same thing, compared across every deck given to one command
// (core find_alike_texts), minus the pairs a twins list says are meant.

#include "deck_loading.hpp"
#include "twin_list.hpp"

#include "core/deck/card_likeness.hpp"

#include <vector>

namespace kindling::deck_tool {

// Adds a warning to the later card of each alike pair. Translations are never compared (a card
// and its translation are the same card), and a pair within one deck that the reader already
// reported as nearly identical is not reported twice.
void check_alike_cards(std::vector<LoadedDeck>& decks, const TwinList& twins,
                       double threshold = default_likeness_threshold);

// A warning for each twins-list entry that names a card missing from a deck that was checked,
// so an entry does not outlive its cards unnoticed.
std::vector<Diagnostic> stale_twin_entries(const std::vector<LoadedDeck>& decks, const TwinList& twins);

}  // namespace kindling::deck_tool
