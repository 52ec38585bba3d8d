#include "deck_validation.hpp"

#include "deck_document.hpp"

#include "core/deck/deck_validation.hpp"
#include "core/deck/deck_writer.hpp"
#include "core/text/unicode.hpp"

#include <algorithm>

namespace kindling::editor {

std::string describe_card(const Deck& deck, std::size_t index) {
    std::string text = "card " + std::to_string(index + 1);
    if (index < deck.cards.size() && !unicode::is_blank(deck.cards[index].text)) {
        const std::string_view full = deck.cards[index].text;
        const std::string_view start = unicode::prefix_code_points(full, 32);
        text += " (\u201C" + std::string(start) + (start.size() < full.size() ? "\u2026" : "") + "\u201D)";
    }
    return text;
}

namespace {

// A problem of the core's as the editor shows it: on a card (by index in `editable`) or on a
// deck field, with the index of the theme for "themes.*" fields.
EditorDiagnostic editor_diagnostic(DeckProblem problem, const EditableDeck& editable) {
    EditorDiagnostic item;
    item.severity = problem.severity;
    item.message = english_words(problem.message);
    item.field = problem.field;
    if (problem.card >= 0 && static_cast<std::size_t>(problem.card) < editable.size()) {
        item.card = editable.key(static_cast<std::size_t>(problem.card));
        item.card_number = problem.card + 1;
    } else if (problem.field.starts_with("themes.")) {
        item.theme_index = problem.item;
    }
    item.problem = std::move(problem);
    return item;
}

ValidationReport report_of(std::vector<DeckProblem> problems, const EditableDeck& editable) {
    ValidationReport report;
    for (DeckProblem& problem : problems) {
        EditorDiagnostic item = editor_diagnostic(std::move(problem), editable);
        (item.severity == Severity::error ? report.errors : report.warnings)++;
        report.diagnostics.push_back(std::move(item));
    }
    return report;
}

}  // namespace

ValidationReport validate_deck(const EditableDeck& editable) { return report_of(validate(editable.deck()), editable); }

ValidationReport validate_translation(const EditableDeck& editable, const DeckTranslation& opened) {
    return report_of(validate(translation_to_write(opened, editable.deck())), editable);
}

bool ValidationReport::has_problems_for(CardKey card) const {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [&](const EditorDiagnostic& d) { return d.card == card; });
}

std::vector<const EditorDiagnostic*> ValidationReport::for_card(CardKey card, std::string_view field) const {
    std::vector<const EditorDiagnostic*> found;
    for (const EditorDiagnostic& d : diagnostics) {
        if (d.card == card && (field.empty() || d.field == field)) found.push_back(&d);
    }
    return found;
}

std::vector<const EditorDiagnostic*> ValidationReport::for_deck_field(std::string_view field) const {
    std::vector<const EditorDiagnostic*> found;
    for (const EditorDiagnostic& d : diagnostics) {
        if (!d.card && d.field == field) found.push_back(&d);
    }
    return found;
}

}  // namespace kindling::editor
