#pragma once
// A deck's code: a short name for its content, so two people can check over the phone that
// they hold the same deck ("mine says 7KQ2M-XH4TD").

#include "core/deck/deck.hpp"

#include <cstddef>
#include <string>

namespace kindling {

// Characters of a code: Crockford's base 32, without I, L, O and U, which are easily misread.
inline constexpr std::string_view deck_code_alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
inline constexpr std::size_t deck_code_characters = 10;  // shown as two groups of five

// The code of a deck's canonical content (write_deck without a schema line): every field the
// deck file holds, so any change of a card or of the deck's own fields gives another code,
// while formatting, comments and the order of a file's keys do not matter. The same deck gives
// the same code on every machine.
std::string deck_code(const Deck& deck);

}  // namespace kindling
