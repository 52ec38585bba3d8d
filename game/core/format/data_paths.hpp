#pragma once
// Where Kindling's files live: its own data (decks, strings, schema) and the user's XDG folders.

#include "core/text/embedded_files.hpp"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace kindling {

// The folder holding Kindling's data (decks/, schema/, ...): $KINDLING_DATA_DIR when set, next
// to the program in a build tree (build/bin/../../data), or under the install prefix
// (bin/../share/kindling). Empty when none exists; the programs then use the copies of decks,
// strings and themes built into them. No path of the machine that built a program is compiled
// into it, so an installed program never reads a source tree.
std::filesystem::path find_data_directory();

// XDG base directories for Kindling (created on demand by whoever writes there):
// $XDG_CONFIG_HOME/kindling, $XDG_DATA_HOME/kindling, $XDG_STATE_HOME/kindling, falling back
// to ~/.config, ~/.local/share and ~/.local/state.
std::filesystem::path user_config_directory();
std::filesystem::path user_data_directory();
std::filesystem::path user_state_directory();

// The most bytes read of one data file (a deck, a translation, strings, a theme, a saved
// night): 4 MiB, see the format reference in data/decks/README.md for why.
inline constexpr std::size_t max_data_file_bytes = 4u * 1024u * 1024u;

// One deck file's bytes and the name used in messages.
struct DeckSource {
    std::string name;
    std::string bytes;
    bool embedded = false;  // true when read from the copy built into the program
};

// The built-in decks: from the data folder when it has them, otherwise the embedded copy.
std::vector<DeckSource> builtin_deck_sources();

// Other built-in data files, by folder: "strings" or "themes". Each file comes from the data
// folder when it is there (so edits show at once), otherwise from the embedded copy.
std::vector<DeckSource> builtin_data_files(std::string_view folder);
// One of them by file name, e.g. ("strings", "de.yaml"); nothing when there is no such file.
std::optional<DeckSource> builtin_data_file(std::string_view folder, std::string_view file_name);

// Deck files (*.yaml, *.yml) in a folder and its subfolders, sorted by path; a file is itself.
std::vector<std::filesystem::path> deck_files_in(const std::filesystem::path& path);

}  // namespace kindling
