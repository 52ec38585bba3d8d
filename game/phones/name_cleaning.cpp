#include "phones/name_cleaning.hpp"

#include "core/night/session_setup.hpp"
#include "core/text/unicode.hpp"

namespace kindling::phones {

namespace {

bool is_space(char32_t c) {
    return c == ' ' || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F ||
           c == 0x205F || c == 0x3000;
}

// Control characters, line and paragraph separators, direction marks, embeddings, overrides and
// isolates, and invisible characters that carry no letter. The zero-width joiner stays: emoji
// sequences need it.
bool is_removed(char32_t c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x200B || c == 0x200C || c == 0x200E ||
           c == 0x200F || c == 0x2028 || c == 0x2029 || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2060 && c <= 0x2069) || c == 0xFEFF || c == 0xFFFC || c == 0xFFFD ||
           (c >= 0xFFF9 && c <= 0xFFFB);
}

}  // namespace

std::optional<std::string> clean_name(std::string_view typed) {
    if (!unicode::is_valid_utf8(typed)) return std::nullopt;
    std::string cleaned;
    std::size_t characters = 0;
    bool space_pending = false;
    for (std::size_t offset = 0; offset < typed.size();) {
        const unicode::Decoded decoded = unicode::decode(typed, offset);
        offset += decoded.length;
        const char32_t c = decoded.code_point;
        if (is_space(c) || c == '\t' || c == '\n' || c == '\r') {
            space_pending = !cleaned.empty();
            continue;
        }
        if (is_removed(c)) continue;
        if (characters + (space_pending ? 2 : 1) > max_name_chars) break;
        if (space_pending) {
            cleaned += ' ';
            ++characters;
            space_pending = false;
        }
        unicode::append_utf8(cleaned, c);
        ++characters;
    }
    if (cleaned.empty()) return std::nullopt;
    return cleaned;
}

}  // namespace kindling::phones
