#pragma once
// Splitting text into the pieces the editor's 16-bit Dear ImGui cannot hold as they are: emoji
// (with their modifiers, flags, keycaps and ZWJ sequences kept whole), other characters beyond
// U+FFFF, private-use characters, control characters and bytes that are not valid UTF-8.

#include <cstddef>
#include <string_view>

namespace kindling::editor {

enum class PieceKind {
    plain,             // a BMP character ImGui handles itself
    emoji,             // one emoji as the reader sees it, possibly many code points
    astral_character,  // a non-emoji character beyond U+FFFF (historic scripts, rare CJK, maths)
    private_use,       // U+E000..U+F8FF already in the text
    control,           // a control character other than tab and line feed
    invalid_byte,      // one byte that is not part of valid UTF-8
};

struct TextPiece {
    PieceKind kind = PieceKind::plain;
    std::size_t length = 0;  // bytes
};

// The piece starting at `offset` (< text.size()).
TextPiece next_piece(std::string_view text, std::size_t offset) noexcept;

bool is_emoji_code_point(char32_t c) noexcept;

}  // namespace kindling::editor
