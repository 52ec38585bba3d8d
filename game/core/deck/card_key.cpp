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

std::string content_key(std::uint64_t fingerprint) {
    constexpr char hex[] = "0123456789abcdef";
    std::string key = "~";
    for (int shift = 60; shift >= 0; shift -= 4) key += hex[(fingerprint >> shift) & 0xFU];
    return key;
}

std::string content_key(const Card& card) { return content_key(text_fingerprint(card.text)); }

std::string card_key(std::string_view deck_id, const Card& card) {
    std::string key(deck_id);
    key += '/';
    key += card.id.empty() ? content_key(card) : card.id;
    return key;
}

}  // namespace kindling
