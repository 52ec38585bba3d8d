#pragma once
// The decks named on the command line (files or folders), each file with its own diagnostics, as
// the core's catalogue reads them (core/deck/deck_catalogue.hpp).

#include "core/deck/deck_catalogue.hpp"
#include "core/deck/deck_reader.hpp"
#include "core/deck/translation_reader.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace kindling::deck_tool {

struct LoadedDeck {
    std::filesystem::path path;
    // A deck; for a translation file, its diagnostics and whether it was read completely (the
    // deck stays empty).
    DeckReadResult result;
    // Set when the file is a translation. Its own diagnostics are moved into `result`.
    std::optional<TranslationReadResult> translation;

    [[nodiscard]] bool is_translation() const noexcept { return translation.has_value(); }
};

// Every deck file under the given paths, in order. A path that does not exist, or a folder
// without deck files, becomes a LoadedDeck whose result holds the error or the warning.
std::vector<LoadedDeck> load_decks(const std::vector<std::string>& paths,
                                   const DeckReadOptions& options = {});

// Problems between decks: the same deck id twice is an error, as in the game, which loads only
// the first. Added to the later deck's diagnostics. (Cards alike across decks: alike_cards.hpp.)
void check_across_decks(std::vector<LoadedDeck>& decks);

// Checks every translation against the decks loaded with it (see translation_checks.hpp): the
// base deck exists, the card ids are its ids, coverage, one translation per language.
void check_translations_across(std::vector<LoadedDeck>& decks);

}  // namespace kindling::deck_tool
