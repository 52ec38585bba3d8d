#pragma once
// When a favourite that comes back (store/between_rules.hpp chooses which) is dealt into a
// couple's Game Night: never as the first card, from a point in the first quarter the night's
// seed chooses, and only while less than half of the night has passed. Rules and tests are
// listed in docs/DEALING.md.

#include "core/night/game_night.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

namespace kindling {

// The favourite a night may deal back, marked with when it was marked.
struct ReturningFavourite {
    std::string key;             // card key (card_key.hpp)
    std::int64_t marked_at = 0;  // Unix seconds
    friend bool operator==(const ReturningFavourite&, const ReturningFavourite&) = default;
};

// The earliest point of the night, in eighths of it, at which the favourite may come back: 0, 1
// or 2, chosen by the seed, so it does not always come back on the second card.
int favourite_return_earliest_eighths(std::uint64_t seed);

// Whether a card dealt now may be the favourite come back: not the first card, at or after the
// earliest point, before half the night (by cards or by time, as the night is counted).
bool in_favourite_return_window(NightProgress progress, std::size_t cards_played, int earliest_eighths);

}  // namespace kindling
