#pragma once
// Itemisation: cuts a paragraph into runs that one font can shape in one direction and script.
// A run boundary falls wherever the face (font coverage, emoji), the bidi embedding level
// (GNU FriBidi, UAX #9) or the script changes; never inside a grapheme cluster.

#include "ui/text/font_interfaces.hpp"
#include "ui/text/text_types.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kindling::text {

struct TextRun {
    std::size_t begin = 0;  // byte offsets into the paragraph's text
    std::size_t end = 0;
    FaceId face = 0;
    std::uint8_t bidi_level = 0;  // even: left to right, odd: right to left
    ScriptTag script;
    bool emoji = false;  // drawn with the colour emoji face

    Direction direction() const {
        return bidi_level % 2 == 0 ? Direction::left_to_right : Direction::right_to_left;
    }
};

struct ItemisedParagraph {
    std::string text;  // one paragraph of valid UTF-8 without line breaks
    std::uint8_t base_level = 0;
    std::vector<std::size_t> clusters;  // grapheme cluster starts plus text.size()
    std::vector<TextRun> runs;          // logical order, covering the text without gaps

    Direction base_direction() const {
        return base_level % 2 == 0 ? Direction::left_to_right : Direction::right_to_left;
    }
    std::size_t cluster_count() const { return clusters.size() - 1; }
};

// Makes text safe to display and splits it into paragraphs: malformed UTF-8 becomes U+FFFD,
// CR LF, CR, VT, FF, NEL, U+2028 and U+2029 end a paragraph like LF, a tab becomes a space, and
// other control characters are dropped. Empty text gives one empty paragraph.
std::vector<std::string> split_paragraphs(std::string_view text);

// `paragraph` must come from split_paragraphs. Its direction comes from its first strong
// character (UAX #9 rules P2-P3); text without one is left to right.
ItemisedParagraph itemise_paragraph(std::string paragraph, FontRole role, FontResolver& fonts);

}  // namespace kindling::text
