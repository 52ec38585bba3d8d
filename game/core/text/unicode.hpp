#pragma once
// Small UTF-8 helpers the core needs without pulling in a Unicode library.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace kindling::unicode {

inline constexpr char32_t replacement_character = U'\uFFFD';

struct Decoded {
    char32_t code_point = replacement_character;
    std::size_t length = 1;  // bytes consumed, at least 1
    bool valid = false;      // false for malformed, overlong, surrogate or out-of-range input
};

// Decodes one code point at `offset` (which must be < text.size()).
Decoded decode(std::string_view text, std::size_t offset) noexcept;

// Appends the UTF-8 encoding of a valid code point.
void append_utf8(std::string& out, char32_t code_point);

// Number of code points in valid UTF-8 text (malformed bytes count one each).
std::size_t code_point_count(std::string_view text) noexcept;

// The longest prefix of at most `max_code_points` code points, never splitting one.
std::string_view prefix_code_points(std::string_view text, std::size_t max_code_points) noexcept;

// True when the text is valid UTF-8.
bool is_valid_utf8(std::string_view text) noexcept;

// True for text that is empty or only white space (ASCII and Unicode spaces).
bool is_blank(std::string_view text) noexcept;

// Trims ASCII and Unicode white space from both ends.
std::string_view trim(std::string_view text) noexcept;

// "U+1F600" style name of a code point, for messages.
std::string code_point_name(char32_t code_point);

}  // namespace kindling::unicode
