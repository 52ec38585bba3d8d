#pragma once
// Reading the decks named on the command line (files or folders) with their diagnostics.

#include "core/deck_reader.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace kindling::deck_tool {

struct LoadedDeck {
    std::filesystem::path path;
    DeckReadResult result;
};

// Every deck file under the given paths, in order. A path that does not exist becomes a
// LoadedDeck whose result holds the error.
std::vector<LoadedDeck> load_decks(const std::vector<std::string>& paths,
                                   const DeckReadOptions& options = {});

// Warnings about problems between decks: the same deck id twice, and near-duplicate cards in
// different decks. Added to the later deck's diagnostics.
void check_across_decks(std::vector<LoadedDeck>& decks);

}  // namespace kindling::deck_tool
