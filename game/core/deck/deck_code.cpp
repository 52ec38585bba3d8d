#include "core/deck/deck_code.hpp"

#include "core/deck/card_key.hpp"
#include "core/deck/deck_writer.hpp"

#include <cstdint>

namespace kindling {

namespace {

// FNV-1a spreads a small change over few bits; this finaliser (from SplitMix64) makes every
// bit of the code depend on every bit of the hash, so neighbouring decks get unlike codes.
std::uint64_t mixed(std::uint64_t value) noexcept {
    value ^= value >> 30;
    value *= 0xbf58476d1ce4e5b9ULL;
    value ^= value >> 27;
    value *= 0x94d049bb133111ebULL;
    value ^= value >> 31;
    return value;
}

}  // namespace

std::string deck_code(const Deck& deck) {
    DeckWriteOptions canonical;
    canonical.schema_line.clear();  // where a file points its editor is not part of the deck
    const std::uint64_t hash = mixed(text_fingerprint(write_deck(deck, canonical)));
    std::string code;
    for (std::size_t i = 0; i < deck_code_characters; ++i) {
        if (i == deck_code_characters / 2) code += '-';
        code += deck_code_alphabet[(hash >> (59 - 5 * i)) & 0x1FU];
    }
    return code;
}

}  // namespace kindling
