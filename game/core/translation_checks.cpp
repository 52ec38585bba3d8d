#include "translation_checks.hpp"

#include "text_similarity.hpp"

#include <algorithm>
#include <set>

namespace kindling {

namespace {

std::string did_you_mean(std::string_view word, const std::vector<std::string_view>& candidates) {
    if (const auto hint = closest_match(word, candidates)) return "; did you mean \"" + std::string(*hint) + "\"?";
    return ".";
}

void add(TranslationReadResult& result, SourcePosition position, Severity severity, std::string message,
         int card_index = -1, std::string field = {}) {
    result.diagnostics.push_back({result.file, position, severity, std::move(message), card_index, std::move(field)});
}

void check_against_base(TranslationReadResult& result, const Deck& base) {
    const DeckTranslation& translation = result.translation;
    std::vector<std::string_view> card_ids;
    for (const Card& card : base.cards) {
        if (!card.id.empty()) card_ids.push_back(card.id);
    }
    const std::set<std::string_view> known_cards(card_ids.begin(), card_ids.end());
    for (std::size_t i = 0; i < translation.cards.size(); ++i) {
        const std::string& id = translation.cards[i].id;
        if (id.empty() || known_cards.contains(id)) continue;
        add(result, result.card_id_positions[i], Severity::error,
            "the deck \"" + base.id + "\" has no card \"" + id + "\"" + did_you_mean(id, card_ids),
            static_cast<int>(i), "id");
    }
    std::vector<std::string_view> theme_ids;
    for (const Theme& theme : base.themes) theme_ids.push_back(theme.id);
    for (std::size_t i = 0; i < translation.themes.size(); ++i) {
        const std::string& id = translation.themes[i].id;
        if (std::find(theme_ids.begin(), theme_ids.end(), id) != theme_ids.end()) continue;
        std::string message = "the deck \"" + base.id + "\" declares no theme \"" + id + "\"";
        if (find_builtin_theme(id)) message += "; the built-in themes are translated with the game's own words";
        else message += did_you_mean(id, theme_ids);
        add(result, result.theme_id_positions[i], Severity::error, std::move(message));
    }
    if (translation.mode) {
        const ModeTranslation& mode = *translation.mode;
        if (!base.mode) {
            add(result, result.mode_position, Severity::error,
                "the deck \"" + base.id + "\" has no play mode of its own to translate");
        } else {
            for (std::size_t i = base.mode->sets.size(); i < mode.set_titles.size() && i < result.set_positions.size(); ++i) {
                add(result, result.set_positions[i], Severity::error,
                    "the mode of \"" + base.id + "\" has " + std::to_string(base.mode->sets.size()) +
                        (base.mode->sets.size() == 1 ? " set" : " sets") + "; this is set " + std::to_string(i + 1));
            }
            const bool closing_has_text = base.mode->closing && !base.mode->closing->card;
            if (!mode.closing_text.empty() && !closing_has_text) {
                add(result, result.closing_position, Severity::error,
                    base.mode->closing ? "the closing step of \"" + base.id + "\" is one of its cards; translate that card instead"
                                       : "the mode of \"" + base.id + "\" has no closing step");
            }
        }
    }
    if (same_language(language_of(base), translation.language)) {
        add(result, result.language_position, Severity::warning,
            "the deck \"" + base.id + "\" is already in \"" + translation.language + "\"; this translation is never used");
    }
    const TranslationCoverage coverage = translation_coverage(base, translation);
    const std::size_t missing = coverage.base_cards - coverage.translated;
    if (missing == 0) return;
    std::string message = std::to_string(missing) + " of " + std::to_string(coverage.base_cards) +
                          " cards of \"" + base.id + "\" are not translated";
    std::set<std::string_view> translated;
    for (const CardTranslation& card : translation.cards) translated.insert(card.id);
    std::vector<std::string_view> untranslated;
    for (const Card& card : base.cards) {
        if (!card.id.empty() && !translated.contains(card.id)) untranslated.push_back(card.id);
    }
    if (!untranslated.empty()) {
        message += " (";
        for (std::size_t i = 0; i < std::min<std::size_t>(untranslated.size(), 3); ++i) {
            message += (i > 0 ? ", " : "") + std::string(untranslated[i]);
        }
        message += untranslated.size() > 3 ? ", ...)" : ")";
    }
    if (coverage.without_id > 0) {
        message += "; " + std::to_string(coverage.without_id) + " of them " + (coverage.without_id == 1 ? "has" : "have") +
                   " no id and cannot be";
    }
    message += "; they are shown in the base deck's words";
    add(result, result.cards_position, Severity::warning, std::move(message));
}

}  // namespace

TranslationCoverage translation_coverage(const Deck& base, const DeckTranslation& translation) {
    std::set<std::string_view> translated;
    for (const CardTranslation& card : translation.cards) translated.insert(card.id);
    TranslationCoverage coverage;
    coverage.base_cards = base.cards.size();
    for (const Card& card : base.cards) {
        if (card.id.empty()) ++coverage.without_id;
        else if (translated.contains(card.id)) ++coverage.translated;
    }
    return coverage;
}

void check_translations(std::span<const Deck> decks, std::span<TranslationReadResult* const> translations) {
    std::vector<std::string_view> deck_ids;
    for (const Deck& deck : decks) deck_ids.push_back(deck.id);
    std::vector<const TranslationReadResult*> accepted;
    for (TranslationReadResult* result : translations) {
        if (!result->ok()) continue;
        const DeckTranslation& translation = result->translation;
        const auto base = std::find_if(decks.begin(), decks.end(),
                                       [&](const Deck& deck) { return deck.id == translation.translation_of; });
        if (base == decks.end()) {
            add(*result, result->translation_of_position, Severity::error,
                "there is no deck \"" + translation.translation_of + "\" to translate" +
                    did_you_mean(translation.translation_of, deck_ids) +
                    " A translation is checked and used next to its base deck.");
        } else {
            const auto earlier = std::find_if(accepted.begin(), accepted.end(), [&](const TranslationReadResult* other) {
                return other->translation.translation_of == translation.translation_of &&
                       same_language(other->translation.language, translation.language);
            });
            if (earlier != accepted.end()) {
                add(*result, result->language_position, Severity::error,
                    (*earlier)->file + " already translates \"" + translation.translation_of + "\" into \"" +
                        translation.language + "\"; keep one translation per deck and language");
            } else {
                check_against_base(*result, *base);
                accepted.push_back(result);
            }
        }
        std::stable_sort(result->diagnostics.begin(), result->diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
            return a.position.line != b.position.line ? a.position.line < b.position.line : a.position.column < b.position.column;
        });
    }
}

}  // namespace kindling
