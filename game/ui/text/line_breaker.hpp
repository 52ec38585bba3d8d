#pragma once
// Line breaking: where a line may end (UAX #14 via libunibreak, restricted to grapheme cluster
// boundaries) and a greedy fill of lines up to a width. Knows nothing about fonts: widths come
// from a callback, so tests can use simple arithmetic.

#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

namespace kindling::text {

// `clusters` are the grapheme cluster starts of `text` plus text.size(). Returns one flag per
// cluster: true when a line may start at that cluster. The first cluster is always false.
// `language` is a BCP 47 tag ("en", "ja", "zh-CN") that tunes a few rules for CJK text.
std::vector<bool> line_break_opportunities(std::string_view text,
                                           const std::vector<std::size_t>& clusters,
                                           std::string_view language);

struct LineSpan {
    std::size_t begin = 0;  // byte offsets; a line includes the spaces it ends with
    std::size_t end = 0;
    bool word_split = false;  // the line ends inside a word that was too long for any line
};

// Width in pixels of text[begin, end) as it would be drawn.
using RangeWidth = std::function<int(std::size_t begin, std::size_t end)>;

// Fills lines greedily at break opportunities. Spaces at the end of a line hang (they don't
// count towards its width). A word wider than `max_width` is cut at grapheme boundaries, never
// inside a cluster, and always keeps at least one cluster per line. `max_width` <= 0 means no
// wrapping. Empty text gives one empty line.
std::vector<LineSpan> break_lines(std::string_view text, const std::vector<std::size_t>& clusters,
                                  const std::vector<bool>& opportunities, int max_width,
                                  const RangeWidth& width_of);

}  // namespace kindling::text
