#include "ui/text/paragraph_layout.hpp"

#include "core/text/unicode.hpp"
#include "ui/text/line_breaker.hpp"
#include "ui/text/unicode_properties.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

namespace kindling::text {
namespace {

constexpr std::string_view ellipsis = "\u2026";

// Fallback fonts for Arabic, Devanagari or CJK declare much taller ascents and descents than
// their letters use (Noto Sans Arabic: 1.38 em above, 0.73 em below, to leave room for rare
// stacks of marks). Taken at face value they make any line with one Arabic word twice as tall
// as its neighbours. Their contribution to a line's height is capped at what the letters of
// these scripts actually reach; taller ink may overlap the next line's leading, as in print.
constexpr double max_fallback_ascent_em = 1.0;
constexpr double max_fallback_descent_em = 0.45;

// Start of the code point that ends just before `end`.
std::size_t previous_code_point_start(std::string_view text, std::size_t end) {
    std::size_t at = end - 1;
    while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0U) == 0x80U) --at;
    return at;
}

std::size_t without_trailing_spaces(std::string_view text, std::size_t begin, std::size_t end) {
    while (end > begin) {
        const std::size_t start = previous_code_point_start(text, end);
        if (!unicode::is_hanging_space(kindling::unicode::decode(text, start).code_point)) break;
        end = start;
    }
    return end;
}

// UAX #9 rule L2: from the highest level down to the lowest odd one, reverse every maximal
// sequence of runs at that level or higher.
void reorder_visually(std::vector<PlacedRun>& runs, const std::vector<std::uint8_t>& levels) {
    if (runs.empty()) return;
    std::vector<std::size_t> order(runs.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    const std::uint8_t highest = *std::max_element(levels.begin(), levels.end());
    std::uint8_t lowest_odd = 255;
    for (std::uint8_t level : levels) {
        if (level % 2 == 1) lowest_odd = std::min(lowest_odd, level);
    }
    if (lowest_odd == 255) lowest_odd = static_cast<std::uint8_t>(highest + 1);  // nothing odd
    for (int level = highest; level >= lowest_odd; --level) {
        std::size_t i = 0;
        while (i < order.size()) {
            if (levels[order[i]] < level) {
                ++i;
                continue;
            }
            std::size_t j = i;
            while (j < order.size() && levels[order[j]] >= level) ++j;
            std::reverse(order.begin() + static_cast<std::ptrdiff_t>(i),
                         order.begin() + static_cast<std::ptrdiff_t>(j));
            i = j;
        }
    }
    std::vector<PlacedRun> visual;
    visual.reserve(runs.size());
    for (std::size_t index : order) visual.push_back(std::move(runs[index]));
    runs = std::move(visual);
}

// Calls `visit(run, piece)` for each run's share of paragraph.text[begin, end), in logical order.
template <typename Visitor>
void for_each_piece(const ItemisedParagraph& paragraph, std::size_t begin, std::size_t end,
                    Visitor visit) {
    const std::string_view text = paragraph.text;
    for (const TextRun& run : paragraph.runs) {
        const std::size_t from = std::max(begin, run.begin);
        const std::size_t to = std::min(end, run.end);
        if (from < to) visit(run, text.substr(from, to - from));
    }
}

bool inside_box(const TextLayout& layout, const FitRequest& request) {
    return layout.height <= request.box_height && layout.widest_line <= request.box_width;
}

// The largest size in [low, high] for which `good` holds, assuming that a size that is good
// stays good when made smaller.
template <typename Predicate>
std::optional<int> largest_good_size(int low, int high, Predicate good) {
    if (low > high) return std::nullopt;
    if (good(high)) return high;  // the usual case: the preferred size fits
    std::optional<int> best;
    --high;
    while (low <= high) {
        const int mid = low + (high - low) / 2;
        if (good(mid)) {
            best = mid;
            low = mid + 1;
        } else {
            high = mid - 1;
        }
    }
    return best;
}

}  // namespace

ParagraphLayouter::ParagraphLayouter(FontResolver& fonts, TextMeasurer& measurer,
                                     std::string language)
    : fonts_(fonts), measurer_(measurer), language_(std::move(language)) {}

PreparedText ParagraphLayouter::prepare(std::string_view text, FontRole role) const {
    PreparedText prepared;
    prepared.role = role;
    for (std::string& paragraph : split_paragraphs(text)) {
        prepared.paragraphs.push_back(itemise_paragraph(std::move(paragraph), role, fonts_));
        const ItemisedParagraph& itemised = prepared.paragraphs.back();
        prepared.break_opportunities.push_back(
            line_break_opportunities(itemised.text, itemised.clusters, language_));
    }
    return prepared;
}

LaidOutLine ParagraphLayouter::place_line(const ItemisedParagraph& paragraph,
                                          std::size_t paragraph_index, const LineSpan& span,
                                          int pixel_size, const FaceMetrics& primary) const {
    LaidOutLine line;
    line.word_split = span.word_split;
    line.ascent = primary.ascent;
    line.descent = primary.descent;
    // Spaces that end a line are not drawn (UAX #9 L1 would put them at the paragraph level).
    const std::size_t visible_end = without_trailing_spaces(paragraph.text, span.begin, span.end);
    const int max_ascent = std::max(
        primary.ascent, static_cast<int>(std::ceil(pixel_size * max_fallback_ascent_em)));
    const int max_descent = std::max(
        primary.descent, static_cast<int>(std::ceil(pixel_size * max_fallback_descent_em)));
    std::vector<std::uint8_t> levels;
    for_each_piece(paragraph, span.begin, visible_end, [&](const TextRun& run,
                                                           std::string_view piece) {
        PlacedRun placed;
        placed.text = std::string{piece};
        placed.shaping = {run.face, pixel_size, run.direction(), run.script};
        placed.emoji = run.emoji;
        placed.width = measurer_.advance(placed.shaping, placed.text);
        placed.paragraph = paragraph_index;
        placed.begin = static_cast<std::size_t>(piece.data() - paragraph.text.data());
        const FaceMetrics metrics = measurer_.metrics(run.face, pixel_size);
        line.ascent = std::max(line.ascent, std::min(metrics.ascent, max_ascent));
        line.descent = std::max(line.descent, std::min(metrics.descent, max_descent));
        line.width += placed.width;
        line.runs.push_back(std::move(placed));
        levels.push_back(run.bidi_level);
    });
    reorder_visually(line.runs, levels);
    return line;
}

TextLayout ParagraphLayouter::layout(std::string_view text, const TextStyle& style) const {
    return layout(prepare(text, style.role), style);
}

TextLayout ParagraphLayouter::layout(const PreparedText& prepared, const TextStyle& style) const {
    TextLayout result;
    result.role = prepared.role;
    result.pixel_size = std::max(1, style.pixel_size);
    const int size = result.pixel_size;
    const FaceMetrics primary = measurer_.metrics(fonts_.primary_face(prepared.role), size);

    std::vector<Direction> line_directions;
    for (std::size_t p = 0; p < prepared.paragraphs.size(); ++p) {
        const ItemisedParagraph& paragraph = prepared.paragraphs[p];
        const auto width_of = [&](std::size_t begin, std::size_t end) {
            int width = 0;
            for_each_piece(paragraph, begin, end, [&](const TextRun& run, std::string_view piece) {
                width += measurer_.advance({run.face, size, run.direction(), run.script}, piece);
            });
            return width;
        };
        const auto spans = break_lines(paragraph.text, paragraph.clusters,
                                       prepared.break_opportunities[p], style.wrap_width, width_of);
        for (const LineSpan& span : spans) {
            LaidOutLine line = place_line(paragraph, p, span, size, primary);
            result.word_split = result.word_split || line.word_split;
            result.widest_line = std::max(result.widest_line, line.width);
            result.lines.push_back(std::move(line));
            line_directions.push_back(paragraph.base_direction());
        }
    }

    // Lines are as tall as their tallest font needs, and keep the primary font's leading.
    const int spacing = static_cast<int>(std::lround(primary.line_skip * style.line_spacing));
    const int gap = spacing - (primary.ascent + primary.descent);
    int top = 0;
    for (LaidOutLine& line : result.lines) {
        line.top = top;
        line.baseline = top + line.ascent;
        result.height = top + line.ascent + line.descent;
        top += line.ascent + line.descent + gap;
    }

    result.width = std::max(style.wrap_width > 0 ? style.wrap_width : 0, result.widest_line);
    for (std::size_t i = 0; i < result.lines.size(); ++i) {
        LaidOutLine& line = result.lines[i];
        Align align = style.align;
        if (align == Align::natural) {
            align = line_directions[i] == Direction::left_to_right ? Align::left : Align::right;
        }
        const int free_space = result.width - line.width;
        line.x = align == Align::left ? 0 : align == Align::right ? free_space : free_space / 2;
        int x = line.x;
        for (PlacedRun& run : line.runs) {
            run.x = x;
            x += run.width;
        }
    }
    return result;
}

FitResult ParagraphLayouter::fit(std::string_view text, const FitRequest& request) const {
    const int preferred = std::max(1, request.style.pixel_size);
    const int minimum = std::clamp(request.min_pixel_size, 1, preferred);
    const PreparedText prepared = prepare(text, request.style.role);

    std::map<int, TextLayout> tried;  // layouts by size, shared by the two searches below
    const auto layout_at = [&](int size) -> const TextLayout& {
        auto found = tried.find(size);
        if (found == tried.end()) {
            TextStyle style = request.style;
            style.pixel_size = size;
            style.wrap_width = request.box_width;
            found = tried.emplace(size, layout(prepared, style)).first;
        }
        return found->second;
    };

    FitResult result;
    result.text = unicode::sanitize_utf8(text);
    auto size = largest_good_size(minimum, preferred, [&](int candidate) {
        const TextLayout& laid_out = layout_at(candidate);
        return inside_box(laid_out, request) && !laid_out.word_split;
    });
    if (!size) {
        size = largest_good_size(minimum, preferred, [&](int candidate) {
            return inside_box(layout_at(candidate), request);
        });
    }
    if (size) {
        result.layout = layout_at(*size);
        result.fits = true;
        return result;
    }
    result.layout = layout_at(minimum);
    if (!request.ellipsize) return result;

    // Keep the longest prefix (whole grapheme clusters) that fits at the minimum size with an
    // ellipsis after it.
    const std::string& clean = result.text;
    const auto clusters = unicode::grapheme_boundaries(clean);
    TextStyle style = request.style;
    style.pixel_size = minimum;
    style.wrap_width = request.box_width;
    const auto candidate_text = [&](std::size_t cluster_count) {
        std::string_view prefix{clean.data(), clusters[cluster_count]};
        while (!prefix.empty()) {
            const std::size_t start = previous_code_point_start(prefix, prefix.size());
            const char32_t last = kindling::unicode::decode(prefix, start).code_point;
            if (!unicode::is_hanging_space(last) && last != U'\n' && last != U'\r') break;
            prefix.remove_suffix(prefix.size() - start);
        }
        return std::string{prefix} + std::string{ellipsis};
    };
    std::size_t low = 0;
    std::size_t high = clusters.size() - 1;
    std::optional<TextLayout> best;
    std::size_t best_count = 0;
    while (low <= high) {
        const std::size_t mid = low + (high - low) / 2;
        TextLayout candidate = layout(prepare(candidate_text(mid), request.style.role), style);
        if (inside_box(candidate, request)) {
            best = std::move(candidate);
            best_count = mid;
            low = mid + 1;
        } else {
            if (mid == 0) break;
            high = mid - 1;
        }
    }
    if (best) {
        result.layout = std::move(*best);
        result.text = candidate_text(best_count);
        result.fits = true;
        result.ellipsized = true;
    }
    return result;
}

}  // namespace kindling::text
