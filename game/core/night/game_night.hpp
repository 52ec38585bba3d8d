#pragma once
// Game Night, the built-in way of dealing: balanced across themes and kinds, gently deepening,
// ending on a warm card. Every rule is stated in docs/DEALING.md next to the test that checks it.

#include "core/night/card_pool.hpp"
#include "core/text/random.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace kindling {

// How far the night has come: `done` out of `total` cards, or milliseconds out of the planned
// time. Compared as fractions with whole numbers so that no rounding differs between machines.
struct NightProgress {
    std::int64_t done = 0;
    std::int64_t total = 1;
};

// The depth the night aims for: the lowest level during the first quarter (warm-up), one deeper
// until three fifths, the deepest level after that.
int target_level(NightProgress progress, int lowest, int deepest);

// Whether the next card is the warm closing card: the last card of a night counted in cards, or
// the first card dealt once nine tenths of a timed night have passed. Never the first card.
bool is_closing_turn(NightProgress progress, LengthUnit unit, std::size_t cards_played);

// The levels to try for the next card, best first, given the levels played so far. Until the
// night's depth has first gone down, it may stay or rise by one level towards the target; deeper
// levels come next, then shallower ones (which start the way back). After the first step down
// the night never deepens again.
std::vector<int> level_preference(std::span<const int> played_levels, int target, int lowest,
                                  int deepest);

struct PlayedTraits {
    std::string theme;
    CardKind kind = CardKind::question;
    int level = 1;
};

struct GameNightDeal {
    std::span<const PoolCard> pool;
    std::span<const PlayedTraits> played;        // the night so far, in order
    std::function<bool(std::size_t)> eligible;   // not used tonight and within everyone's limits
    std::function<bool(std::size_t)> held_back;  // played in a recent night
    int min_level = kindling::min_level;
    int max_level = kindling::max_level;
    int target = kindling::min_level;
    bool closing = false;
};

// The index of the next card in the pool, or nothing when no eligible card is left.
std::optional<std::size_t> deal_game_night_card(const GameNightDeal& deal, Random& random);

// Kinds and themes that make a warm closing card.
bool is_warm_card(const Card& card);

}  // namespace kindling
