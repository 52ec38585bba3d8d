#pragma once
// The decks the library panel lists: the user's own (editable) and Kindling's built-in ones, read
// through the core's catalogue (core/deck/deck_catalogue.hpp); what is the editor's own here is the
// one line per file the panel shows and which built-in source a line opens.

#include "core/format/data_paths.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace kindling::editor {

struct LibraryEntry {
    std::filesystem::path path;  // for built-in decks, the name used in messages
    std::string title;           // the deck's title, else its file name
    std::string id;
    std::size_t cards = 0;
    std::size_t errors = 0;
    bool built_in = false;
    std::size_t built_in_index = 0;  // into builtin_deck_sources()
};

struct DeckLibrary {
    std::vector<LibraryEntry> user_decks;
    std::vector<LibraryEntry> built_in_decks;
    std::vector<DeckSource> built_in_sources;
};

std::vector<LibraryEntry> scan_user_decks(const std::filesystem::path& folder);
DeckLibrary scan_library(const std::filesystem::path& user_decks_folder);

}  // namespace kindling::editor
