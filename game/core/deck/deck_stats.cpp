#include "core/deck/deck_stats.hpp"

namespace kindling {

void DeckStats::add(const Deck& deck) {
    if (decks == 0 && cards == 0) {
        for (CardKind kind : all_card_kinds) by_kind[std::string(to_string(kind))] = 0;
        for (int level = min_level; level <= max_level; ++level) by_level[level] = 0;
        for (Intensity intensity : all_intensities) by_intensity[std::string(to_string(intensity))] = 0;
        for (Answerer answerer : all_answerers) by_answers[std::string(to_string(answerer))] = 0;
    }
    ++decks;
    for (const Card& card : deck.cards) {
        ++cards;
        if (card.timer_seconds) ++with_timer;
        ++by_kind[std::string(to_string(card.kind))];
        ++by_theme[card.theme];
        ++by_level[card.level];
        ++by_intensity[std::string(to_string(card.intensity))];
        ++by_answers[std::string(to_string(card.answers))];
    }
}

DeckStats count_cards(std::span<const Deck> decks) {
    DeckStats stats;
    for (const Deck& deck : decks) stats.add(deck);
    return stats;
}

}  // namespace kindling
