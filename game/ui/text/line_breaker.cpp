#include "ui/text/line_breaker.hpp"

#include "core/text/unicode.hpp"
#include "ui/text/unicode_properties.hpp"

#include <linebreak.h>

#include <mutex>
#include <string>

namespace kindling::text {
namespace {

void ensure_libunibreak_ready() {
    static std::once_flag once;
    std::call_once(once, [] { init_linebreak(); });
}

// libunibreak wants the language as a plain C string.
std::string language_for_libunibreak(std::string_view language) {
    return language.empty() ? std::string{"en"} : std::string{language};
}

// Debian 12's libunibreak 1.1 knows Unicode 6.2 and aborts the process (a failed assertion)
// on any regional indicator, i.e. on every flag emoji; it also reads U+FFFF as the end of the
// text. Such characters are replaced, for break finding only, by characters of the class that
// current UAX #14 gives them: emoji and flags behave like ideographs (class ID).
char32_t stand_in_for_libunibreak(char32_t code_point) {
    constexpr char32_t ideograph = U'\u4E00';
    if (unicode::is_regional_indicator(code_point)) return ideograph;
    if (unicode::has_emoji_presentation(code_point) ||
        (unicode::is_extended_pictographic(code_point) && code_point > U'\u2BFF')) {
        return ideograph;
    }
    if (code_point == U'\uFFFF') return U'\uFFFD';
    return code_point;
}

class LineFiller {
public:
    LineFiller(std::string_view text, const std::vector<std::size_t>& clusters, int max_width,
               const RangeWidth& width_of)
        : text_(text), clusters_(clusters), max_width_(max_width), width_of_(width_of) {}

    int width(std::size_t first_cluster, std::size_t end_cluster) const {
        if (first_cluster >= end_cluster) return 0;
        return width_of_(clusters_[first_cluster], clusters_[end_cluster]);
    }

    // The end of [first, end) without the hanging spaces it finishes with.
    std::size_t without_trailing_spaces(std::size_t first, std::size_t end) const {
        while (end > first) {
            const std::size_t begin_byte = clusters_[end - 1];
            const auto decoded = kindling::unicode::decode(text_, begin_byte);
            const bool single_char = begin_byte + decoded.length == clusters_[end];
            if (!single_char || !unicode::is_hanging_space(decoded.code_point)) break;
            --end;
        }
        return end;
    }

    // The most clusters from `first` (at least one) whose width fits on a line.
    std::size_t clusters_that_fit(std::size_t first, std::size_t limit) const {
        std::size_t low = 1;
        std::size_t high = limit - first;
        while (low < high) {
            const std::size_t mid = low + (high - low + 1) / 2;
            if (width(first, first + mid) <= max_width_) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    void emit(std::size_t first, std::size_t end, bool word_split) {
        lines_.push_back({clusters_[first], clusters_[end], word_split});
    }

    std::vector<LineSpan> take() { return std::move(lines_); }

private:
    std::string_view text_;
    const std::vector<std::size_t>& clusters_;
    int max_width_;
    const RangeWidth& width_of_;
    std::vector<LineSpan> lines_;
};

}  // namespace

std::vector<bool> line_break_opportunities(std::string_view text,
                                           const std::vector<std::size_t>& clusters,
                                           std::string_view language) {
    const std::size_t cluster_count = clusters.empty() ? 0 : clusters.size() - 1;
    std::vector<bool> opportunities(cluster_count, false);
    if (text.empty() || cluster_count < 2) return opportunities;

    const auto code_points = unicode::decode_utf8(text);
    std::vector<utf32_t> chars;
    chars.reserve(code_points.size());
    for (const auto& decoded : code_points) {
        chars.push_back(static_cast<utf32_t>(stand_in_for_libunibreak(decoded.code_point)));
    }
    ensure_libunibreak_ready();
    // brks[i] tells whether a line may break after code point i.
    std::vector<char> brks(chars.size());
    const std::string lang = language_for_libunibreak(language);
    set_linebreaks_utf32(chars.data(), chars.size(), lang.c_str(), brks.data());

    std::size_t index = 0;  // code point index of the current cluster's start
    for (std::size_t k = 1; k < cluster_count; ++k) {
        while (index < code_points.size() && code_points[index].offset < clusters[k]) ++index;
        const char after_previous = brks[index - 1];
        // A mandatory break cannot occur here (paragraphs hold no line breaks), but treating it
        // as an opportunity is the safe reading if libunibreak ever reports one.
        opportunities[k] = after_previous == LINEBREAK_ALLOWBREAK ||
                           after_previous == LINEBREAK_MUSTBREAK;
    }
    return opportunities;
}

std::vector<LineSpan> break_lines(std::string_view text, const std::vector<std::size_t>& clusters,
                                  const std::vector<bool>& opportunities, int max_width,
                                  const RangeWidth& width_of) {
    const std::size_t cluster_count = clusters.empty() ? 0 : clusters.size() - 1;
    if (cluster_count == 0) return {LineSpan{0, text.size(), false}};
    if (max_width <= 0) return {LineSpan{0, text.size(), false}};

    LineFiller filler(text, clusters, max_width, width_of);
    std::size_t line_start = 0;
    int line_width = 0;  // width of the whole segments on the line, spaces included
    bool line_empty = true;

    std::size_t segment_start = 0;
    while (segment_start < cluster_count) {
        std::size_t segment_end = segment_start + 1;
        while (segment_end < cluster_count && !opportunities[segment_end]) ++segment_end;

        const std::size_t visible_end = filler.without_trailing_spaces(segment_start, segment_end);
        const int full_width = filler.width(segment_start, segment_end);
        const int visible_width = visible_end == segment_end
                                      ? full_width
                                      : filler.width(segment_start, visible_end);

        if (!line_empty && line_width + visible_width > max_width) {
            filler.emit(line_start, segment_start, false);
            line_start = segment_start;
            line_width = 0;
            line_empty = true;
        }
        if (line_empty && visible_width > max_width) {
            // Last resort for a word longer than a line: cut it at grapheme boundaries.
            std::size_t piece_start = segment_start;
            while (filler.width(piece_start, visible_end) > max_width) {
                const std::size_t fitting = filler.clusters_that_fit(piece_start, visible_end);
                if (piece_start + fitting >= visible_end) break;  // one cluster wider than a line
                filler.emit(piece_start, piece_start + fitting, true);
                piece_start += fitting;
            }
            line_start = piece_start;
            line_width = filler.width(piece_start, segment_end);
            line_empty = false;
            segment_start = segment_end;
            continue;
        }
        line_width += full_width;
        line_empty = false;
        segment_start = segment_end;
    }
    filler.emit(line_start, cluster_count, false);
    return filler.take();
}

}  // namespace kindling::text
