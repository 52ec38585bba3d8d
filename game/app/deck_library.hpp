#pragma once
// The decks a night can be dealt from: the built-in ones and any given with --deck. A deck
// with errors is left out and its problems are kept for the players (and printed), never fatal.
// A damaged built-in deck in the data folder is replaced by the copy built into the program, so
// a night can always be dealt.

#include "core/data_paths.hpp"
#include "core/deck.hpp"

#include <filesystem>
#include <span>
#include <string>
#include <vector>

namespace kindling::app {

struct DeckLibrary {
    std::vector<Deck> decks;
    std::vector<std::string> problems;  // "FILE:LINE:COL: error: MESSAGE" lines
    std::size_t rejected_files = 0;
    // Built-in decks whose data-folder file could not be read and whose built-in copy is dealt.
    std::vector<std::string> replaced_builtin_files;

    [[nodiscard]] const Deck* find(std::string_view id) const;
    // The theme a card of `deck_id` uses, from that deck's own themes or the built-in ones.
    [[nodiscard]] const Theme* theme(std::string_view deck_id, std::string_view theme_id) const;
};

// Built-in decks first, then the decks in `user_folder` (the player's own, e.g. written with the
// editor; skipped when empty or absent), then `extra_paths` (files or folders from --deck).
DeckLibrary load_deck_library(const std::vector<std::filesystem::path>& extra_paths, bool include_builtin = true,
                              const std::filesystem::path& user_folder = {});

// Where the player's own decks live: $XDG_DATA_HOME/kindling/decks (the editor saves there).
std::filesystem::path user_decks_folder();

// The built-in part of the above from given sources (the data folder's files, or the embedded
// copies): a source that fails is replaced by the embedded file of the same name when there is
// one, and its problems are still reported.
void add_builtin_decks(DeckLibrary& library, const std::vector<DeckSource>& sources,
                       std::span<const EmbeddedFile> embedded);

}  // namespace kindling::app
