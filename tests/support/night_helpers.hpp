#pragma once
// Small hand-made decks and set-ups for the dealing and session tests.

#include "core/deck/card_key.hpp"
#include "core/deck/deck.hpp"
#include "core/session/session.hpp"

#include <string>
#include <vector>

namespace kindling::testing {

inline Card card(std::string id, CardKind kind, std::string theme, int level,
                 Intensity intensity = Intensity::company, std::optional<Answerer> answers = {}) {
    Card made;
    made.id = std::move(id);
    made.kind = kind;
    made.text = "Card " + made.id + "?";
    made.theme = std::move(theme);
    made.level = level;
    made.intensity = intensity;
    made.answers = answers ? *answers : default_answerer(kind);
    return made;
}

inline Deck deck(std::string id, std::vector<Card> cards) {
    Deck made;
    made.id = std::move(id);
    made.title = "Deck " + made.id;
    made.cards = std::move(cards);
    return made;
}

// `per_theme` cards of each theme at every level, kinds cycling, all `company`.
inline Deck generous_deck(std::string id, const std::vector<std::string>& themes, int per_theme) {
    std::vector<Card> cards;
    for (const std::string& theme : themes) {
        for (int level = 1; level <= 3; ++level) {
            for (int i = 0; i < per_theme; ++i) {
                const CardKind kind = all_card_kinds[static_cast<std::size_t>(i + level) % 4];
                cards.push_back(card(theme + "-" + std::to_string(level) + "-" + std::to_string(i), kind,
                                     theme, level));
            }
        }
    }
    return deck(std::move(id), std::move(cards));
}

inline SessionSetup couple(int cards, std::uint64_t seed = 1) {
    SessionSetup setup = default_setup(PlayStyle::couple, {"Alex", "Sam"});
    setup.length = {LengthUnit::cards, cards};
    setup.seed = seed;
    return setup;
}

inline std::string key_of(const CardView& view) {
    Card shown;
    shown.id = view.card_id;
    shown.text = view.text;
    return card_key(view.deck_id, shown);
}

}  // namespace kindling::testing
