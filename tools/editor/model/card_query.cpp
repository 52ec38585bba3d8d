#include "card_query.hpp"

#include "plain_letters.hpp"

#include "core/text/unicode.hpp"

#include <algorithm>
#include <set>

namespace kindling::editor {

namespace {

std::vector<std::string> search_words(std::string_view search) {
    std::vector<std::string> words;
    std::string word;
    for (const char c : fold_case(search)) {
        if (c == ' ' || c == '\t') {
            if (!word.empty()) words.push_back(std::move(word));
            word.clear();
        } else {
            word += c;
        }
    }
    if (!word.empty()) words.push_back(std::move(word));
    return words;
}

std::string tags_text(const Card& card) {
    std::string text;
    for (const std::string& tag : card.tags) {
        if (!text.empty()) text += ", ";
        text += tag;
    }
    return text;
}

}  // namespace

std::string fold_case(std::string_view accented) {
    // "creme" finds "Crème": accents are set aside before the case is.
    const std::string plain = without_accents(accented);
    const std::string_view text = plain;
    std::string folded;
    folded.reserve(text.size());
    std::size_t offset = 0;
    while (offset < text.size()) {
        const unicode::Decoded decoded = unicode::decode(text, offset);
        char32_t c = decoded.code_point;
        if (!decoded.valid) {
            folded.append(text.substr(offset, decoded.length));
            offset += decoded.length;
            continue;
        }
        if (c >= U'A' && c <= U'Z') c += 32;
        // Latin-1 capitals (except × U+00D7) and Greek/Cyrillic basic capitals fold by offset.
        else if (c >= 0xC0 && c <= 0xDE && c != 0xD7) c += 32;
        else if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) c += 32;
        else if (c >= 0x410 && c <= 0x42F) c += 32;
        else if (c >= 0x400 && c <= 0x40F) c += 80;
        unicode::append_utf8(folded, c);
        offset += decoded.length;
    }
    return folded;
}

bool CardFilter::active() const noexcept {
    return kind || theme || level || intensity || tag || !unicode::is_blank(search);
}

bool CardFilter::matches(const Card& card) const {
    if (kind && card.kind != *kind) return false;
    if (theme && card.theme != *theme) return false;
    if (level && card.level != *level) return false;
    if (intensity && card.intensity != *intensity) return false;
    if (tag && std::find(card.tags.begin(), card.tags.end(), *tag) == card.tags.end()) return false;
    const std::vector<std::string> words = search_words(search);
    if (words.empty()) return true;
    const std::string haystack = fold_case(card.text + "\n" + card.id + "\n" + tags_text(card) + "\n" + card.note);
    return std::all_of(words.begin(), words.end(),
                       [&](const std::string& word) { return haystack.find(word) != std::string::npos; });
}

std::vector<std::size_t> query_cards(const Deck& deck, const CardFilter& filter, const CardSort& sort) {
    std::vector<std::size_t> rows;
    rows.reserve(deck.cards.size());
    for (std::size_t i = 0; i < deck.cards.size(); ++i) {
        if (filter.matches(deck.cards[i])) rows.push_back(i);
    }
    const auto less = [&](std::size_t a, std::size_t b) -> bool {
        const Card& x = deck.cards[a];
        const Card& y = deck.cards[b];
        switch (sort.column) {
            case CardColumn::position: return a < b;
            case CardColumn::id: return x.id < y.id;
            case CardColumn::kind: return to_string(x.kind) < to_string(y.kind);
            case CardColumn::text: return fold_case(x.text) < fold_case(y.text);
            case CardColumn::theme: return x.theme < y.theme;
            case CardColumn::level: return x.level < y.level;
            case CardColumn::intensity: return x.intensity < y.intensity;
            case CardColumn::answers: return to_string(x.answers) < to_string(y.answers);
            case CardColumn::timer: return x.timer_seconds.value_or(0) < y.timer_seconds.value_or(0);
            case CardColumn::tags: return tags_text(x) < tags_text(y);
        }
        return a < b;
    };
    if (sort.descending) {
        std::stable_sort(rows.begin(), rows.end(), [&](std::size_t a, std::size_t b) { return less(b, a); });
    } else {
        std::stable_sort(rows.begin(), rows.end(), less);
    }
    return rows;
}

std::vector<std::string> tags_in(const Deck& deck) {
    std::set<std::string> tags;
    for (const Card& card : deck.cards) tags.insert(card.tags.begin(), card.tags.end());
    return {tags.begin(), tags.end()};
}

}  // namespace kindling::editor
