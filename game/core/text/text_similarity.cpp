#include "core/text/text_similarity.hpp"

#include "core/text/unicode.hpp"

#include <algorithm>
#include <cmath>
#include <array>
#include <unordered_map>
#include <unordered_set>

namespace kindling {

std::size_t edit_distance(std::string_view a, std::string_view b) {
    // Optimal string alignment distance over three rolling rows.
    std::vector<std::size_t> before(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                current[j] = std::min(current[j], before[j - 2] + 1);
            }
        }
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[b.size()];
}

std::optional<std::string_view> closest_match(std::string_view word,
                                              std::span<const std::string_view> candidates) {
    if (word.size() > 64) return std::nullopt;
    std::optional<std::string_view> best;
    std::size_t best_distance = 0;
    for (std::string_view candidate : candidates) {
        const std::size_t distance = edit_distance(word, candidate);
        const std::size_t allowed = std::max<std::size_t>(1, std::min(word.size(), candidate.size()) / 3);
        const bool prefix = word.size() >= 3 && candidate.starts_with(word);
        if ((distance <= allowed || prefix) && (!best || distance < best_distance)) {
            best = candidate;
            best_distance = distance;
        }
    }
    return best;
}

std::string quoted_list(std::span<const std::string_view> words) {
    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i > 0) out += i + 1 == words.size() ? " or " : ", ";
        out += '"';
        out += words[i];
        out += '"';
    }
    return out;
}

namespace {

// Words that carry little meaning in card texts; ignoring them makes "What is your favourite
// smell?" and "What's a favourite smell of yours?" compare as the same question.
bool is_little_word(std::string_view word) {
    static constexpr std::array<std::string_view, 44> words{
        "a",    "an",   "the",  "and",  "or",   "of",   "to",   "in",    "on",   "at",   "for",
        "is",   "are",  "was",  "be",   "it",   "its",  "that", "this",  "with", "you",  "your",
        "yours", "me",  "my",   "i",    "we",   "us",   "our",  "do",    "does", "did",  "what",
        "whats", "how", "when", "who",  "which", "one", "some", "about", "can",  "would", "s"};
    return std::find(words.begin(), words.end(), word) != words.end();
}

double jaccard(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    std::size_t shared = 0;
    for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
        if (a[i] == b[j]) { ++shared; ++i; ++j; }
        else if (a[i] < b[j]) ++i;
        else ++j;
    }
    const std::size_t together = a.size() + b.size() - shared;
    return together == 0 ? 1.0 : static_cast<double>(shared) / static_cast<double>(together);
}

}  // namespace

std::vector<std::string> content_words(std::string_view text) {
    std::vector<std::string> words;
    std::string word;
    const auto flush = [&] {
        if (!word.empty() && !is_little_word(word)) words.push_back(word);
        word.clear();
    };
    for (std::size_t i = 0; i < text.size();) {
        const unicode::Decoded d = unicode::decode(text, i);
        const std::string_view bytes = text.substr(i, d.length);
        i += d.length;
        const char32_t c = d.code_point;
        if (c == '\'' || c == U'\u2019') continue;  // "what's" and "whats" are the same word
        if (c < 0x80) {
            const auto ascii = static_cast<char>(c);
            if ((ascii >= 'a' && ascii <= 'z') || (ascii >= '0' && ascii <= '9')) word += ascii;
            else if (ascii >= 'A' && ascii <= 'Z') word += static_cast<char>(ascii - 'A' + 'a');
            else flush();
        } else if (c >= 0x3000 || c == 0xA0) {
            flush();  // ideographs and spaces beyond ASCII: each ideograph compares on its own
            if (c > 0x3000) words.emplace_back(bytes);
        } else {
            word += bytes;
        }
    }
    flush();
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    return words;
}

std::vector<SimilarPair> find_near_duplicates(std::span<const std::string_view> texts,
                                              double threshold) {
    std::vector<std::vector<std::string>> words(texts.size());
    std::unordered_map<std::string, std::vector<std::size_t>> index;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        words[i] = content_words(texts[i]);
        for (const auto& word : words[i]) index[word].push_back(i);
    }

    // Prefix filtering: order each text's words from rarest to most common; two texts at or
    // above the threshold must share a word among the first |A| - ceil(t|A|) + 1 of A's. Only
    // texts found that way, and of a compatible length, are compared. A few caps keep hostile
    // input (50,000 cards made of the same ten words) from taking long or filling memory; they
    // only ever make the search miss pairs, never report false ones.
    constexpr std::size_t max_candidates_per_word = 256;
    constexpr std::size_t comparison_budget = 2'000'000;
    std::size_t comparisons = 0;
    std::vector<SimilarPair> pairs;
    std::unordered_set<std::size_t> seen;
    std::vector<const std::string*> by_rarity;
    for (std::size_t i = 0; i < texts.size() && comparisons < comparison_budget && pairs.size() < max_similar_pairs; ++i) {
        const std::size_t size = words[i].size();
        if (size == 0) continue;
        by_rarity.clear();
        for (const auto& word : words[i]) by_rarity.push_back(&word);
        std::sort(by_rarity.begin(), by_rarity.end(), [&](const std::string* x, const std::string* y) {
            return index[*x].size() < index[*y].size();
        });
        const auto needed = static_cast<std::size_t>(std::ceil(threshold * static_cast<double>(size) - 1e-9));
        const std::size_t prefix = std::min(size, size - std::min(needed, size) + 1);
        seen.clear();
        for (std::size_t r = 0; r < prefix; ++r) {
            const auto& holders = index[*by_rarity[r]];
            for (std::size_t k = 0; k < std::min(holders.size(), max_candidates_per_word); ++k) {
                const std::size_t j = holders[k];
                if (j <= i || !seen.insert(j).second) continue;
                const double other = static_cast<double>(words[j].size());
                if (other < threshold * static_cast<double>(size) || other * threshold > static_cast<double>(size)) continue;
                ++comparisons;
                const double similarity = jaccard(words[i], words[j]);
                if (similarity >= threshold && pairs.size() < max_similar_pairs) pairs.push_back({i, j, similarity});
            }
        }
    }
    std::sort(pairs.begin(), pairs.end(), [](const SimilarPair& a, const SimilarPair& b) {
        return a.second != b.second ? a.second < b.second : a.first < b.first;
    });
    return pairs;
}

}  // namespace kindling
