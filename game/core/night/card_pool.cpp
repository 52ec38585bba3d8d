#include "core/night/card_pool.hpp"

#include "core/deck/card_key.hpp"

#include <algorithm>

namespace kindling {

PoolCard make_pool_card(const Deck& deck, const Card& card) {
    PoolCard pooled{card, deck.id, card_key(deck.id, card), text_fingerprint(card.text), {}};
    const Theme* theme = find_theme(deck, card.theme);
    pooled.theme_title = theme != nullptr ? theme->title : card.theme;
    return pooled;
}

bool fits_table(const Card& card, const SessionSetup& setup) {
    if (card.intensity > setup.intensity_limit) return false;
    return !setup.apart || std::find(card.tags.begin(), card.tags.end(), apart_tag) != card.tags.end();
}

std::vector<PoolCard> game_night_pool(const SessionSetup& setup, std::span<const Deck> decks) {
    const auto chosen = [](const std::vector<std::string>& choices, const std::string& value) {
        return choices.empty() || std::find(choices.begin(), choices.end(), value) != choices.end();
    };
    std::vector<PoolCard> pool;
    for (const Deck& deck : decks) {
        if (!chosen(setup.decks, deck.id)) continue;
        // Follow-up prompts are never dealt: only "Dig deeper" offers them, after a card.
        if (deck.purpose == DeckPurpose::follow_up) continue;
        for (const Card& card : deck.cards) {
            if (!chosen(setup.themes, card.theme)) continue;
            if (card.level < setup.min_level || card.level > setup.max_level) continue;
            if (!fits_table(card, setup)) continue;
            pool.push_back(make_pool_card(deck, card));
        }
    }
    return pool;
}

}  // namespace kindling
