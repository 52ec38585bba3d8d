#pragma once
// Which cards the table shows and in what order: filters by kind, theme, level, intensity, tag
// and text, and sorting by any column. The deck itself is never reordered by this.

#include "editable_deck.hpp"

#include <optional>
#include <string>
#include <vector>

namespace kindling::editor {

struct CardFilter {
    std::optional<CardKind> kind;
    std::optional<std::string> theme;  // "" matches cards without a theme
    std::optional<int> level;
    std::optional<Intensity> intensity;
    std::optional<std::string> tag;
    std::string search;  // words that must all appear in the text, id, tags or note (any case)
    [[nodiscard]] bool active() const noexcept;
    [[nodiscard]] bool matches(const Card& card) const;
};

enum class CardColumn { position, id, kind, text, theme, level, intensity, answers, timer, tags };

struct CardSort {
    CardColumn column = CardColumn::position;
    bool descending = false;
};

// Indices into the deck of the cards that pass the filter, in sorted order. Sorting is stable,
// so equal values keep their deck order.
std::vector<std::size_t> query_cards(const Deck& deck, const CardFilter& filter, const CardSort& sort);

// Every tag used in the deck, sorted, for the tag filter and bulk tag removal.
std::vector<std::string> tags_in(const Deck& deck);

// Lowercase for ASCII and the common accented Latin letters, so "Ärger" finds "ärger".
std::string fold_case(std::string_view text);

}  // namespace kindling::editor
