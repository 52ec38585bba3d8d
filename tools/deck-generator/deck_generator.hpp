#pragma once
// Seeded random decks for round-trip tests, fuzzing seeds and benchmarks. The texts mix the
// things that break naive YAML writers: emoji, right-to-left scripts, quotes, `#`, `: `, words
// YAML reads as null or booleans, leading and trailing spaces, backslashes and line breaks.

#include "core/deck/deck.hpp"

#include <cstdint>
#include <random>

namespace kindling::testing {

struct DeckShape {
    std::size_t cards = 50;
    bool tricky_text = true;      // false: plain English sentences, like real decks
    std::size_t min_words = 6;
    std::size_t max_words = 30;
};

Deck random_deck(std::uint64_t seed, const DeckShape& shape = {});

}  // namespace kindling::testing
