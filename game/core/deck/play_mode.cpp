#include "core/deck/play_mode.hpp"

#include "core/deck/deck.hpp"
#include "core/text/text_similarity.hpp"
#include "core/text/unicode.hpp"
#include "core/format/yaml_fields.hpp"
#include "core/format/yaml_writer.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <unordered_set>

namespace kindling {

ClosingStep::ClosingStep() noexcept
    : kind(CardKind::gesture), intensity(Intensity::personal), answers(Answerer::both) {}

namespace {

using yaml::Node;

constexpr std::array<std::string_view, 11> mode_keys{
    "id",           "title",          "description",   "source", "players", "answers",
    "first_reader", "reader_changes", "first_speaker", "sets",   "closing"};
constexpr std::array<std::string_view, 7> set_keys{"title", "cards",          "tags",   "order",
                                                   "count", "budget_minutes", "answers"};
constexpr std::array<std::string_view, 7> closing_keys{"card",    "text",  "kind",    "intensity",
                                                       "answers", "timer", "optional"};
constexpr std::array<std::string_view, 3> timer_keys{"min", "max", "default"};

constexpr std::size_t max_title_chars = 100;
constexpr std::size_t max_description_chars = 1000;
constexpr std::size_t max_slug_chars = 64;
constexpr std::size_t max_tag_chars = 40;
constexpr std::size_t max_references_per_set = 10'000;

template <typename Enum, std::size_t N>
struct Choices {
    std::array<std::pair<Enum, std::string_view>, N> entries;

    [[nodiscard]] std::optional<Enum> parse(std::string_view text) const {
        for (const auto& [value, name] : entries) {
            if (name == text) return value;
        }
        return std::nullopt;
    }
    [[nodiscard]] std::string_view name(Enum value) const {
        for (const auto& [candidate, name] : entries) {
            if (candidate == value) return name;
        }
        return "?";
    }
    [[nodiscard]] std::array<std::string_view, N> names() const {
        std::array<std::string_view, N> out{};
        for (std::size_t i = 0; i < N; ++i) out[i] = entries[i].second;
        return out;
    }
};

constexpr Choices<ModePlayers, 3> players_choices{
    {{{ModePlayers::couple, "couple"}, {ModePlayers::party, "party"}, {ModePlayers::any, "any"}}}};
constexpr Choices<FirstReader, 2> first_reader_choices{
    {{{FirstReader::first_player, "first-player"}, {FirstReader::random, "random"}}}};
constexpr Choices<ReaderChanges, 2> reader_changes_choices{
    {{{ReaderChanges::every_card, "every-card"}, {ReaderChanges::every_set, "every-set"}}}};
constexpr Choices<FirstSpeaker, 3> first_speaker_choices{{{{FirstSpeaker::alternate, "alternate"},
                                                           {FirstSpeaker::reader, "reader"},
                                                           {FirstSpeaker::partner, "partner"}}}};
constexpr Choices<SetOrder, 2> order_choices{
    {{{SetOrder::fixed, "fixed"}, {SetOrder::shuffled, "shuffled"}}}};

template <typename Enum, std::size_t N>
std::array<std::string_view, N> names_of(const std::array<Enum, N>& values) {
    std::array<std::string_view, N> names{};
    for (std::size_t i = 0; i < N; ++i) names[i] = to_string(values[i]);
    return names;
}

// Walks one mode mapping, reporting into the caller's list. Messages follow the deck reader's.
class ModeReader {
public:
    explicit ModeReader(DiagnosticList& diagnostics) : diagnostics_(diagnostics) {}

    PlayMode read(const Node& node) {
        PlayMode mode;
        mode.where.position = node.position;
        if (!node.is_mapping()) {
            error(node, "problems.mode.not_mapping", {yaml::described(node)});
            return mode;
        }
        yaml::check_keys(node, mode_keys, "mode", diagnostics_);

        if (const Node* id = required(node, "id", "mode_id")) {
            if (auto slug = yaml::read_slug(*id, "id", max_slug_chars, "-", diagnostics_)) {
                if (*slug == game_night_mode_id) {
                    error(*id, "problems.mode.game_night_id", {});
                } else {
                    mode.id = std::move(*slug);
                }
            }
        }
        if (const Node* title = required(node, "title", "deck_title")) {
            assign(mode.title, yaml::read_text(*title, "title", diagnostics_, max_title_chars));
        }
        if (const Node* description = node.find("description")) {
            assign(mode.description,
                   yaml::read_text(*description, "description", diagnostics_, max_description_chars, true));
        }
        if (const Node* source = node.find("source")) {
            assign(mode.source, yaml::read_text(*source, "source", diagnostics_, max_description_chars, true));
        }
        read_choice(node, "players", players_choices, mode.players);
        read_choice(node, "first_reader", first_reader_choices, mode.first_reader);
        read_choice(node, "reader_changes", reader_changes_choices, mode.reader_changes);
        read_choice(node, "first_speaker", first_speaker_choices, mode.first_speaker);
        if (const Node* answers = node.find("answers")) mode.answers = read_answerer(*answers);

        if (const Node* sets = required(node, "sets", "mode_sets")) read_sets(*sets, mode);
        if (const Node* closing = node.find("closing")) mode.closing = read_closing(*closing);
        return mode;
    }

private:
    DiagnosticList& diagnostics_;

    static void assign(std::string& target, std::optional<std::string>&& value) {
        if (value) target = std::move(*value);
    }

    void error(const Node& node, std::string code, std::vector<MessageArg> args) {
        diagnostics_.error(node.position, Message{std::move(code), std::move(args)});
    }

    const Node* required(const Node& mapping, std::string_view key, std::string_view hint) {
        const Node* value = mapping.find(key);
        if (value == nullptr) yaml::report_missing(mapping, key, hint, diagnostics_);
        return value;
    }

    template <typename Enum, std::size_t N>
    void read_choice(const Node& mapping, std::string_view key, const Choices<Enum, N>& choices, Enum& out) {
        const Node* node = mapping.find(key);
        if (node == nullptr) return;
        const auto names = choices.names();
        if (const auto name = yaml::read_choice(*node, key, names, diagnostics_)) out = *choices.parse(*name);
    }

    std::optional<Answerer> read_answerer(const Node& node) {
        const auto name = yaml::read_choice(node, "answers", names_of(all_answerers), diagnostics_);
        return name ? answerer_from_string(*name) : std::nullopt;
    }

    std::optional<int> read_number(const Node& node, std::string_view name, int min, int max,
                                   std::string_view unit) {
        const auto value = yaml::read_integer(node, name, min, max, unit, diagnostics_);
        return value ? std::optional<int>(static_cast<int>(*value)) : std::nullopt;
    }

    void read_sets(const Node& node, PlayMode& mode) {
        if (!node.is_sequence()) {
            error(node, "problems.mode.sets_not_list", {yaml::described(node)});
            return;
        }
        if (node.children.empty()) {
            error(node, "problems.mode.no_sets", {});
            return;
        }
        if (node.children.size() > static_cast<std::size_t>(max_mode_sets)) {
            error(node, "problems.mode.too_many_sets",
                  {{"count", std::to_string(node.children.size())}, {"max", std::to_string(max_mode_sets)}});
            return;
        }
        for (const Node& item : node.children) mode.sets.push_back(read_set(item));
    }

    ModeSet read_set(const Node& node) {
        ModeSet set;
        set.where.position = node.position;
        if (!node.is_mapping()) {
            error(node, "problems.mode.set_not_mapping", {yaml::described(node)});
            return set;
        }
        yaml::check_keys(node, set_keys, "set", diagnostics_);
        if (const Node* title = node.find("title")) {
            assign(set.title, yaml::read_text(*title, "title", diagnostics_, max_title_chars));
        }
        const Node* cards = node.find("cards");
        const Node* tags = node.find("tags");
        if (cards != nullptr && tags != nullptr) {
            error(*tags, "problems.mode.cards_and_tags", {});
        } else if (cards != nullptr) {
            set.cards = read_references(*cards, "cards", true);
        } else if (tags != nullptr) {
            set.tags = read_references(*tags, "tags", false);
        } else {
            yaml::report_missing(node, "cards", "set_cards", diagnostics_);
        }
        read_choice(node, "order", order_choices, set.order);
        if (const Node* count = node.find("count")) set.count = read_number(*count, "count", 1, max_set_count, "cards");
        if (const Node* budget = node.find("budget_minutes")) {
            set.budget_minutes =
                read_number(*budget, "budget_minutes", min_budget_minutes, max_budget_minutes, "minutes");
        }
        if (const Node* answers = node.find("answers")) set.answers = read_answerer(*answers);
        return set;
    }

    std::vector<ModeReference> read_references(const Node& node, std::string_view name, bool card_ids) {
        std::vector<ModeReference> out;
        if (!node.is_sequence()) {
            error(node, "problems.mode.references_not_list",
                  {{"field", std::string(name)}, {"example", card_ids ? "[ladder-1-01, ladder-1-02]" : "[set-1]"},
                   yaml::described(node)});
            return out;
        }
        if (node.children.empty()) {
            error(node, card_ids ? "problems.mode.no_cards" : "problems.mode.no_tags", {{"field", std::string(name)}});
            return out;
        }
        if (node.children.size() > max_references_per_set) {
            error(node, "problems.too_many_entries",
                  {{"field", std::string(name)}, {"count", std::to_string(node.children.size())},
                   {"max", std::to_string(max_references_per_set)}});
            return out;
        }
        std::unordered_map<std::string, SourcePosition> seen;
        for (const Node& item : node.children) {
            const auto value = card_ids ? yaml::read_slug(item, "cards", max_slug_chars, "-_", diagnostics_)
                                        : yaml::read_text(item, "tags", diagnostics_, max_tag_chars);
            if (!value) continue;
            const auto [it, inserted] = seen.emplace(*value, item.position);
            if (!inserted) {
                error(item, card_ids ? "problems.mode.card_twice" : "problems.mode.tag_twice",
                      {{"name", *value}, {"line", std::to_string(it->second.line)},
                       {"column", std::to_string(it->second.column)}});
                continue;
            }
            out.push_back({*value, {item.position}});
        }
        return out;
    }

    std::optional<ClosingStep> read_closing(const Node& node) {
        if (!node.is_mapping()) {
            error(node, "problems.mode.closing_not_mapping", {yaml::described(node)});
            return std::nullopt;
        }
        yaml::check_keys(node, closing_keys, "closing", diagnostics_);
        ClosingStep closing;
        closing.where.position = node.position;
        const Node* card = node.find("card");
        const Node* text = node.find("text");
        bool usable = true;
        if (card != nullptr && text != nullptr) {
            error(*text, "problems.mode.card_and_text", {});
            usable = false;
        } else if (card != nullptr) {
            if (auto id = yaml::read_slug(*card, "card", max_slug_chars, "-_", diagnostics_)) {
                closing.card = ModeReference{std::move(*id), {card->position}};
            } else {
                usable = false;
            }
            for (const std::string_view key : {"kind", "intensity", "answers"}) {
                if (const Node* ignored = node.find(key)) {
                    diagnostics_.warning(ignored->position,
                                         Message{"problems.mode.ignored_with_card", {{"field", std::string(key)}}});
                }
            }
        } else if (text != nullptr) {
            if (auto value = yaml::read_text(*text, "text", diagnostics_, max_card_text_chars)) {
                closing.text = std::move(*value);
            } else {
                usable = false;
            }
            read_closing_card_fields(node, closing);
        } else {
            yaml::report_missing(node, "text", "closing_text", diagnostics_);
            usable = false;
        }
        if (const Node* timer = node.find("timer")) closing.timer = read_timer(*timer);
        if (const Node* optional = node.find("optional")) {
            if (const auto value = yaml::read_boolean(*optional, "optional", diagnostics_)) closing.optional = *value;
        }
        if (!usable) return std::nullopt;
        return closing;
    }

    void read_closing_card_fields(const Node& node, ClosingStep& closing) {
        if (const Node* kind = node.find("kind")) {
            if (const auto name = yaml::read_choice(*kind, "kind", names_of(all_card_kinds), diagnostics_)) {
                closing.kind = *card_kind_from_string(*name);
            }
        }
        if (const Node* intensity = node.find("intensity")) {
            if (const auto name = yaml::read_choice(*intensity, "intensity", names_of(all_intensities), diagnostics_)) {
                closing.intensity = *intensity_from_string(*name);
            }
        }
        if (const Node* answers = node.find("answers")) {
            if (const auto value = read_answerer(*answers)) closing.answers = *value;
        }
    }

    std::optional<TimerRange> read_timer(const Node& node) {
        if (node.is_scalar()) {
            const auto seconds = read_number(node, "timer", min_timer_seconds, max_timer_seconds, "seconds");
            if (!seconds) return std::nullopt;
            return TimerRange{*seconds, *seconds, *seconds};
        }
        if (!node.is_mapping()) {
            error(node, "problems.mode.bad_timer", {yaml::described(node)});
            return std::nullopt;
        }
        yaml::check_keys(node, timer_keys, "closing_timer", diagnostics_);
        std::array<std::optional<int>, timer_keys.size()> values;
        bool complete = true;
        for (std::size_t i = 0; i < timer_keys.size(); ++i) {
            const Node* value = required(node, timer_keys[i], "seconds");
            if (value != nullptr) {
                values[i] = read_number(*value, timer_keys[i], min_timer_seconds, max_timer_seconds, "seconds");
            }
            complete = complete && values[i].has_value();
        }
        if (!complete) return std::nullopt;
        const TimerRange range{*values[0], *values[1], *values[2]};
        if (range.min_seconds > range.max_seconds) {
            error(*node.find("max"), "problems.mode.timer_max_below_min",
                  {{"max", std::to_string(range.max_seconds)}, {"min", std::to_string(range.min_seconds)}});
            return std::nullopt;
        }
        if (range.default_seconds < range.min_seconds || range.default_seconds > range.max_seconds) {
            error(*node.find("default"), "problems.mode.timer_default_outside",
                  {{"min", std::to_string(range.min_seconds)}, {"max", std::to_string(range.max_seconds)},
                   {"value", std::to_string(range.default_seconds)}});
            return std::nullopt;
        }
        return range;
    }
};

// Hints compare against every id of a deck; a handful of them is enough to spot a pattern.
constexpr int max_hinted_ids = 10;

}  // namespace

PlayMode parse_play_mode(const yaml::Node& node, DiagnosticList& diagnostics) {
    return ModeReader(diagnostics).read(node);
}

void check_play_mode_cards(const PlayMode& mode, const Deck& deck, DiagnosticList& diagnostics) {
    std::unordered_set<std::string_view> ids;
    std::unordered_set<std::string_view> tags;
    for (const Card& card : deck.cards) {
        if (!card.id.empty()) ids.insert(card.id);
        for (const std::string& tag : card.tags) tags.insert(tag);
    }
    std::vector<std::string_view> id_list(ids.begin(), ids.end());
    std::sort(id_list.begin(), id_list.end());
    int hints_left = max_hinted_ids;
    // `set_number` 0 is the closing step.
    const auto unknown_card = [&](const ModeReference& reference, std::size_t set_number) {
        std::vector<MessageArg> args{{"id", reference.name}, {"set", std::to_string(set_number)}};
        std::string code = set_number == 0 ? "problems.mode.unknown_closing_card" : "problems.mode.unknown_card";
        if (hints_left > 0) {
            --hints_left;
            if (const auto hint = closest_match(reference.name, id_list)) {
                args.push_back({"hint", std::string(*hint)});
                code += "_hint";
            }
        }
        diagnostics.error(reference.where.position, Message{std::move(code), std::move(args)});
    };

    std::unordered_map<std::string_view, std::size_t> set_of_card;
    for (std::size_t s = 0; s < mode.sets.size(); ++s) {
        const ModeSet& set = mode.sets[s];
        for (const ModeReference& reference : set.cards) {
            if (!ids.contains(reference.name)) {
                unknown_card(reference, s + 1);
                continue;
            }
            const auto [it, inserted] = set_of_card.emplace(reference.name, s);
            if (!inserted && it->second != s) {
                diagnostics.warning(reference.where.position,
                                    Message{"problems.mode.card_in_two_sets",
                                            {{"id", reference.name}, {"set", std::to_string(it->second + 1)}}});
            }
        }
        for (const ModeReference& tag : set.tags) {
            if (!tags.contains(tag.name)) {
                diagnostics.warning(tag.where.position, Message{"problems.mode.unused_tag", {{"tag", tag.name}}});
            }
        }
    }
    if (mode.closing && mode.closing->card && !ids.contains(mode.closing->card->name)) {
        unknown_card(*mode.closing->card, 0);
    }
}

namespace {

std::string flow_list(const std::vector<ModeReference>& items) {
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += ", ";
        out += yaml::plain_or_quoted(items[i].name);
    }
    return out + "]";
}

std::string timer_value(const TimerRange& timer) {
    if (timer.min_seconds == timer.max_seconds && timer.default_seconds == timer.min_seconds) {
        return std::to_string(timer.min_seconds);
    }
    return "{min: " + std::to_string(timer.min_seconds) + ", max: " + std::to_string(timer.max_seconds) +
           ", default: " + std::to_string(timer.default_seconds) + "}";
}

}  // namespace

std::string write_play_mode(const PlayMode& mode) {
    std::string out = "mode:\n";
    const auto line = [&](std::string_view indent, std::string_view key, const std::string& value) {
        out += std::string(indent) + std::string(key) + ": " + value + "\n";
    };
    line("  ", "id", yaml::plain_or_quoted(mode.id));
    line("  ", "title", yaml::quote(mode.title));
    if (!mode.description.empty()) line("  ", "description", yaml::quote(mode.description));
    if (!mode.source.empty()) line("  ", "source", yaml::quote(mode.source));
    line("  ", "players", std::string(to_string(mode.players)));
    if (mode.answers) line("  ", "answers", std::string(to_string(*mode.answers)));
    line("  ", "first_reader", std::string(to_string(mode.first_reader)));
    line("  ", "reader_changes", std::string(to_string(mode.reader_changes)));
    line("  ", "first_speaker", std::string(to_string(mode.first_speaker)));
    out += "  sets:\n";
    for (const ModeSet& set : mode.sets) {
        std::string_view indent = "    - ";
        const auto next = [&] {
            const std::string_view current = indent;
            indent = "      ";
            return current;
        };
        if (!set.title.empty()) line(next(), "title", yaml::quote(set.title));
        if (!set.tags.empty()) line(next(), "tags", flow_list(set.tags));
        else line(next(), "cards", flow_list(set.cards));
        line(next(), "order", std::string(to_string(set.order)));
        if (set.count) line(next(), "count", std::to_string(*set.count));
        if (set.budget_minutes) line(next(), "budget_minutes", std::to_string(*set.budget_minutes));
        if (set.answers) line(next(), "answers", std::string(to_string(*set.answers)));
    }
    if (mode.closing) {
        const ClosingStep& closing = *mode.closing;
        out += "  closing:\n";
        if (closing.card) {
            line("    ", "card", yaml::plain_or_quoted(closing.card->name));
        } else {
            line("    ", "text", yaml::quote(closing.text));
            line("    ", "kind", std::string(to_string(closing.kind)));
            line("    ", "intensity", std::string(to_string(closing.intensity)));
            line("    ", "answers", std::string(to_string(closing.answers)));
        }
        if (closing.timer) line("    ", "timer", timer_value(*closing.timer));
        line("    ", "optional", closing.optional ? "true" : "false");
    }
    return out;
}

std::string_view to_string(ModePlayers value) { return players_choices.name(value); }
std::string_view to_string(FirstReader value) { return first_reader_choices.name(value); }
std::string_view to_string(ReaderChanges value) { return reader_changes_choices.name(value); }
std::string_view to_string(FirstSpeaker value) { return first_speaker_choices.name(value); }
std::string_view to_string(SetOrder value) { return order_choices.name(value); }

}  // namespace kindling
