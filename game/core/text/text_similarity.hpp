#pragma once
// Comparing words and card texts: "did you mean" hints and near-duplicate cards.

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kindling {

// Edit distance (insertions, deletions, substitutions, adjacent swaps) between short ASCII words.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word` when it is close enough to be a likely typo.
std::optional<std::string_view> closest_match(std::string_view word,
                                              std::span<const std::string_view> candidates);

// `"x", "y" or "z"` for messages.
std::string quoted_list(std::span<const std::string_view> words);

// The text's words, lowercased, without little words ("the", "you", "what"), sorted and unique.
// Apostrophes vanish ("what's" is "whats"); letters beyond ASCII are kept as they are and each
// ideograph is a word of its own, so any script compares.
std::vector<std::string> content_words(std::string_view text);

struct SimilarPair {
    std::size_t first = 0;   // index into the texts given, first < second
    std::size_t second = 0;
    double similarity = 0;   // 0..1
};

// Pairs of texts that ask the same thing in nearly the same words (case, punctuation and
// little words ignored). Exact duplicates after that normalisation have similarity 1.
// Runs in bounded, roughly linear time: only texts sharing one of their rarer words and of a
// compatible length are compared (prefix filtering).
// Each pair becomes a warning; past this many, more of them tell an author nothing new and would
// only fill memory (50,000 copies of ten texts make millions of pairs), so the search stops.
inline constexpr std::size_t max_similar_pairs = 20'000;
std::vector<SimilarPair> find_near_duplicates(std::span<const std::string_view> texts,
                                              double threshold = 0.8);

}  // namespace kindling
