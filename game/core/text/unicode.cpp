#include "core/text/unicode.hpp"

#include <array>

namespace kindling::unicode {

Decoded decode(std::string_view text, std::size_t offset) noexcept {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[offset + i]); };
    const unsigned char first = byte(0);
    if (first < 0x80) return {first, 1, true};

    std::size_t length = 0;
    char32_t code_point = 0;
    char32_t minimum = 0;
    if ((first & 0xE0) == 0xC0) { length = 2; code_point = first & 0x1Fu; minimum = 0x80; }
    else if ((first & 0xF0) == 0xE0) { length = 3; code_point = first & 0x0Fu; minimum = 0x800; }
    else if ((first & 0xF8) == 0xF0) { length = 4; code_point = first & 0x07u; minimum = 0x10000; }
    else return {};

    if (offset + length > text.size()) return {};
    for (std::size_t i = 1; i < length; ++i) {
        const unsigned char next = byte(i);
        if ((next & 0xC0) != 0x80) return {replacement_character, i, false};
        code_point = (code_point << 6) | (next & 0x3Fu);
    }
    const bool valid = code_point >= minimum && code_point <= 0x10FFFF &&
                       !(code_point >= 0xD800 && code_point <= 0xDFFF);
    if (!valid) return {replacement_character, length, false};
    return {code_point, length, true};
}

void append_utf8(std::string& out, char32_t code_point) {
    const auto put = [&](char32_t bits) { out.push_back(static_cast<char>(bits)); };
    if (code_point < 0x80) {
        put(code_point);
    } else if (code_point < 0x800) {
        put(0xC0 | (code_point >> 6));
        put(0x80 | (code_point & 0x3F));
    } else if (code_point < 0x10000) {
        put(0xE0 | (code_point >> 12));
        put(0x80 | ((code_point >> 6) & 0x3F));
        put(0x80 | (code_point & 0x3F));
    } else {
        put(0xF0 | (code_point >> 18));
        put(0x80 | ((code_point >> 12) & 0x3F));
        put(0x80 | ((code_point >> 6) & 0x3F));
        put(0x80 | (code_point & 0x3F));
    }
}

std::size_t code_point_count(std::string_view text) noexcept {
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size(); ++count) {
        // Card texts are mostly ASCII, which needs no decoding.
        i += static_cast<unsigned char>(text[i]) < 0x80 ? 1 : decode(text, i).length;
    }
    return count;
}

std::string_view prefix_code_points(std::string_view text, std::size_t max_code_points) noexcept {
    std::size_t offset = 0;
    for (std::size_t n = 0; n < max_code_points && offset < text.size(); ++n) {
        offset += decode(text, offset).length;
    }
    return text.substr(0, offset);
}

bool is_valid_utf8(std::string_view text) noexcept {
    for (std::size_t i = 0; i < text.size();) {
        if (static_cast<unsigned char>(text[i]) < 0x80) {
            ++i;
            continue;
        }
        const Decoded d = decode(text, i);
        if (!d.valid) return false;
        i += d.length;
    }
    return true;
}

namespace {
bool is_space(char32_t c) noexcept {
    constexpr std::array<char32_t, 10> unicode_spaces{0x85,   0xA0,   0x1680, 0x2028, 0x2029,
                                                     0x202F, 0x205F, 0x3000, 0xFEFF, 0x180E};
    if (c == ' ' || (c >= 0x09 && c <= 0x0D)) return true;
    if (c >= 0x2000 && c <= 0x200B) return true;
    for (char32_t s : unicode_spaces) {
        if (c == s) return true;
    }
    return false;
}
}  // namespace

std::string_view trim(std::string_view text) noexcept {
    std::size_t begin = 0;
    while (begin < text.size()) {
        const Decoded d = decode(text, begin);
        if (!is_space(d.code_point)) break;
        begin += d.length;
    }
    std::size_t end = begin;
    for (std::size_t i = begin; i < text.size();) {
        const Decoded d = decode(text, i);
        i += d.length;
        if (!is_space(d.code_point)) end = i;
    }
    return text.substr(begin, end - begin);
}

bool is_blank(std::string_view text) noexcept {
    // Stops at the first character that is not a space: a card's text is rarely blank.
    for (std::size_t i = 0; i < text.size();) {
        const Decoded d = decode(text, i);
        if (!is_space(d.code_point)) return false;
        i += d.length;
    }
    return true;
}

std::string code_point_name(char32_t code_point) {
    constexpr char digits[] = "0123456789ABCDEF";
    std::string hex;
    for (char32_t v = code_point; v != 0 || hex.size() < 4; v >>= 4) {
        hex.insert(hex.begin(), digits[v & 0xF]);
    }
    return "U+" + hex;
}

}  // namespace kindling::unicode
