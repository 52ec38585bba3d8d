#pragma once
// How the history, favourites and saved nights name a card across runs of the game.

#include "core/deck/deck.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace kindling {

// FNV-1a, 64 bits: a stable fingerprint of a card's text (not for security).
std::uint64_t text_fingerprint(std::string_view text) noexcept;

// "DECK/CARD-ID" for a card with an id; "DECK/~0123456789abcdef" (the text's fingerprint) for a
// card without one, so an unchanged card keeps its key while its deck is edited around it.
std::string card_key(std::string_view deck_id, const Card& card);

// "~0123456789abcdef", the fingerprint of a card's text alone: the same card in any deck, so a
// deck copied or renamed (another file, another id) is known by its cards' content. Never equal
// to a card key, which always holds a "/".
std::string content_key(std::uint64_t text_fingerprint);
std::string content_key(const Card& card);

}  // namespace kindling
