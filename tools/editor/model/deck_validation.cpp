#include "deck_validation.hpp"

#include "deck_document.hpp"

#include "core/deck_reader.hpp"
#include "core/deck_writer.hpp"
#include "core/translation_reader.hpp"
#include "core/unicode.hpp"

#include <algorithm>
#include <regex>

namespace kindling::editor {

namespace {

struct LineOwner {
    std::string field;
    int theme_index = -1;
};

// Which deck field each line of the canonical text holds: top-level keys start at column 1,
// theme entries are "  - id:" followed by "    key:" lines.
std::vector<LineOwner> deck_fields_by_line(std::string_view text) {
    std::vector<LineOwner> owners{{}};  // line numbers are 1-based
    std::string top_key;
    int theme_index = -1;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        const std::string_view line = text.substr(start, end - start);
        LineOwner owner;
        if (!line.empty() && line[0] != ' ' && line[0] != '#') {
            top_key = std::string(line.substr(0, line.find(':')));
            theme_index = -1;
            owner.field = top_key;
        } else if (top_key == "themes") {
            if (line.starts_with("  - ")) ++theme_index;
            const std::string_view entry = unicode::trim(line.substr(std::min<std::size_t>(4, line.size())));
            owner.field = "themes." + std::string(entry.substr(0, entry.find(':')));
            owner.theme_index = theme_index;
        } else {
            owner.field = top_key;
        }
        owners.push_back(std::move(owner));
        start = end + 1;
    }
    return owners;
}

std::size_t card_at_line(const std::vector<SourcePosition>& starts, int line) {
    const auto after = std::upper_bound(starts.begin(), starts.end(), line,
                                        [](int value, const SourcePosition& p) { return value < p.line; });
    return after == starts.begin() ? 0 : static_cast<std::size_t>(after - starts.begin() - 1);
}

// The reader names other places by line of the text it read; here that text is the editor's own
// canonical rendering, so lines become cards or themes people can find.
std::string humanise_message(std::string message, const Deck& deck, const DeckReadResult& result,
                             const std::vector<LineOwner>& owners) {
    static const std::regex at_line(R"((at|used at) line (\d+))");
    std::smatch match;
    if (!std::regex_search(message, match, at_line)) return message;
    const int line = std::stoi(match[2].str());
    std::string replacement;
    const auto line_index = static_cast<std::size_t>(line);
    if (line_index < owners.size() && owners[line_index].theme_index >= 0) {
        replacement = match[1].str() + " theme " + std::to_string(owners[line_index].theme_index + 1);
    } else if (!result.card_positions.empty() && line >= result.card_positions.front().line) {
        replacement = match[1].str() + " " + describe_card(deck, card_at_line(result.card_positions, line));
    } else {
        return message;
    }
    return message.replace(static_cast<std::size_t>(match.position(0)), static_cast<std::size_t>(match.length(0)),
                           replacement);
}

}  // namespace

std::string describe_card(const Deck& deck, std::size_t index) {
    std::string text = "card " + std::to_string(index + 1);
    if (index < deck.cards.size() && !unicode::is_blank(deck.cards[index].text)) {
        const std::string_view full = deck.cards[index].text;
        const std::string_view start = unicode::prefix_code_points(full, 32);
        text += " (\u201C" + std::string(start) + (start.size() < full.size() ? "\u2026" : "") + "\u201D)";
    }
    return text;
}

ValidationReport validate_deck(const EditableDeck& editable) {
    const Deck& deck = editable.deck();
    DeckWriteOptions write_options;
    write_options.schema_line.clear();
    const std::string text = write_deck(deck, write_options);
    const DeckReadResult result = read_deck(text, deck.id.empty() ? "deck" : deck.id);
    const std::vector<LineOwner> owners = deck_fields_by_line(text);

    ValidationReport report;
    for (const Diagnostic& diagnostic : result.diagnostics) {
        EditorDiagnostic item;
        item.severity = diagnostic.severity;
        item.message = humanise_message(diagnostic.message, deck, result, owners);
        if (diagnostic.card_index >= 0 && static_cast<std::size_t>(diagnostic.card_index) < editable.size()) {
            const auto index = static_cast<std::size_t>(diagnostic.card_index);
            item.card = editable.key(index);
            item.card_number = diagnostic.card_index + 1;
            item.field = diagnostic.field;
        } else if (const auto line = static_cast<std::size_t>(std::max(diagnostic.position.line, 0));
                   line > 0 && line < owners.size()) {
            item.field = owners[line].field;
            item.theme_index = owners[line].theme_index;
            // A problem inside a card the reader did not tag still belongs to that card.
            if (item.field == "cards" && !result.card_positions.empty() &&
                diagnostic.position.line >= result.card_positions.front().line) {
                const std::size_t index = card_at_line(result.card_positions, diagnostic.position.line);
                if (index < editable.size()) {
                    item.card = editable.key(index);
                    item.card_number = static_cast<int>(index) + 1;
                    item.field.clear();
                }
            }
        }
        (item.severity == Severity::error ? report.errors : report.warnings)++;
        report.diagnostics.push_back(std::move(item));
    }
    return report;
}

ValidationReport validate_translation(const EditableDeck& editable, const DeckTranslation& opened) {
    DeckWriteOptions write_options;
    write_options.schema_line.clear();
    const DeckTranslation translation = translation_to_write(opened, editable.deck());
    const std::string text = write_deck_translation(translation, write_options);
    const TranslationReadResult result = read_deck_translation(text, translation.id.empty() ? "translation" : translation.id);
    ValidationReport report;
    for (const Diagnostic& diagnostic : result.diagnostics) {
        EditorDiagnostic item;
        item.severity = diagnostic.severity;
        item.message = diagnostic.message;
        item.field = diagnostic.field;
        if (diagnostic.card_index >= 0 && static_cast<std::size_t>(diagnostic.card_index) < editable.size()) {
            const auto index = static_cast<std::size_t>(diagnostic.card_index);
            item.card = editable.key(index);
            item.card_number = diagnostic.card_index + 1;
        }
        (item.severity == Severity::error ? report.errors : report.warnings)++;
        report.diagnostics.push_back(std::move(item));
    }
    return report;
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
