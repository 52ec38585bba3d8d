#include "core/deck/deck_translation.hpp"

#include <algorithm>
#include <map>

namespace kindling {

namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace

Deck apply_translation(const Deck& base, const DeckTranslation& translation) {
    Deck deck = base;
    deck.language = translation.language;
    if (!translation.title.empty()) deck.title = translation.title;
    if (!translation.description.empty()) deck.description = translation.description;
    for (const ThemeTranslation& theme : translation.themes) {
        const auto found = std::find_if(deck.themes.begin(), deck.themes.end(),
                                        [&](const Theme& t) { return t.id == theme.id; });
        if (found == deck.themes.end()) continue;
        found->title = theme.title;
        if (!theme.description.empty()) found->description = theme.description;
    }
    if (deck.mode && translation.mode) {
        PlayMode& mode = *deck.mode;
        const ModeTranslation& words = *translation.mode;
        if (!words.title.empty()) mode.title = words.title;
        if (!words.description.empty()) mode.description = words.description;
        for (std::size_t i = 0; i < words.set_titles.size() && i < mode.sets.size(); ++i) {
            if (!words.set_titles[i].empty()) mode.sets[i].title = words.set_titles[i];
        }
        if (mode.closing && !mode.closing->card && !words.closing_text.empty()) mode.closing->text = words.closing_text;
    }
    std::map<std::string_view, const CardTranslation*> by_id;
    for (const CardTranslation& card : translation.cards) by_id.emplace(card.id, &card);
    for (Card& card : deck.cards) {
        if (card.id.empty()) continue;
        const auto found = by_id.find(card.id);
        if (found == by_id.end()) continue;
        card.text = found->second->text;
        // An untranslated note stays in the base language: it is for authors, never shown.
        if (!found->second->note.empty()) card.note = found->second->note;
    }
    return deck;
}

// Both branches as views: `cond ? "en" : deck.language` would be a temporary std::string.
std::string_view language_of(const Deck& deck) {
    return deck.language.empty() ? std::string_view("en") : std::string_view(deck.language);
}

bool same_language(std::string_view a, std::string_view b) {
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return lower(x) == lower(y); });
}

std::string_view primary_language(std::string_view tag) { return tag.substr(0, tag.find('-')); }

const DeckTranslation* best_translation(const Deck& base, std::span<const DeckTranslation> translations,
                                        std::string_view language) {
    if (language.empty() || same_language(language_of(base), language)) return nullptr;
    const DeckTranslation* primary_match = nullptr;
    for (const DeckTranslation& translation : translations) {
        if (translation.translation_of != base.id) continue;
        if (same_language(translation.language, language)) return &translation;
        if (primary_match == nullptr && same_language(translation.language, primary_language(language))) {
            primary_match = &translation;
        }
    }
    // A deck written in the primary language itself beats a translation into it.
    if (primary_match != nullptr && same_language(language_of(base), primary_language(language))) return nullptr;
    return primary_match;
}

std::vector<Deck> localize_decks(std::span<const Deck> bases, std::span<const DeckTranslation> translations,
                                 std::string_view language) {
    std::vector<Deck> decks;
    decks.reserve(bases.size());
    for (const Deck& base : bases) {
        const DeckTranslation* translation = best_translation(base, translations, language);
        decks.push_back(translation != nullptr ? apply_translation(base, *translation) : base);
    }
    return decks;
}

}  // namespace kindling
