#include "core/deck/translation_checks.hpp"

#include "core/text/text_similarity.hpp"

#include <algorithm>
#include <set>

namespace kindling {

namespace {

// `code` + "_hint" with the closest of `candidates` as {hint} when one is close, else `code`.
Message with_hint(std::string code, std::vector<MessageArg> args, std::string_view word,
                  const std::vector<std::string_view>& candidates) {
    if (const auto hint = closest_match(word, candidates)) {
        args.push_back({"hint", std::string(*hint)});
        code += "_hint";
    }
    return {std::move(code), std::move(args)};
}

void add(TranslationReadResult& result, SourcePosition position, Severity severity, Message message,
         int card_index = -1, std::string field = {}) {
    Diagnostic diagnostic = coded_diagnostic(result.file, position, severity, std::move(message));
    diagnostic.card_index = card_index;
    diagnostic.field = std::move(field);
    result.diagnostics.push_back(std::move(diagnostic));
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
            with_hint("problems.translation.no_card", {{"deck", base.id}, {"id", id}}, id, card_ids),
            static_cast<int>(i), "id");
    }
    std::vector<std::string_view> theme_ids;
    for (const Theme& theme : base.themes) theme_ids.push_back(theme.id);
    for (std::size_t i = 0; i < translation.themes.size(); ++i) {
        const std::string& id = translation.themes[i].id;
        if (std::find(theme_ids.begin(), theme_ids.end(), id) != theme_ids.end()) continue;
        std::vector<MessageArg> args{{"deck", base.id}, {"id", id}};
        add(result, result.theme_id_positions[i], Severity::error,
            find_builtin_theme(id) ? Message{"problems.translation.no_theme_builtin", std::move(args)}
                                   : with_hint("problems.translation.no_theme", std::move(args), id, theme_ids));
    }
    if (translation.mode) {
        const ModeTranslation& mode = *translation.mode;
        if (!base.mode) {
            add(result, result.mode_position, Severity::error, {"problems.translation.no_mode", {{"deck", base.id}}});
        } else {
            for (std::size_t i = base.mode->sets.size(); i < mode.set_titles.size() && i < result.set_positions.size(); ++i) {
                add(result, result.set_positions[i], Severity::error,
                    {base.mode->sets.size() == 1 ? "problems.translation.extra_set_one" : "problems.translation.extra_set_other",
                     {{"deck", base.id}, {"count", std::to_string(base.mode->sets.size())}, {"number", std::to_string(i + 1)}}});
            }
            const bool closing_has_text = base.mode->closing && !base.mode->closing->card;
            if (!mode.closing_text.empty() && !closing_has_text) {
                add(result, result.closing_position, Severity::error,
                    {base.mode->closing ? "problems.translation.closing_is_card" : "problems.translation.no_closing",
                     {{"deck", base.id}}});
            }
        }
    }
    if (same_language(language_of(base), translation.language)) {
        add(result, result.language_position, Severity::warning,
            {"problems.translation.same_language", {{"deck", base.id}, {"language", translation.language}}});
    }
    const TranslationCoverage coverage = translation_coverage(base, translation);
    const std::size_t missing = coverage.base_cards - coverage.translated;
    if (missing == 0) return;
    std::string examples;
    std::set<std::string_view> translated;
    for (const CardTranslation& card : translation.cards) translated.insert(card.id);
    std::vector<std::string_view> untranslated;
    for (const Card& card : base.cards) {
        if (!card.id.empty() && !translated.contains(card.id)) untranslated.push_back(card.id);
    }
    if (!untranslated.empty()) {
        examples += " (";
        for (std::size_t i = 0; i < std::min<std::size_t>(untranslated.size(), 3); ++i) {
            examples += (i > 0 ? ", " : "") + std::string(untranslated[i]);
        }
        examples += untranslated.size() > 3 ? ", ...)" : ")";
    }
    const char* code = coverage.without_id == 0   ? "problems.translation.untranslated"
                       : coverage.without_id == 1 ? "problems.translation.untranslated_without_id_one"
                                                  : "problems.translation.untranslated_without_id_other";
    add(result, result.cards_position, Severity::warning,
        {code,
         {{"missing", std::to_string(missing)}, {"total", std::to_string(coverage.base_cards)}, {"deck", base.id},
          {"examples", examples}, {"without_id", std::to_string(coverage.without_id)}}});
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
                with_hint("problems.translation.no_base", {{"deck", translation.translation_of}},
                          translation.translation_of, deck_ids));
        } else {
            const auto earlier = std::find_if(accepted.begin(), accepted.end(), [&](const TranslationReadResult* other) {
                return other->translation.translation_of == translation.translation_of &&
                       same_language(other->translation.language, translation.language);
            });
            if (earlier != accepted.end()) {
                add(*result, result->language_position, Severity::error,
                    {"problems.translation.translated_already",
                     {{"file", (*earlier)->file}, {"deck", translation.translation_of}, {"language", translation.language}}});
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
