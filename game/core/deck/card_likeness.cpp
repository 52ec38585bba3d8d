#include "core/deck/card_likeness.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace kindling {

namespace {

// Beyond content_words' little words: words that link a sentence and say nothing of its idea.
bool is_linking_word(std::string_view word) {
    static constexpr std::array<std::string_view, 25> words{
        "has",  "have", "had",  "ever", "each", "other", "them", "they", "their",
        "there", "then", "than", "so",  "if",   "as",    "by",   "from", "into",
        "up",   "out",  "all",  "just", "not",  "no",    "been"};
    return std::find(words.begin(), words.end(), word) != words.end();
}

bool is_ascii(std::string_view word) {
    return std::all_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// A rough English stem: one common ending cut off, keeping at least three letters, so "kindest",
// "kindness" and "kind" meet, as do "listened" and "listen". Words in other scripts stay whole.
std::string rough_stem(std::string word) {
    if (!is_ascii(word)) return word;
    static constexpr std::array<std::string_view, 15> endings{
        "ingly", "edly", "ness", "ings", "ing", "iest", "ies", "est", "ed", "er", "es", "ly", "s", "e", "y"};
    for (std::string_view ending : endings) {
        if (word.size() >= ending.size() + 3 && word.ends_with(ending)) {
            word.resize(word.size() - ending.size());
            break;
        }
    }
    return word;
}

// Words nearly every card uses whatever it asks ("feel", "time", "together", "partner"). Many
// texts checked together leave them out by their frequency anyway; listing them keeps a small
// set of decks from being compared on them.
bool is_generic_stem(const std::string& stem) {
    static const std::unordered_set<std::string> stems = [] {
        static constexpr std::array<std::string_view, 38> words{
            "answer", "back",  "could",     "day",  "everyone", "feel",  "first",   "guess",  "hand",  "heard",
            "kind",   "life",  "like",      "love", "make",     "minute", "moment", "most",   "need",  "now",
            "partner", "partners", "say",   "small", "something", "take", "tell",   "thank",  "thing", "three",
            "time",   "together", "turn",   "two",  "way",      "week",  "word",    "year"};
        std::unordered_set<std::string> set;
        for (std::string_view word : words) set.insert(rough_stem(std::string(word)));
        return set;
    }();
    return stems.contains(stem);
}

std::vector<std::string> stems_of(std::string_view text) {
    std::vector<std::string> stems;
    for (std::string& word : content_words(text)) {
        if (is_linking_word(word)) continue;
        std::string stem = rough_stem(std::move(word));
        if (!is_generic_stem(stem)) stems.push_back(std::move(stem));
    }
    std::sort(stems.begin(), stems.end());
    stems.erase(std::unique(stems.begin(), stems.end()), stems.end());
    return stems;
}

}  // namespace

std::vector<SimilarPair> find_alike_texts(std::span<const std::string_view> texts, double threshold) {
    // Word ids, so the comparisons below work on small integers.
    std::unordered_map<std::string, std::size_t> ids;
    std::vector<std::vector<std::size_t>> words(texts.size());
    std::vector<std::size_t> frequency;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        for (std::string& stem : stems_of(texts[i])) {
            const auto [it, added] = ids.emplace(std::move(stem), ids.size());
            if (added) frequency.push_back(0);
            ++frequency[it->second];
            words[i].push_back(it->second);
        }
    }

    // A word used by many of the texts is a template or a habit of the writer, not an idea.
    const double count = static_cast<double>(texts.size());
    const auto common_above = std::max<std::size_t>(6, static_cast<std::size_t>(0.04 * count));
    std::vector<double> weight(frequency.size());
    for (std::size_t w = 0; w < frequency.size(); ++w) {
        weight[w] = frequency[w] > common_above ? 0.0 : std::log(1.0 + count / static_cast<double>(frequency[w]));
    }
    std::vector<std::vector<std::size_t>> holders(frequency.size());
    std::vector<double> total(texts.size(), 0.0);
    for (std::size_t i = 0; i < texts.size(); ++i) {
        auto& list = words[i];
        std::erase_if(list, [&](std::size_t w) { return weight[w] == 0.0; });
        std::sort(list.begin(), list.end());
        for (std::size_t w : list) {
            holders[w].push_back(i);
            total[i] += weight[w];
        }
    }

    // Only texts sharing a kept word are compared; every kept word has at most `common_above`
    // holders, so hostile input made of the same few words is cut off above. The budget bounds
    // what is left.
    constexpr std::size_t comparison_budget = 2'000'000;
    std::size_t comparisons = 0;
    std::vector<SimilarPair> pairs;
    std::unordered_set<std::size_t> seen;
    for (std::size_t i = 0; i < texts.size() && comparisons < comparison_budget; ++i) {
        seen.clear();
        for (std::size_t w : words[i]) {
            for (std::size_t j : holders[w]) {
                if (j <= i || !seen.insert(j).second) continue;
                ++comparisons;
                double shared = 0;
                std::size_t shared_words = 0;
                const auto& a = words[i];
                const auto& b = words[j];
                for (std::size_t x = 0, y = 0; x < a.size() && y < b.size();) {
                    if (a[x] == b[y]) { shared += weight[a[x]]; ++shared_words; ++x; ++y; }
                    else if (a[x] < b[y]) ++x;
                    else ++y;
                }
                if (shared_words < 2) continue;
                const double likeness = 2.0 * shared / (total[i] + total[j]);
                if (likeness >= threshold) pairs.push_back({i, j, likeness});
            }
        }
    }
    std::sort(pairs.begin(), pairs.end(), [](const SimilarPair& a, const SimilarPair& b) {
        return a.second != b.second ? a.second < b.second : a.first < b.first;
    });
    return pairs;
}

}  // namespace kindling
