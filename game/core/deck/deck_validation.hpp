#pragma once
// The rules of the deck format about values, checked on the in-memory deck: the limits of the
// field descriptions (record_fields), unique ids, themes that exist, the cards a play mode
// names, and the style warnings. Reading (deck_reader) checks the shape of the file, then
// validates what it read, so kindling-deck, the game and the editor apply the same rules.
// Problems are data: a code with arguments (message.hpp), and the card and field they are about.

#include "core/deck/deck.hpp"
#include "core/deck/deck_translation.hpp"
#include "core/format/diagnostics.hpp"
#include "core/format/message.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kindling {

struct DeckProblem {
    Severity severity = Severity::error;
    Message message;
    int card = -1;      // index in deck.cards; -1 when the problem is about the deck
    std::string field;  // the card's field, or the deck's ("title", "themes", "mode"); "" for a whole card
    int item = -1;      // within a list field: the theme of "themes", the tag of "tags"
    SourcePosition position;  // where the file had it, when the deck was read from one
    friend bool operator==(const DeckProblem&, const DeckProblem&) = default;
};

// Where the values of a deck were in its file: card index (-1: the deck) + field (+ item of a
// list field) -> position. A field is recorded when its value was read with the right type, so
// the rules about values apply to exactly those; "" is the card's own start.
class DeckPositions {
public:
    void set(int card, std::string_view field, SourcePosition position, int item = -1);
    [[nodiscard]] std::optional<SourcePosition> find(int card, std::string_view field, int item = -1) const;

private:
    struct Entry {
        int card;
        int item;
        std::string field;
        SourcePosition position;
    };
    std::vector<Entry> deck_entries_;  // the deck's own fields (card -1)
    std::vector<Entry> card_entries_;  // in reading order, so sorted by card
};

struct DeckValidationOptions {
    bool style_warnings = true;  // long texts and near-duplicate cards
    bool near_duplicates = true; // with style_warnings: compare the cards' texts
};

// Every problem of `deck`, in the order of the deck. With `positions` (a deck read from a file)
// each problem carries its position and names other places by line; without, by card number.
std::vector<DeckProblem> validate(const Deck& deck, const DeckPositions* positions = nullptr,
                                  const DeckValidationOptions& options = {});

// The same for the contents of a translation file (data/decks/README.md, "Translations"):
// "themes.id" and the like with the theme's index, "mode.title", "mode.sets.title" with the
// set's index, "mode.closing.text", and per card "id", "text", "note". The checks against its
// base deck are translation_checks'.
std::vector<DeckProblem> validate(const DeckTranslation& translation, const DeckPositions* positions = nullptr,
                                  const DeckValidationOptions& options = {});

// The problem as a located diagnostic of `file`.
Diagnostic to_diagnostic(const DeckProblem& problem, const std::string& file);

}  // namespace kindling
