#pragma once
// Reading and validating deck translation files (data/decks/README.md, "Translations"), and
// telling them apart from decks.

#include "core/deck/deck_reader.hpp"
#include "core/deck/deck_translation.hpp"
#include "core/format/diagnostics.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace kindling {

struct TranslationReadResult {
    std::string file;  // the name diagnostics use
    // Best effort, like DeckReadResult::deck: only use it when `ok()`.
    DeckTranslation translation;
    std::vector<Diagnostic> diagnostics;
    // Where things are, for the checks against the base deck (translation_checks.hpp).
    std::vector<SourcePosition> card_positions;     // each card of `translation.cards`
    std::vector<SourcePosition> card_id_positions;  // each card's id value
    std::vector<SourcePosition> theme_id_positions; // each theme of `translation.themes`
    SourcePosition translation_of_position;
    SourcePosition language_position;
    SourcePosition cards_position;
    SourcePosition mode_position;                    // the `mode` mapping
    std::vector<SourcePosition> set_positions;       // each set of `mode.sets`
    SourcePosition closing_position;                 // `mode.closing`
    bool read_completely = false;

    [[nodiscard]] bool ok() const noexcept;
    [[nodiscard]] std::size_t error_count() const noexcept;
    [[nodiscard]] std::size_t warning_count() const noexcept;
};

// Whether a deck file's text is a translation: it has a top-level `translation_of:` line (the
// README asks for it on a line of its own; a deck that hides it in flow style is told so).
bool is_translation_text(std::string_view bytes);

TranslationReadResult read_deck_translation(std::string_view bytes, const std::string& file_name,
                                            const DeckReadOptions& options = {});
TranslationReadResult read_deck_translation_file(const std::filesystem::path& path,
                                                 const DeckReadOptions& options = {});

// A deck file of either sort, for the places that list a folder of decks.
struct DeckFileRead {
    bool is_translation = false;
    DeckReadResult deck;                // when !is_translation
    TranslationReadResult translation;  // when is_translation

    [[nodiscard]] const std::vector<Diagnostic>& diagnostics() const noexcept;
    [[nodiscard]] bool ok() const noexcept;
    [[nodiscard]] std::size_t error_count() const noexcept;
};
DeckFileRead read_deck_or_translation(std::string_view bytes, const std::string& file_name,
                                      const DeckReadOptions& options = {});
DeckFileRead read_deck_or_translation_file(const std::filesystem::path& path,
                                           const DeckReadOptions& options = {});

}  // namespace kindling
