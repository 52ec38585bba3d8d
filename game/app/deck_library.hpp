#pragma once
// The decks a night can be dealt from: the built-in ones and any given with --deck. A deck
// with errors is left out and its problems are kept for the players (and printed), never fatal.

#include "core/deck.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace kindling::app {

struct DeckLibrary {
    std::vector<Deck> decks;
    std::vector<std::string> problems;  // "FILE:LINE:COL: error: MESSAGE" lines
    std::size_t rejected_files = 0;

    [[nodiscard]] const Deck* find(std::string_view id) const;
    // The theme a card of `deck_id` uses, from that deck's own themes or the built-in ones.
    [[nodiscard]] const Theme* theme(std::string_view deck_id, std::string_view theme_id) const;
};

DeckLibrary load_deck_library(const std::vector<std::filesystem::path>& extra_paths, bool include_builtin = true);

}  // namespace kindling::app
