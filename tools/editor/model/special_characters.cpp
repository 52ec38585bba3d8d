#include "special_characters.hpp"

#include "core/text/unicode.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

namespace kindling::editor {

namespace {

constexpr char32_t zero_width_joiner = 0x200D;
constexpr char32_t emoji_presentation = 0xFE0F;
constexpr char32_t combining_keycap = 0x20E3;

// BMP characters shown as emoji even without U+FE0F (Unicode's Emoji_Presentation property).
constexpr std::array<std::pair<char32_t, char32_t>, 33> bmp_emoji_presentation{{
    {0x231A, 0x231B}, {0x23E9, 0x23EC}, {0x23F0, 0x23F0}, {0x23F3, 0x23F3}, {0x25FD, 0x25FE},
    {0x2614, 0x2615}, {0x2648, 0x2653}, {0x267F, 0x267F}, {0x2693, 0x2693}, {0x26A1, 0x26A1},
    {0x26AA, 0x26AB}, {0x26BD, 0x26BE}, {0x26C4, 0x26C5}, {0x26CE, 0x26CE}, {0x26D4, 0x26D4},
    {0x26EA, 0x26EA}, {0x26F2, 0x26F3}, {0x26F5, 0x26F5}, {0x26FA, 0x26FA}, {0x26FD, 0x26FD},
    {0x2705, 0x2705}, {0x270A, 0x270B}, {0x2728, 0x2728}, {0x274C, 0x274C}, {0x274E, 0x274E},
    {0x2753, 0x2755}, {0x2757, 0x2757}, {0x2795, 0x2797}, {0x27B0, 0x27B0}, {0x27BF, 0x27BF},
    {0x2B1B, 0x2B1C}, {0x2B50, 0x2B50}, {0x2B55, 0x2B55},
}};

bool in_ranges(char32_t c) noexcept {
    return std::any_of(bmp_emoji_presentation.begin(), bmp_emoji_presentation.end(),
                       [c](const auto& range) { return c >= range.first && c <= range.second; });
}

bool is_regional_indicator(char32_t c) noexcept { return c >= 0x1F1E6 && c <= 0x1F1FF; }
bool is_skin_tone(char32_t c) noexcept { return c >= 0x1F3FB && c <= 0x1F3FF; }
bool is_tag(char32_t c) noexcept { return c >= 0xE0020 && c <= 0xE007F; }
bool is_keycap_base(char32_t c) noexcept { return (c >= U'0' && c <= U'9') || c == U'#' || c == U'*'; }
bool is_private_use(char32_t c) noexcept { return c >= 0xE000 && c <= 0xF8FF; }
bool is_control(char32_t c) noexcept {
    return (c < 0x20 && c != U'\t' && c != U'\n') || (c >= 0x7F && c <= 0x9F);
}

class Cursor {
public:
    Cursor(std::string_view text, std::size_t offset) : text_(text), offset_(offset) {}
    // The valid code point at the cursor, or nothing at the end or at a malformed byte.
    [[nodiscard]] std::optional<char32_t> peek(std::size_t ahead = 0) const noexcept {
        std::size_t at = offset_;
        for (std::size_t i = 0;; ++i) {
            if (at >= text_.size()) return std::nullopt;
            const unicode::Decoded d = unicode::decode(text_, at);
            if (!d.valid) return std::nullopt;
            if (i == ahead) return d.code_point;
            at += d.length;
        }
    }
    void advance(std::size_t count = 1) noexcept {
        for (std::size_t i = 0; i < count && offset_ < text_.size(); ++i) offset_ += unicode::decode(text_, offset_).length;
    }
    [[nodiscard]] std::size_t offset() const noexcept { return offset_; }

private:
    std::string_view text_;
    std::size_t offset_;
};

// One emoji element at the cursor: a flag pair, a keycap, or an emoji with its modifiers.
// Returns false (cursor unchanged) when there is none.
bool take_emoji_element(Cursor& cursor) {
    const auto first = cursor.peek();
    if (!first) return false;
    if (is_regional_indicator(*first)) {
        cursor.advance(cursor.peek(1) && is_regional_indicator(*cursor.peek(1)) ? 2 : 1);
        return true;
    }
    if (is_keycap_base(*first)) {
        if (cursor.peek(1) == combining_keycap) {
            cursor.advance(2);
            return true;
        }
        if (cursor.peek(1) == emoji_presentation && cursor.peek(2) == combining_keycap) {
            cursor.advance(3);
            return true;
        }
        return false;
    }
    // Symbols that have an emoji form become emoji when U+FE0F asks for it (☀️, ©️, ❤️).
    const bool symbol = *first == 0xA9 || *first == 0xAE || (*first >= 0x2000 && *first <= 0x33FF);
    const bool asks_for_emoji = symbol && cursor.peek(1) == emoji_presentation;
    if (!is_emoji_code_point(*first) && !asks_for_emoji) return false;
    cursor.advance();
    while (const auto next = cursor.peek()) {
        if (*next == emoji_presentation || is_skin_tone(*next) || is_tag(*next) || *next == combining_keycap) {
            cursor.advance();
        } else {
            break;
        }
    }
    return true;
}

}  // namespace

bool is_emoji_code_point(char32_t c) noexcept {
    return (c >= 0x1F000 && c <= 0x1FAFF) || in_ranges(c);
}

TextPiece next_piece(std::string_view text, std::size_t offset) noexcept {
    const unicode::Decoded decoded = unicode::decode(text, offset);
    if (!decoded.valid) return {PieceKind::invalid_byte, 1};
    const char32_t c = decoded.code_point;
    if (is_private_use(c)) return {PieceKind::private_use, decoded.length};
    if (is_control(c)) return {PieceKind::control, decoded.length};

    Cursor cursor(text, offset);
    if (take_emoji_element(cursor)) {
        // Join further elements with zero-width joiners: 👩‍❤️‍👨 is one emoji.
        while (cursor.peek() == zero_width_joiner) {
            Cursor after_joiner = cursor;
            after_joiner.advance();
            if (!take_emoji_element(after_joiner)) break;
            cursor = after_joiner;
        }
        return {PieceKind::emoji, cursor.offset() - offset};
    }
    if (c > 0xFFFF) return {PieceKind::astral_character, decoded.length};
    return {PieceKind::plain, decoded.length};
}

}  // namespace kindling::editor
