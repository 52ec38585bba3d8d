#pragma once
// The game's name for the core's deck catalogue (core/deck/deck_catalogue.hpp): the decks a night
// can be dealt from, in the players' language. Everything about finding and reading them is there.

#include "core/deck/deck_catalogue.hpp"

#include <filesystem>
#include <vector>

namespace kindling::app {

using DeckLibrary = DeckCatalogue;

inline DeckLibrary load_deck_library(const std::vector<std::filesystem::path>& extra_paths, bool include_builtin = true,
                                     const std::filesystem::path& user_folder = {}) {
    return load_deck_catalogue(extra_paths, include_builtin, user_folder);
}

}  // namespace kindling::app
