#pragma once
// `kindling-deck simulate`: a whole night dealt without players, for deck authors to see what a
// night with their decks looks like. The command-line tool only formats these lines.

#include "core/deck/deck.hpp"
#include "core/format/message.hpp"
#include "core/night/night_state.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace kindling {

struct SimulationOptions {
    std::vector<std::string> decks;  // ids; empty means every given deck
    std::uint64_t seed = 0;
    std::vector<std::string> players{"Player 1", "Player 2"};  // two: a couple; 3-8: party
    int cards = 20;
    std::string mode;                // empty: Game Night; else a deck mode's id
    // The table's limit; none: the game's own (private for two, company-safe at a party).
    std::optional<Intensity> intensity_limit;
    int seconds_per_card = 60;       // simulated time each card takes (matters for set budgets)
};

struct SimulatedTurn {
    int turn = 0;            // 1-based
    std::string reader;
    std::string answerer;    // "Sam", "Alex then Sam", "everyone"
    CardKind kind = CardKind::question;
    std::string theme;       // theme id
    int level = 1;
    std::string text;
    std::string set;         // a mode's set title, "closing" for a closing step, else empty
    std::size_t set_number = 0;  // 1-based for a mode's set (its title may be empty), else 0
};

struct Simulation {
    std::vector<SimulatedTurn> turns;
    std::vector<Message> problems;  // why no night could be simulated
    EndReason end_reason = EndReason::none;
};

// Plays a night through the night's flow (night_flow.hpp) as the game would set it up, with a
// scripted player who plays every card as dealt (no swaps, nobody's limits): two players are a
// couple dealt from the decks written for two, more a company-safe party unless a looser limit
// is given. `options.decks` empty means the game's default decks for the style.
Simulation simulate_night(std::span<const Deck> decks, const SimulationOptions& options);

}  // namespace kindling
