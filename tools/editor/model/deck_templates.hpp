#pragma once
// Starting points for new decks.

#include "core/deck/deck.hpp"

#include <string>
#include <vector>

namespace kindling::editor {

struct DeckTemplate {
    std::string name;
    std::string description;
    Deck (*make)();
};

const std::vector<DeckTemplate>& deck_templates();

// A new deck from a template with the user's title; the id is derived from the title.
Deck deck_from_template(const DeckTemplate& deck_template, const std::string& title);

// "Anna's 30th: Memories!" -> "anna-s-30th-memories": a valid deck id, "my-deck" when nothing is left.
std::string slug_from_title(std::string_view title);

}  // namespace kindling::editor
