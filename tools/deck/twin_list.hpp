#pragma once
// The allow-list of cards meant to be alike (`kindling-deck lint --twins FILE`): pairs of cards
// the likeness check leaves alone, each with the reason it is meant. The format is plain text,
// one pair a line, so it can sit beside any decks without being taken for one:
//
//     # comment
//     closeness/head-on-shoulder closeness/head-in-lap -- two resting poses, dealt far apart
//
// Cards are named DECK-ID/CARD-ID; the reason after "--" is required.

#include "core/format/diagnostics.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace kindling::deck_tool {

struct TwinPair {
    std::string first;   // "deck/card"
    std::string second;
    std::string reason;
    SourcePosition position;  // of the line, for reporting an entry that names no card
};

struct TwinList {
    std::filesystem::path file;  // empty when none was given
    std::vector<TwinPair> pairs;
    std::vector<Diagnostic> diagnostics;

    // Whether the two cards (in either order) are listed.
    [[nodiscard]] bool allows(const std::string& one, const std::string& other) const;
};

TwinList parse_twin_list(const std::string& text, const std::filesystem::path& file);
// Reads the file; a missing or unreadable file is an error in the result.
TwinList read_twin_list(const std::filesystem::path& file);

}  // namespace kindling::deck_tool
