#pragma once
// The Unicode character data the text engine needs (ICU 72, Unicode 15): grapheme cluster
// boundaries (UAX #29), scripts (UAX #24) and emoji properties (UTS #51).
//
// Why ICU and not libunibreak for graphemes: Debian 12 ships libunibreak 1.1 (Unicode 6.2,
// 2013), which has line breaking but no grapheme breaking and predates emoji ZWJ sequences,
// skin tones and most emoji. ICU is already on every Debian desktop (libxml2 and HarfBuzz's
// ICU bridge use it) and knows Unicode 15.

#include "ui/text/text_types.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kindling::text::unicode {

// Byte offsets where extended grapheme clusters start, plus text.size(); {0} for empty text.
// `utf8` must be valid UTF-8 (see sanitize_utf8).
std::vector<std::size_t> grapheme_boundaries(std::string_view utf8);

// Replaces malformed UTF-8 with U+FFFD so that every later stage sees valid text.
std::string sanitize_utf8(std::string_view text);

struct CodePointAt {
    char32_t code_point;
    std::size_t offset;  // byte offset in the UTF-8 text
};
// Decodes valid UTF-8 into code points with their byte offsets.
std::vector<CodePointAt> decode_utf8(std::string_view utf8);

ScriptTag script_of(char32_t code_point);

bool is_emoji(char32_t code_point);               // Emoji=Yes (includes digits, # and *)
bool has_emoji_presentation(char32_t code_point);  // shown as emoji by default
bool is_extended_pictographic(char32_t code_point);
bool is_emoji_modifier(char32_t code_point);       // skin tones U+1F3FB..U+1F3FF
bool is_regional_indicator(char32_t code_point);   // flag letters
// Joiners, variation selectors, bidi controls...: invisible, so no font needs to have them.
bool is_default_ignorable(char32_t code_point);

// Spaces that may hang past the end of a line instead of counting towards its width.
bool is_hanging_space(char32_t code_point);

inline constexpr char32_t zero_width_joiner = U'\u200D';
inline constexpr char32_t text_presentation_selector = U'\uFE0E';   // VS15
inline constexpr char32_t emoji_presentation_selector = U'\uFE0F';  // VS16
inline constexpr char32_t combining_enclosing_keycap = U'\u20E3';

}  // namespace kindling::text::unicode
