#include "plain_letters.hpp"

#include "core/text/unicode.hpp"

namespace kindling::editor {

namespace {

// Base letters of U+00C0..U+00FF; "" where the character is not a letter (× ÷).
constexpr std::string_view latin1[64] = {
    "A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E", "I", "I", "I", "I",
    "D", "N", "O", "O", "O", "O", "O", "",  "O", "U", "U", "U", "U", "Y", "TH", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "y"};

// Base letters of U+0100..U+017F, one each.
constexpr std::string_view extended_a =
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
static_assert(extended_a.size() == 0x80);

}  // namespace

std::string without_accents(std::string_view text) {
    std::string plain;
    plain.reserve(text.size());
    for (std::size_t offset = 0; offset < text.size();) {
        const unicode::Decoded decoded = unicode::decode(text, offset);
        const char32_t c = decoded.code_point;
        if (decoded.valid && c >= 0xC0 && c <= 0xFF && !latin1[c - 0xC0].empty()) {
            plain += latin1[c - 0xC0];
        } else if (decoded.valid && c >= 0x100 && c <= 0x17F) {
            plain += extended_a[c - 0x100];
        } else {
            plain.append(text.substr(offset, decoded.length));
        }
        offset += decoded.length;
    }
    return plain;
}

}  // namespace kindling::editor
