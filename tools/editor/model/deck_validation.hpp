#pragma once
// Validating the deck being edited with exactly the rules of `kindling-deck lint`: the core
// validates the deck in memory (core/deck/deck_validation.hpp), and every problem names the card and
// field (or the deck field) the editor jumps to.

#include "editable_deck.hpp"

#include "core/deck/deck_translation.hpp"
#include "core/deck/deck_validation.hpp"
#include "core/format/diagnostics.hpp"

#include <string>
#include <vector>

namespace kindling::editor {

struct EditorDiagnostic {
    Severity severity = Severity::error;
    std::string message;
    // The card it is about, or none for the deck as a whole.
    std::optional<CardKey> card;
    int card_number = 0;  // 1-based position of that card, for people
    // The card field ("text", "level"), or the deck field ("title", "themes") when `card` is
    // empty; "" when the problem is not about one field.
    std::string field;
    int theme_index = -1;  // for deck fields inside "themes"
    // The problem as the core reported it (code, arguments, card, field), for a deck.
    std::optional<DeckProblem> problem;
};

struct ValidationReport {
    std::vector<EditorDiagnostic> diagnostics;
    std::size_t errors = 0;
    std::size_t warnings = 0;
    [[nodiscard]] bool has_problems_for(CardKey card) const;
    [[nodiscard]] std::vector<const EditorDiagnostic*> for_card(CardKey card, std::string_view field = {}) const;
    [[nodiscard]] std::vector<const EditorDiagnostic*> for_deck_field(std::string_view field) const;
};

ValidationReport validate_deck(const EditableDeck& deck);
// The same for a translation file being edited: its cards are checked by the translation rules
// (data/decks/README.md, "Translations"), as `kindling-deck lint` would check the saved file.
ValidationReport validate_translation(const EditableDeck& deck, const DeckTranslation& opened);

// "card 12 (“What is a dream…”)" for messages.
std::string describe_card(const Deck& deck, std::size_t index);

}  // namespace kindling::editor
