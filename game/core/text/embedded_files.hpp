#pragma once
// Files compiled into the programs (see cmake/EmbedFiles.cmake).

#include <span>
#include <string_view>

namespace kindling {

struct EmbeddedFile {
    std::string_view path;   // relative to its data folder, e.g. "inner-world.yaml"
    std::string_view bytes;
};

// The built-in decks as they were in data/decks when the program was built.
std::span<const EmbeddedFile> embedded_decks();
// The game's words (data/strings/*.yaml) and colour themes (data/themes/*.yaml).
std::span<const EmbeddedFile> embedded_strings();
std::span<const EmbeddedFile> embedded_themes();

}  // namespace kindling
