#pragma once
// Who answers a card, worded by what the card asks for: a question is answered, a gesture or a
// dare is done (together, when it is for two), a guess is guessed (and at a party the reader,
// who knows the answer, confirms it), a vote is cast by everyone. The front end turns the
// wording into words with UiStrings: `key` names a string under `card.who`, with {name} and
// {other} filled from the wording. Pure: no SDL.

#include "core/deck/deck.hpp"
#include "core/night/party_rules.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace kindling {

struct TurnView;

struct TurnWording {
    std::string key;    // e.g. "card.who.together"; empty when nobody is named
    std::string name;   // who answers (or starts, or guesses)
    std::string other;  // a second person: the pair's other half, the reader who confirms
};

// A couple's card: `turn` as the session shows it.
TurnWording couple_turn_wording(CardKind kind, const TurnView& turn);
// A party card: `guesser` is who guesses a `guess` card in a pair (the reader's teammate or the
// player the card names); empty for an open round, where everyone guesses.
TurnWording party_turn_wording(CardKind kind, const PartyTurn& turn, std::string_view guesser);

// The timer's "ready" line for this many people doing the card together: one ("when you're
// ready"), two ("when you are both ready") or more ("when everyone is ready").
std::string_view timer_ready_key(std::size_t people);

}  // namespace kindling
