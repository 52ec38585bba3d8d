#pragma once
// Small decks for the editor's tests.

#include "model/editable_deck.hpp"

namespace kindling::editor::test_decks {

inline Card test_card(std::string id, CardKind kind, std::string text, int level = 1,
                      std::vector<std::string> tags = {}) {
    Card card;
    card.id = std::move(id);
    card.kind = kind;
    card.text = std::move(text);
    card.theme = "play";
    card.level = level;
    card.intensity = Intensity::company;
    card.answers = default_answerer(kind);
    card.tags = std::move(tags);
    return card;
}

// Five valid cards over three levels, two of them tagged.
inline Deck sample_deck() {
    Deck deck;
    deck.id = "sample";
    deck.title = "Sample";
    deck.language = "en";
    deck.theme = "play";
    deck.cards = {
        test_card("hum", CardKind::dare, "Hum the tune of your favourite advert until I guess it.", 1, {"music"}),
        test_card("moon", CardKind::question, "If you could rename the moon, what would you call it?", 1),
        test_card("hands", CardKind::gesture, "Hold hands and breathe slowly together.", 2, {"calm", "touch"}),
        test_card("future", CardKind::question, "Which small plan for next month makes you smile?", 2),
        test_card("thanks", CardKind::gratitude, "Thank me for something I did this week that nobody noticed.", 3),
    };
    return deck;
}

}  // namespace kindling::editor::test_decks
