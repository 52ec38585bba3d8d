#pragma once
// The cards a night can draw from, each with what the dealing rules need to know about it.

#include "core/deck/deck.hpp"
#include "core/night/session_setup.hpp"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
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

// The tag of cards that work over a video call; a night set up as `apart` deals only these.
inline constexpr std::string_view apart_tag = "apart";

// The table's own choices that hold for every card, whatever the mode: the intensity limit and,
// when the players are apart, the `apart` tag.
bool fits_table(const Card& card, const SessionSetup& setup);

// Game Night's pool: the cards of the chosen decks (all given decks when none are chosen) whose
// theme was chosen (any theme when none were), whose level lies in the depth range and whose
// intensity is within the table's limit (and, apart, that are tagged `apart`). Deck order, then
// card order.
std::vector<PoolCard> game_night_pool(const SessionSetup& setup, std::span<const Deck> decks);

}  // namespace kindling
