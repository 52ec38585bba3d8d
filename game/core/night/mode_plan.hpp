#pragma once
// A deck's play mode turned into a plan for one night: which cards each set deals, in which
// order, who reads first and what closes the night. The plan depends only on the mode, its deck,
// the seed and the number of seats, so a resumed night rebuilds exactly the same plan.

#include "core/night/card_pool.hpp"
#include "core/deck/deck.hpp"
#include "core/deck/play_mode.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace kindling {

struct ModePlan {
    PlayMode mode;
    std::string deck_id;
    std::vector<PoolCard> pool;                  // every card the plan may deal
    std::vector<std::vector<std::size_t>> sets;  // pool indexes of each set, in dealing order
    std::optional<std::size_t> closing;          // pool index of the closing card
    std::optional<TimerRange> closing_timer;
    std::size_t first_reader = 0;                // seat index
};

// A mode the players can choose: Game Night (mode id "game-night", no deck) or a deck's mode.
struct ModeChoice {
    std::string id;
    std::string title;
    std::string description;
    std::string deck_id;  // empty for Game Night
};

// Game Night first, then every deck's mode in deck order (a later deck declaring an id already
// seen is left out). A deck with the id `closeness-ladder` that declares no mode gets the
// built-in Closeness Ladder.
std::vector<ModeChoice> available_modes(std::span<const Deck> decks);

// The mode with this id among the decks, with its deck; nothing for Game Night or unknown ids.
struct FoundMode {
    PlayMode mode;
    const Deck* deck = nullptr;
};
std::optional<FoundMode> find_mode(std::span<const Deck> decks, std::string_view mode_id);

// The built-in Closeness Ladder (Aron et al., 1997): three sets of twelve cards of the deck
// `closeness-ladder` in fixed order, the reader alternating every card and speaking first, both
// answering, a soft 15-minute budget per set, and an optional closing gaze of 2-4 minutes.
const PlayMode& closeness_ladder_mode();
inline constexpr std::string_view closeness_ladder_deck_id = "closeness-ladder";

ModePlan plan_mode(const PlayMode& mode, const Deck& deck, std::uint64_t seed, std::size_t seat_count);

}  // namespace kindling
