#pragma once
// Decks as spreadsheets: one row per card, columns described in data/decks/README.md.

#include "core/deck/deck.hpp"
#include "core/deck/deck_reader.hpp"

#include <array>
#include <string>
#include <string_view>

namespace kindling {

inline constexpr std::array<std::string_view, 10> deck_csv_columns{
    "id", "kind", "text", "theme", "level", "intensity", "answers", "timer", "tags", "note"};

// The cards of a deck as CSV text with a header row; tags are joined with "; ".
std::string deck_to_csv(const Deck& deck);

// Builds a deck from CSV text: deck fields (id, title, theme, ...) come from `deck_fields`, cards
// from the rows. Every cell is checked by the same rules as a deck file; messages point at the
// cell's line and column in the CSV file.
DeckReadResult deck_from_csv(std::string_view csv_text, const std::string& file_name,
                             const Deck& deck_fields, const DeckReadOptions& options = {});

}  // namespace kindling
