#pragma once
// Counting cards by kind, theme, level and intensity, for `kindling-deck stats` and the editor.

#include "core/deck/deck.hpp"

#include <cstddef>
#include <map>
#include <span>
#include <string>

namespace kindling {

struct DeckStats {
    std::size_t decks = 0;
    std::size_t cards = 0;
    std::size_t with_timer = 0;
    std::map<std::string, std::size_t> by_kind;       // every kind listed, also when 0
    std::map<std::string, std::size_t> by_theme;      // "" for cards without a theme
    std::map<int, std::size_t> by_level;              // every level listed, also when 0
    std::map<std::string, std::size_t> by_intensity;  // every intensity listed, also when 0
    std::map<std::string, std::size_t> by_answers;

    void add(const Deck& deck);
};

DeckStats count_cards(std::span<const Deck> decks);

}  // namespace kindling
