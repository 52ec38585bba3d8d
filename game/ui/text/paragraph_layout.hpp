#pragma once
// Paragraph layout: itemised runs + line breaks + bidi reordering per line -> positioned runs,
// and "shrink to fit" for card text. Pure computation over the FontResolver and TextMeasurer
// interfaces; the SDL renderer only draws what this produces.

#include "ui/text/font_interfaces.hpp"
#include "ui/text/line_breaker.hpp"
#include "ui/text/text_runs.hpp"
#include "ui/text/text_types.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kindling::text {

// A run cut to one line and given its place. Runs in a line are in visual order, left to right;
// the text of each run is in logical order (the shaper puts right-to-left text right to left).
struct PlacedRun {
    std::string text;
    ShapingRun shaping;
    bool emoji = false;
    int x = 0;  // left edge in pixels from the layout's left edge
    int width = 0;
    std::size_t paragraph = 0;  // where the run came from: paragraph index and byte offset
    std::size_t begin = 0;
};

struct LaidOutLine {
    int top = 0;       // pixels from the layout's top edge
    int baseline = 0;  // pixels from the layout's top edge
    int ascent = 0;
    int descent = 0;
    int x = 0;  // left edge of the line's content after alignment
    int width = 0;
    bool word_split = false;
    std::vector<PlacedRun> runs;
};

struct TextLayout {
    FontRole role = FontRole::regular;
    int pixel_size = 0;
    int width = 0;         // the wrap width, or the widest line when not wrapping
    int height = 0;        // from the first line's top to the last line's bottom
    int widest_line = 0;   // may exceed `width` only when one grapheme is wider than a line
    bool word_split = false;  // some word was cut because no line could hold it
    std::vector<LaidOutLine> lines;
};

// Text split into itemised paragraphs with break opportunities: everything that does not
// depend on the size, computed once and reused while fitting.
struct PreparedText {
    FontRole role = FontRole::regular;
    std::vector<ItemisedParagraph> paragraphs;
    std::vector<std::vector<bool>> break_opportunities;  // per paragraph, per cluster
};

struct FitRequest {
    TextStyle style;  // role, alignment, line spacing; style.pixel_size is the preferred size
    int box_width = 0;
    int box_height = 0;
    int min_pixel_size = 1;
    // When even the minimum size overflows the box: cut the text and end it with "…".
    bool ellipsize = false;
};

struct FitResult {
    TextLayout layout;
    std::string text;  // the text laid out: the input, or its ellipsized prefix
    bool fits = false;        // the layout lies inside the box
    bool ellipsized = false;  // text was cut to make it fit
};

class ParagraphLayouter {
public:
    // `language` (BCP 47) tunes line breaking for CJK text.
    ParagraphLayouter(FontResolver& fonts, TextMeasurer& measurer, std::string language = "en");

    PreparedText prepare(std::string_view text, FontRole role) const;
    TextLayout layout(const PreparedText& prepared, const TextStyle& style) const;
    TextLayout layout(std::string_view text, const TextStyle& style) const;

    // Finds the largest pixel size in [min_pixel_size, style.pixel_size] at which the text fits
    // the box, preferring sizes at which no word has to be cut. `fits` is false when even the
    // minimum size overflows; the layout is then the minimum-size one (or the ellipsized one).
    FitResult fit(std::string_view text, const FitRequest& request) const;

private:
    LaidOutLine place_line(const ItemisedParagraph& paragraph, std::size_t paragraph_index,
                           const LineSpan& span, int pixel_size,
                           const FaceMetrics& primary) const;

    FontResolver& fonts_;
    TextMeasurer& measurer_;
    std::string language_;
};

}  // namespace kindling::text
