#pragma once
// Reading and validating deck files: untrusted bytes in, a Deck and located diagnostics out.

#include "core/deck/deck.hpp"
#include "core/format/diagnostics.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace kindling {

struct DeckReadResult {
    // Best effort: filled with everything that could be read, also when there are errors (the
    // editor opens such decks to fix them). Only use it to play when `ok()`.
    Deck deck;
    std::vector<Diagnostic> diagnostics;
    // Where each card of `deck.cards` starts in the file.
    std::vector<SourcePosition> card_positions;
    bool read_completely = false;  // false when the YAML itself could not be read to the end

    [[nodiscard]] bool ok() const noexcept;
    [[nodiscard]] std::size_t error_count() const noexcept;
    [[nodiscard]] std::size_t warning_count() const noexcept;
};

struct DeckReadOptions {
    // Long texts and near-duplicate cards are warnings worth the time in lint and the editor.
    bool style_warnings = true;
};

// Texts longer than this many characters take more than about ten seconds to read aloud.
inline constexpr std::size_t comfortable_card_text_chars = 200;
// A write card's prompt stays on screen above everyone's answers, so it is shorter still.
inline constexpr std::size_t comfortable_write_prompt_chars = 120;
// The style warning for such a text: "this text is long to read aloud (N characters; ...)".
Message long_text_message(std::string_view text);

// Reads a deck from the bytes of a file. `file_name` is used in diagnostics.
DeckReadResult read_deck(std::string_view bytes, const std::string& file_name,
                         const DeckReadOptions& options = {});

namespace yaml { struct Node; }
// Validates a deck given as a YAML tree (used for decks built from other formats, like CSV).
DeckReadResult read_deck_tree(const yaml::Node& root, const std::string& file_name,
                              const DeckReadOptions& options = {});

// Reads a deck file from disk; unreadable files become a diagnostic too.
DeckReadResult read_deck_file(const std::filesystem::path& path, const DeckReadOptions& options = {});

}  // namespace kindling
