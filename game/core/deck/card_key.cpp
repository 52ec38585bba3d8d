#include "core/deck/card_key.hpp"

namespace kindling {

std::uint64_t text_fingerprint(std::string_view text) noexcept {
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (const char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

std::string card_key(std::string_view deck_id, const Card& card) {
    std::string key(deck_id);
    key += '/';
    if (!card.id.empty()) {
        key += card.id;
        return key;
    }
    constexpr char hex[] = "0123456789abcdef";
    key += '~';
    const std::uint64_t hash = text_fingerprint(card.text);
    for (int shift = 60; shift >= 0; shift -= 4) key += hex[(hash >> shift) & 0xFU];
    return key;
}

}  // namespace kindling
