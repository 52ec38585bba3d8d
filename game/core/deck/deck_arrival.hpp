#pragma once
// Decks that arrive from elsewhere (dropped on the game's window, opened from the file manager):
// what each file holds, checked against the decks already there, and copying the good ones into
// the player's own decks folder. A file with errors is never copied, and nothing already in the
// folder is ever replaced.

#include "core/deck/deck_catalogue.hpp"
#include "core/format/diagnostics.hpp"

#include <filesystem>
#include <span>
#include <string>
#include <vector>

namespace kindling {

enum class ArrivalStatus {
    ready,          // a good deck (or translation) that is new here: it can be added
    already_there,  // the same deck (same id, same code) is already among the decks
    broken,         // errors, or another deck already has its id: it is not added
};

struct ArrivingDeck {
    std::filesystem::path file;
    ArrivalStatus status = ArrivalStatus::broken;
    bool is_translation = false;
    std::string id;
    std::string title;
    std::string code;       // deck_code.hpp; empty for a translation or a broken file
    std::size_t cards = 0;
    // Why it is broken (errors first, each with its file, line and column), or its warnings.
    std::vector<Diagnostic> problems;
};

// Every deck file the paths lead to (a folder: each *.yaml and *.yml in it), in order, checked
// as the game reads decks and against the ones in `catalogue`. A path with no deck file at all
// becomes one broken entry that says so.
std::vector<ArrivingDeck> check_arriving_decks(std::span<const std::filesystem::path> paths,
                                               const DeckCatalogue& catalogue);

struct AddedDecks {
    std::vector<std::filesystem::path> written;  // the new files in the decks folder
    std::vector<Diagnostic> failures;            // files that could not be written
};

// Copies the `ready` decks, byte for byte, into `user_folder` (made when missing) under their own
// file names, or "NAME-2.yaml" and so on when a file of that name is already there.
AddedDecks add_arriving_decks(std::span<const ArrivingDeck> decks, const std::filesystem::path& user_folder);

}  // namespace kindling
