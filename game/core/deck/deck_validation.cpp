#include "core/deck/deck_validation.hpp"

#include "core/deck/deck_reader.hpp"
#include "core/format/record_fields.hpp"
#include "core/text/text_similarity.hpp"
#include "core/text/unicode.hpp"
#include "core/format/yaml_fields.hpp"

#include <algorithm>
#include <map>

namespace kindling {

void DeckPositions::set(int card, std::string_view field, SourcePosition position, int item) {
    (card < 0 ? deck_entries_ : card_entries_).push_back({card, item, std::string(field), position});
}

std::optional<SourcePosition> DeckPositions::find(int card, std::string_view field, int item) const {
    const auto matches = [&](const Entry& entry) { return entry.card == card && entry.item == item && entry.field == field; };
    if (card < 0) {
        const auto found = std::find_if(deck_entries_.begin(), deck_entries_.end(), matches);
        return found == deck_entries_.end() ? std::nullopt : std::optional<SourcePosition>(found->position);
    }
    // Cards are read in order, so their entries are sorted by card.
    auto it = std::lower_bound(card_entries_.begin(), card_entries_.end(), card,
                               [](const Entry& entry, int wanted) { return entry.card < wanted; });
    for (; it != card_entries_.end() && it->card == card; ++it) {
        if (matches(*it)) return it->position;
    }
    return std::nullopt;
}

namespace {

// The value as messages quote it, like yaml::describe does for a scalar.
MessageArg quoted_value(std::string_view text) {
    constexpr std::size_t shown = 40;
    std::string quoted{unicode::prefix_code_points(text, shown)};
    if (quoted.size() < text.size()) quoted += "...";
    return {"value", "\"" + quoted + "\""};
}

std::string slug_rule_key(std::string_view separators) {
    if (separators.empty()) return "problems.slug_rule.plain";
    if (separators == "-") return "problems.slug_rule.dash";
    return "problems.slug_rule.dash_underscore";
}

bool is_colour(std::string_view text) {
    return text.size() == 7 && text[0] == '#' && std::all_of(text.begin() + 1, text.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
           });
}

// The rules every record shares: texts, slugs, numbers, located by the positions when given.
class ValueRules {
public:
    explicit ValueRules(const DeckPositions* positions) : positions_(positions) {}

protected:
    // Whether a rule about this value applies: read from the file with the right type, or, for
    // a deck in memory, set (an empty optional field is an absent one).
    [[nodiscard]] bool present(int card, std::string_view field, bool set, int item = -1) const {
        return positions_ != nullptr ? positions_->find(card, field, item).has_value() : set;
    }

    [[nodiscard]] SourcePosition where(int card, std::string_view field, int item = -1) const {
        if (positions_ == nullptr) return {};
        return positions_->find(card, field, item).value_or(SourcePosition{});
    }

    void add(Severity severity, int card, std::string field, int item, Message message,
             std::optional<SourcePosition> at = std::nullopt) {
        const SourcePosition position = at ? *at : where(card, field, item);
        problems_.push_back({severity, std::move(message), card, std::move(field), item, position});
    }
    void error(int card, std::string field, Message message, int item = -1) {
        add(Severity::error, card, std::move(field), item, std::move(message));
    }

    // The message field names the key as the file writes it ("id", not "themes.id").
    static std::string key_of(std::string_view field) {
        const std::size_t dot = field.rfind('.');
        return std::string(dot == std::string_view::npos ? field : field.substr(dot + 1));
    }

    // Returns whether the text is within the rule (so later checks of the same value run).
    bool check_text(int card, const std::string& field, const FieldRule& rule, const std::string& value, int item = -1) {
        const std::string key = key_of(field);
        if (!rule.allow_blank && unicode::is_blank(value)) {
            error(card, field, {"problems.blank", {{"field", key}}}, item);
            return false;
        }
        const std::size_t length = unicode::code_point_count(value);
        if (length > static_cast<std::size_t>(rule.max)) {
            error(card, field,
                  {"problems.too_long", {{"field", key}, {"length", std::to_string(length)}, {"max", std::to_string(rule.max)}}},
                  item);
            return false;
        }
        return true;
    }

    bool check_slug(int card, const std::string& field, const FieldRule& rule, const std::string& value, int item = -1) {
        const std::string key = key_of(field);
        const std::string rule_key = slug_rule_key(rule.separators);
        if (value.empty()) {
            error(card, field, {"problems.empty_slug", {{"field", key}, word_arg("rule", rule_key)}}, item);
            return false;
        }
        if (value.size() > static_cast<std::size_t>(rule.max)) {
            error(card, field, {"problems.slug_too_long", {{"field", key}, {"max", std::to_string(rule.max)}}}, item);
            return false;
        }
        if (!yaml::is_slug(value, rule.separators)) {
            error(card, field, {"problems.bad_slug", {{"field", key}, word_arg("rule", rule_key), quoted_value(value)}}, item);
            return false;
        }
        return true;
    }

    void check_number(int card, const std::string& field, const FieldRule& rule, long long value) {
        if (value >= rule.min && value <= rule.max) return;
        std::vector<MessageArg> args{{"field", field}, {"min", std::to_string(rule.min)}, {"max", std::to_string(rule.max)},
                                     {"value", std::to_string(value)}};
        if (!rule.unit.empty()) args.push_back(word_arg("unit", "problems.unit." + std::string(rule.unit)));
        error(card, field, {rule.unit.empty() ? "problems.not_whole_number" : "problems.not_whole_number_unit", std::move(args)});
    }

    // A text field of the deck or a card: checked when present (see `present`).
    void text_field(int card, const RecordDescription& record, std::string_view name, const std::string& value) {
        const FieldRule& rule = record.at(name);
        if (present(card, name, rule.required || !value.empty())) check_text(card, std::string(name), rule, value);
    }

    // "…; it was first used at line N" for a file, "…; the first is number N" in memory; `item`
    // is the first one's index within a list field, else its card.
    Message first_use(std::string code, const std::string& id, int first_card, std::string_view field, int first_item,
                      std::string excerpt = {}) const {
        if (positions_ != nullptr) {
            const SourcePosition first = where(first_card, field, first_item);
            return {std::move(code), {{"id", id}, {"line", std::to_string(first.line)}}};
        }
        if (first_item >= 0) return {std::move(code) + "_in_memory", {{"id", id}, {"number", std::to_string(first_item + 1)}}};
        return {std::move(code) + "_in_memory",
                {{"id", id}, {"number", std::to_string(first_card + 1)}, {"excerpt", std::move(excerpt)}}};
    }

    const DeckPositions* positions_;
    std::vector<DeckProblem> problems_;
};

// " (“What is a dream…”)": the start of a card's text, so people can find the card.
std::string excerpt_of(std::string_view text) {
    if (unicode::is_blank(text)) return {};
    const std::string_view start = unicode::prefix_code_points(text, 32);
    return " (\u201C" + std::string(start) + (start.size() < text.size() ? "\u2026" : "") + "\u201D)";
}

class Validator : private ValueRules {
public:
    Validator(const Deck& deck, const DeckPositions* positions, const DeckValidationOptions& options)
        : ValueRules(positions), deck_(deck), options_(options) {}

    std::vector<DeckProblem> run() {
        check_deck_fields();
        check_themes();
        check_cards();
        check_mode();
        return std::move(problems_);
    }

private:
    [[nodiscard]] std::string excerpt(int card) const { return excerpt_of(deck_.cards[static_cast<std::size_t>(card)].text); }

    void check_deck_fields() {
        const RecordDescription& record = deck_record();
        if (present(-1, "id", true)) check_slug(-1, "id", record.at("id"), deck_.id);
        text_field(-1, record, "title", deck_.title);
        text_field(-1, record, "description", deck_.description);
        if (present(-1, "language", !deck_.language.empty())) {
            if (check_text(-1, "language", record.at("language"), deck_.language) && !yaml::is_language_tag(deck_.language)) {
                error(-1, "language", {"problems.not_language", {quoted_value(deck_.language)}});
            }
        }
        text_field(-1, record, "author", deck_.author);
        text_field(-1, record, "licence", deck_.licence);
        if (present(-1, "theme", !deck_.theme.empty()) && check_slug(-1, "theme", record.at("theme"), deck_.theme)) {
            check_theme_exists(-1, deck_.theme);
        }
        if (positions_ == nullptr || positions_->find(-1, "cards").has_value()) {
            if (deck_.cards.empty()) error(-1, "cards", {"problems.deck.no_cards", {}});
        }
        if (deck_.cards.size() > max_cards_per_deck) {
            error(-1, "cards", {"problems.deck.too_many_cards", {{"max", std::to_string(max_cards_per_deck)}}});
        }
    }

    void check_themes() {
        const RecordDescription& record = theme_record();
        std::map<std::string, int> seen;
        for (std::size_t i = 0; i < deck_.themes.size(); ++i) {
            const Theme& theme = deck_.themes[i];
            const int item = static_cast<int>(i);
            if (present(-1, "themes.id", true, item) && check_slug(-1, "themes.id", record.at("id"), theme.id, item)) {
                if (find_builtin_theme(theme.id)) {
                    error(-1, "themes.id", {"problems.deck.theme_builtin", {{"id", theme.id}}}, item);
                } else if (const auto [first, inserted] = seen.emplace(theme.id, item); !inserted) {
                    error(-1, "themes.id", first_use("problems.deck.duplicate_theme", theme.id, -1, "themes.id", first->second), item);
                }
            }
            if (present(-1, "themes.title", true, item)) check_text(-1, "themes.title", record.at("title"), theme.title, item);
            if (present(-1, "themes.description", !theme.description.empty(), item)) {
                check_text(-1, "themes.description", record.at("description"), theme.description, item);
            }
            if (present(-1, "themes.colour", !theme.colour.empty(), item) &&
                check_text(-1, "themes.colour", record.at("colour"), theme.colour, item) && !is_colour(theme.colour)) {
                error(-1, "themes.colour", {"problems.deck.bad_colour", {quoted_value(theme.colour)}}, item);
            }
            if (present(-1, "themes.icon", !theme.icon.empty(), item)) {
                check_slug(-1, "themes.icon", record.at("icon"), theme.icon, item);
            }
        }
    }

    void check_theme_exists(int card, const std::string& id) {
        if (find_theme(deck_, id)) return;
        std::vector<std::string_view> known;
        for (const Theme& theme : builtin_themes()) known.push_back(theme.id);
        for (const Theme& theme : deck_.themes) {
            if (!yaml::is_slug(theme.id, "-") || std::find(known.begin(), known.end(), theme.id) != known.end()) continue;
            known.push_back(theme.id);
        }
        std::vector<MessageArg> args{{"id", id}, choices_arg("themes", known)};
        if (const auto hint = closest_match(id, known)) {
            args.push_back({"hint", std::string(*hint)});
            error(card, "theme", {"problems.card.unknown_theme", std::move(args)});
        } else {
            error(card, "theme", {"problems.card.unknown_theme_list", std::move(args)});
        }
    }

    void check_cards() {
        const RecordDescription& record = card_record();
        std::map<std::string, int> ids;
        for (std::size_t i = 0; i < deck_.cards.size(); ++i) {
            const Card& card = deck_.cards[i];
            const int index = static_cast<int>(i);
            if (present(index, "id", !card.id.empty()) && check_slug(index, "id", record.at("id"), card.id)) {
                if (const auto [first, inserted] = ids.emplace(card.id, index); !inserted) {
                    error(index, "id", first_use("problems.card.duplicate_id", card.id, first->second, "id", -1, excerpt(first->second)));
                }
            }
            if (present(index, "text", true) && check_text(index, "text", record.at("text"), card.text) &&
                options_.style_warnings && unicode::code_point_count(card.text) > comfortable_card_text_chars) {
                add(Severity::warning, index, "text", -1, long_text_message(card.text));
            }
            // A card without a theme of its own has its deck's (checked once, for the deck).
            const bool own_theme = positions_ != nullptr ? present(index, "theme", false) : card.theme != deck_.theme;
            if (own_theme && !card.theme.empty() && check_slug(index, "theme", record.at("theme"), card.theme)) {
                check_theme_exists(index, card.theme);
            }
            if (present(index, "level", true)) check_number(index, "level", record.at("level"), card.level);
            if (card.timer_seconds && present(index, "timer", true)) {
                check_number(index, "timer", record.at("timer"), *card.timer_seconds);
            }
            check_tags(index, card, record.at("tags"));
            text_field(index, record, "note", card.note);
            if (card.kind == CardKind::write && options_.style_warnings) check_write_card(index, card);
        }
        if (options_.style_warnings && options_.near_duplicates) check_near_duplicates();
    }

    // A write card is a room's game: everyone writes an anonymous answer under the prompt and the
    // room picks a favourite, so it needs everyone, more than two players, and a prompt short
    // enough to stay on screen above the answers.
    void check_write_card(int index, const Card& card) {
        if (card.answers != Answerer::everyone) {
            add(Severity::warning, index, "answers", -1,
                {"problems.card.write_not_everyone", {{"answers", std::string(to_string(card.answers))}}});
        }
        if (deck_.mode && deck_.mode->players == ModePlayers::couple) {
            add(Severity::warning, index, "kind", -1, {"problems.card.write_for_couple", {}});
        }
        if (const std::size_t length = unicode::code_point_count(card.text); length > comfortable_write_prompt_chars) {
            add(Severity::warning, index, "text", -1,
                {"problems.card.long_write_prompt",
                 {{"length", std::to_string(length)}, {"max", std::to_string(comfortable_write_prompt_chars)}}});
        }
    }

    void check_tags(int index, const Card& card, const FieldRule& rule) {
        if (card.tags.size() > static_cast<std::size_t>(rule.max)) {
            error(index, "tags",
                  {"problems.too_many_entries",
                   {{"field", "tags"}, {"count", std::to_string(card.tags.size())}, {"max", std::to_string(rule.max)}}});
            return;
        }
        FieldRule item_rule = rule;
        item_rule.max = static_cast<long long>(rule.item_max);
        for (std::size_t t = 0; t < card.tags.size(); ++t) {
            const int item = static_cast<int>(t);
            if (present(index, "tags", true, item)) check_text(index, "tags", item_rule, card.tags[t], item);
        }
    }

    void check_near_duplicates() {
        std::vector<std::string_view> texts;
        texts.reserve(deck_.cards.size());
        for (const Card& card : deck_.cards) texts.push_back(card.text);
        for (const SimilarPair& pair : find_near_duplicates(texts)) {
            const int first = static_cast<int>(pair.first);
            const int second = static_cast<int>(pair.second);
            const std::string code = pair.similarity >= 1.0 ? "problems.card.same_as" : "problems.card.similar_to";
            Message message = positions_ != nullptr
                                  ? Message{code, {{"line", std::to_string(where(first, "").line)}}}
                                  : Message{code + "_in_memory", {{"number", std::to_string(first + 1)}, {"excerpt", excerpt(first)}}};
            add(Severity::warning, second, "text", -1, std::move(message), where(second, ""));
        }
    }

    void check_mode() {
        if (!deck_.mode) return;
        DiagnosticList found("");
        check_play_mode_cards(*deck_.mode, deck_, found);
        for (const Diagnostic& diagnostic : found.items()) {
            problems_.push_back({diagnostic.severity, {diagnostic.code, diagnostic.args}, -1, "mode", -1, diagnostic.position});
        }
    }

    const Deck& deck_;
    DeckValidationOptions options_;
};

class TranslationValidator : private ValueRules {
public:
    TranslationValidator(const DeckTranslation& translation, const DeckPositions* positions,
                         const DeckValidationOptions& options)
        : ValueRules(positions), translation_(translation), options_(options) {}

    std::vector<DeckProblem> run() {
        check_fields();
        check_themes();
        check_mode();
        check_cards();
        return std::move(problems_);
    }

private:
    void check_fields() {
        const RecordDescription& record = translation_record();
        const bool id_ok = present(-1, "id", true) && check_slug(-1, "id", record.at("id"), translation_.id);
        if (present(-1, "translation_of", true)) check_slug(-1, "translation_of", record.at("translation_of"), translation_.translation_of);
        if (present(-1, "language", true) && check_text(-1, "language", record.at("language"), translation_.language) &&
            !yaml::is_language_tag(translation_.language)) {
            error(-1, "language", {"problems.not_language", {quoted_value(translation_.language)}});
        }
        text_field(-1, record, "title", translation_.title);
        text_field(-1, record, "description", translation_.description);
        text_field(-1, record, "author", translation_.author);
        text_field(-1, record, "licence", translation_.licence);
        if (id_ok && translation_.id == translation_.translation_of) {
            const bool language_ok = yaml::is_language_tag(translation_.language);
            const std::string example =
                translation_.id + "-" + std::string(primary_language(language_ok ? translation_.language : "de"));
            error(-1, "id", {"problems.translation.id_of_base", {{"example", example}}});
        }
        if (present(-1, "cards", true) && translation_.cards.empty()) error(-1, "cards", {"problems.translation.no_cards", {}});
    }

    void check_themes() {
        const RecordDescription& record = translated_theme_record();
        std::map<std::string, int> seen;
        for (std::size_t i = 0; i < translation_.themes.size(); ++i) {
            const ThemeTranslation& theme = translation_.themes[i];
            const int item = static_cast<int>(i);
            if (present(-1, "themes.id", true, item) && check_slug(-1, "themes.id", record.at("id"), theme.id, item)) {
                if (const auto [first, inserted] = seen.emplace(theme.id, item); !inserted) {
                    error(-1, "themes.id", first_use("problems.translation.theme_twice", theme.id, -1, "themes.id", first->second),
                          item);
                }
            }
            if (present(-1, "themes.title", true, item)) check_text(-1, "themes.title", record.at("title"), theme.title, item);
            if (present(-1, "themes.description", !theme.description.empty(), item)) {
                check_text(-1, "themes.description", record.at("description"), theme.description, item);
            }
        }
    }

    void check_mode() {
        if (!translation_.mode) return;
        const ModeTranslation& mode = *translation_.mode;
        const RecordDescription& record = *find_record("translated_mode");
        if (present(-1, "mode.title", !mode.title.empty())) check_text(-1, "mode.title", record.at("title"), mode.title);
        if (present(-1, "mode.description", !mode.description.empty())) {
            check_text(-1, "mode.description", record.at("description"), mode.description);
        }
        const FieldRule& set_title = find_record("translated_set")->at("title");
        for (std::size_t i = 0; i < mode.set_titles.size(); ++i) {
            const int item = static_cast<int>(i);
            if (present(-1, "mode.sets.title", !mode.set_titles[i].empty(), item)) {
                check_text(-1, "mode.sets.title", set_title, mode.set_titles[i], item);
            }
        }
        if (present(-1, "mode.closing.text", !mode.closing_text.empty())) {
            check_text(-1, "mode.closing.text", find_record("translated_closing")->at("text"), mode.closing_text);
        }
    }

    void check_cards() {
        const RecordDescription& record = translated_card_record();
        std::map<std::string, int> ids;
        for (std::size_t i = 0; i < translation_.cards.size(); ++i) {
            const CardTranslation& card = translation_.cards[i];
            const int index = static_cast<int>(i);
            if (present(index, "id", true) && check_slug(index, "id", record.at("id"), card.id)) {
                if (const auto [first, inserted] = ids.emplace(card.id, index); !inserted) {
                    error(index, "id",
                          first_use("problems.translation.card_twice", card.id, first->second, "id", -1,
                                    excerpt_of(translation_.cards[static_cast<std::size_t>(first->second)].text)));
                }
            }
            if (present(index, "text", true) && check_text(index, "text", record.at("text"), card.text) &&
                options_.style_warnings && unicode::code_point_count(card.text) > comfortable_card_text_chars) {
                add(Severity::warning, index, "text", -1, long_text_message(card.text));
            }
            text_field(index, record, "note", card.note);
        }
    }

    const DeckTranslation& translation_;
    DeckValidationOptions options_;
};

}  // namespace

std::vector<DeckProblem> validate(const DeckTranslation& translation, const DeckPositions* positions,
                                  const DeckValidationOptions& options) {
    return TranslationValidator(translation, positions, options).run();
}

std::vector<DeckProblem> validate(const Deck& deck, const DeckPositions* positions, const DeckValidationOptions& options) {
    return Validator(deck, positions, options).run();
}

Diagnostic to_diagnostic(const DeckProblem& problem, const std::string& file) {
    Diagnostic diagnostic = coded_diagnostic(file, problem.position, problem.severity, problem.message);
    diagnostic.card_index = problem.card;
    diagnostic.field = problem.field;
    return diagnostic;
}

}  // namespace kindling
