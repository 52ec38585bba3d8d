#pragma once
// The cards a night can draw from, each with what the dealing rules need to know about it.

#include "deck.hpp"
#include "session_setup.hpp"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace kindling {

struct PoolCard {
    Card card;  // a copy: the session outlives nothing it does not own
    std::string deck_id;
    std::string key;              // card_key(deck_id, card)
    std::uint64_t text_hash = 0;  // text_fingerprint(card.text): equal texts are the same card
    std::string theme_title;      // for summaries; the theme id when the theme is unknown
};

PoolCard make_pool_card(const Deck& deck, const Card& card);

// Game Night's pool: the cards of the chosen decks (all given decks when none are chosen) whose
// theme was chosen (any theme when none were), whose level lies in the depth range and whose
// intensity is within the table's limit. Deck order, then card order.
std::vector<PoolCard> game_night_pool(const SessionSetup& setup, std::span<const Deck> decks);

}  // namespace kindling
