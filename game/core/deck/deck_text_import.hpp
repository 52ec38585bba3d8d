#pragma once
// Decks from plain text, for a list typed in a chat or a notes app: one card per line,
// "# Theme" lines for themes, "1:" / "2:" / "3:" before a card for its depth, blank lines
// ignored. The result is checked by the same rules as a deck file, located in the text.

#include "core/deck/deck.hpp"
#include "core/deck/deck_reader.hpp"

#include <filesystem>
#include <string>
#include <string_view>

namespace kindling {

// Builds a deck from plain text; the deck's own fields (id, title, language, ...) come from
// `header`. Cards are questions; their theme is the last "# Theme" line above them (a built-in
// theme when its title or id matches, any case; otherwise a theme the deck declares), their
// depth 1 unless the line starts with a depth. Every problem names its line and column.
DeckReadResult deck_from_text(std::string_view text, const std::string& file_name, const DeckHeader& header,
                              const DeckReadOptions& options = {});

// The id and title an imported deck gets from its file's name: "Anna's wedding.txt" gives the
// id "anna-s-wedding" and the title "Anna's wedding"; the id is empty when the name has no
// letter or digit a to z, 0 to 9.
DeckHeader header_from_file_name(const std::filesystem::path& text_file);

// Where an imported deck goes by default: next to the text, ".yaml" in place of its extension.
std::filesystem::path imported_deck_path(const std::filesystem::path& text_file);

// A slug of `text`: lowercase ASCII letters and digits, every other run of characters one "-";
// at most `max_chars` long; empty when nothing is left.
std::string slug_of(std::string_view text, std::size_t max_chars = 64);

}  // namespace kindling
