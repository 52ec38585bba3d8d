#include "core/deck/deck_reader.hpp"

#include "core/text/atomic_file.hpp"
#include "core/deck/deck_validation.hpp"
#include "core/format/record_fields.hpp"
#include "core/text/text_similarity.hpp"
#include "core/text/unicode.hpp"
#include "core/format/yaml_fields.hpp"
#include "core/format/yaml_reader.hpp"

#include <algorithm>
#include <array>
#include <limits>
#include <map>

namespace kindling {

namespace {

using yaml::Node;

template <typename Enum, std::size_t N>
std::array<std::string_view, N> names_of(const std::array<Enum, N>& values) {
    std::array<std::string_view, N> names{};
    for (std::size_t i = 0; i < N; ++i) names[i] = to_string(values[i]);
    return names;
}

// Builds the deck while the YAML reader hands over cards one at a time. It checks the shape of
// the file (types, required and unknown fields) and notes where each value was; the rules about
// the values themselves are deck_validation's, run on what was read.
class DeckBuilder final : public yaml::StreamingSink {
public:
    DeckBuilder(DiagnosticList& diagnostics, DeckReadResult& result, const DeckReadOptions& options)
        : diagnostics_(diagnostics), result_(result), style_warnings_(options.style_warnings) {}

    [[nodiscard]] bool streams(std::string_view key) const override { return key == "cards"; }

    void item(std::string_view, std::size_t, Node&& card) override { read_card(card); }

    void read_top_level(const Node& root) {
        if (!root.is_mapping()) {
            diagnostics_.error(root.position, Message{"problems.deck.not_mapping", {yaml::described(root)}});
            return;
        }
        const RecordDescription& record = deck_record();
        yaml::check_keys(root, record.names(), record.what, diagnostics_);
        Deck& deck = result_.deck;
        for (std::size_t i = 0; i < root.mapping_size(); ++i) {
            const std::string& key = root.key_at(i).value;
            const Node& value = root.value_at(i);
            if (key == "kindling_deck") read_version(value);
            else if (key == "id") scalar(-1, value, record.at("id"), deck.id);
            else if (key == "title") scalar(-1, value, record.at("title"), deck.title);
            else if (key == "description") scalar(-1, value, record.at("description"), deck.description);
            else if (key == "author") scalar(-1, value, record.at("author"), deck.author);
            else if (key == "licence") scalar(-1, value, record.at("licence"), deck.licence);
            else if (key == "language") scalar(-1, value, record.at("language"), deck.language);
            else if (key == "theme") scalar(-1, value, record.at("theme"), deck.theme);
            else if (key == "purpose") {
                if (auto name = yaml::read_choice(value, "purpose", deck_purpose_names, diagnostics_)) {
                    deck.purpose = *deck_purpose_from_string(*name);
                }
            } else if (key == "themes") read_themes(value);
            else if (key == "mode") deck.mode = parse_play_mode(value, diagnostics_);
            else if (key == "cards") read_cards_value(value);
        }
        // Translations are recognised by a `translation_of:` line (is_translation_text); one
        // written another way reaches this reader and must not pass for a broken deck.
        for (std::size_t i = 0; i < root.mapping_size(); ++i) {
            if (root.key_at(i).value != "translation_of") continue;
            diagnostics_.error(root.key_at(i).position, Message{"problems.deck.translation_of_hidden", {}});
        }
        yaml::report_missing_fields(root, deck_record(), diagnostics_);
    }

    // The rules about values (deck_validation), then the cards take their deck's theme.
    void finish() {
        diagnostics_.set_location(-1, {});
        DeckValidationOptions options;
        options.style_warnings = style_warnings_;
        // Cards compared with a file that was not read to the end would mislead.
        options.near_duplicates = complete_;
        for (const DeckProblem& problem : validate(result_.deck, &positions_, options)) {
            diagnostics_.add(to_diagnostic(problem, diagnostics_.file()));
        }
        for (Card& card : result_.deck.cards) {
            if (card.theme.empty()) card.theme = result_.deck.theme;
        }
    }

    void set_complete(bool complete) { complete_ = complete; }
    [[nodiscard]] std::optional<long long> version() const { return version_; }
    [[nodiscard]] SourcePosition version_position() const { return version_position_; }

private:
    // A text-like value, noting where it was (see yaml::read_scalar).
    bool scalar(int card, const Node& value, const FieldRule& rule, std::string& target, std::string_view field = {},
                int item = -1) {
        if (!yaml::read_scalar(value, rule, target, diagnostics_)) return false;
        positions_.set(card, field.empty() ? rule.name : field, value.position, item);
        return true;
    }

    // A whole number written plain; its range is validation's. One too large for the model is
    // out of range here already.
    std::optional<int> whole_number(int card, const Node& value, const FieldRule& rule) {
        const auto number = value.is_scalar() && value.style == yaml::ScalarStyle::plain ? yaml::parse_integer(value.value)
                                                                                         : std::nullopt;
        if (!number) {
            const bool quoted = value.is_scalar() && value.style != yaml::ScalarStyle::plain && yaml::parse_integer(value.value);
            yaml::report_not_whole_number(value.position, rule.name, rule.min, rule.max, rule.unit, yaml::described(value),
                                          quoted, diagnostics_);
            return std::nullopt;
        }
        if (*number < std::numeric_limits<int>::min() || *number > std::numeric_limits<int>::max()) {
            yaml::report_not_whole_number(value.position, rule.name, rule.min, rule.max, rule.unit,
                                          {"value", std::to_string(*number)}, false, diagnostics_);
            return std::nullopt;
        }
        positions_.set(card, rule.name, value.position);
        return static_cast<int>(*number);
    }

    void read_version(const Node& value) {
        version_position_ = value.position;
        const auto number = yaml::read_format_version(value, deck_format_version, diagnostics_);
        if (!number) return;
        // A newer version is reported once everything is read, replacing all other messages.
        version_ = *number;
        result_.deck.format_version = static_cast<int>(std::min<long long>(*number, 1'000'000));
    }

    void read_themes(const Node& value) {
        if (!value.is_sequence()) {
            diagnostics_.error(value.position, Message{"problems.deck.themes_not_list", {yaml::described(value)}});
            return;
        }
        const RecordDescription& record = theme_record();
        for (const Node& item : value.children) {
            if (!item.is_mapping()) {
                diagnostics_.error(item.position, Message{"problems.deck.theme_not_mapping", {yaml::described(item)}});
                continue;
            }
            yaml::check_keys(item, record.names(), record.what, diagnostics_);
            const int index = static_cast<int>(result_.deck.themes.size());
            Theme theme;
            yaml::report_missing_fields(item, theme_record(), diagnostics_);
            const auto field = [&](std::string_view key, std::string& target) {
                if (const Node* node = item.find(key)) scalar(-1, *node, record.at(key), target, "themes." + std::string(key), index);
            };
            field("id", theme.id);
            field("title", theme.title);
            field("description", theme.description);
            field("colour", theme.colour);
            field("icon", theme.icon);
            result_.deck.themes.push_back(std::move(theme));
        }
    }

    void read_cards_value(const Node& value) {
        if (value.is_sequence()) {
            // Streamed items were read already; a non-streamed list (flow style inside a
            // document the reader did not stream) is read here.
            for (const Node& card : value.children) read_card(card);
            // An empty list is validation's to report ("cards" is empty).
            if (value.streamed_items + value.children.size() == 0) positions_.set(-1, "cards", value.position);
            return;
        }
        if (value.is_null()) {
            positions_.set(-1, "cards", value.position);
        } else {
            diagnostics_.error(value.position, Message{"problems.deck.cards_not_list", {yaml::described(value)}});
        }
    }

    void read_card(const Node& node) {
        ++cards_seen_;
        if (cards_seen_ > max_cards_per_deck) {
            if (cards_seen_ == max_cards_per_deck + 1) {
                diagnostics_.set_location(-1, {});
                diagnostics_.error(node.position, Message{"problems.deck.too_many_cards",
                                                          {{"max", std::to_string(max_cards_per_deck)}}});
            }
            return;
        }
        const int index = static_cast<int>(result_.deck.cards.size());
        diagnostics_.set_location(index, {});
        if (!node.is_mapping()) {
            diagnostics_.error(node.position, Message{"problems.card.not_mapping", {yaml::described(node)}});
            diagnostics_.set_location(-1, {});
            return;
        }
        const RecordDescription& record = card_record();
        yaml::check_keys(node, record.names(), record.what, diagnostics_);
        Card card;
        const Node* kind = node.find("kind");
        if (!kind) {
            yaml::report_if_missing(node, record, record.at("kind"), diagnostics_);
        } else {
            diagnostics_.set_location(index, "kind");
            if (auto name = yaml::read_choice(*kind, "kind", names_of(all_card_kinds), diagnostics_)) {
                card.kind = *card_kind_from_string(*name);
            }
        }
        card.answers = default_answerer(card.kind);
        diagnostics_.set_location(index, "text");
        yaml::report_if_missing(node, record, record.at("text"), diagnostics_);
        positions_.set(index, "", node.position);
        for (std::size_t i = 0; i < node.mapping_size(); ++i) {
            read_card_field(card, index, node.key_at(i).value, node.value_at(i));
        }
        diagnostics_.set_location(-1, {});
        result_.card_positions.push_back(node.position);
        result_.deck.cards.push_back(std::move(card));
    }

    void read_card_field(Card& card, int index, const std::string& key, const Node& value) {
        diagnostics_.set_location(index, key);
        const RecordDescription& record = card_record();
        if (key == "id") scalar(index, value, record.at("id"), card.id);
        else if (key == "text") scalar(index, value, record.at("text"), card.text);
        else if (key == "theme") scalar(index, value, record.at("theme"), card.theme);
        else if (key == "note") scalar(index, value, record.at("note"), card.note);
        else if (key == "level") {
            if (const auto level = whole_number(index, value, record.at("level"))) card.level = *level;
        } else if (key == "timer") {
            if (const auto seconds = whole_number(index, value, record.at("timer"))) card.timer_seconds = *seconds;
        } else if (key == "intensity") {
            if (auto name = yaml::read_choice(value, "intensity", intensity_names, diagnostics_)) {
                card.intensity = *intensity_from_string(*name);
            }
        } else if (key == "answers") {
            if (auto name = yaml::read_choice(value, "answers", answerer_names, diagnostics_)) {
                card.answers = *answerer_from_string(*name);
            }
        } else if (key == "tags") {
            read_tags(card, index, value, record.at("tags"));
        }
    }

    void read_tags(Card& card, int index, const Node& value, const FieldRule& rule) {
        if (!value.is_sequence()) {
            diagnostics_.error(value.position, Message{"problems.not_list", {{"field", "tags"}, yaml::described(value)}});
            return;
        }
        positions_.set(index, "tags", value.position);
        // A list over the limit is one problem (validation's), not one per tag.
        if (value.children.size() > static_cast<std::size_t>(rule.max)) {
            card.tags.assign(value.children.size(), std::string{});
            return;
        }
        for (const Node& item : value.children) {
            std::string tag;
            if (scalar(index, item, rule, tag, "tags", static_cast<int>(card.tags.size()))) card.tags.push_back(std::move(tag));
        }
    }

    DiagnosticList& diagnostics_;
    DeckReadResult& result_;
    bool style_warnings_;
    bool complete_ = true;
    std::optional<long long> version_;
    SourcePosition version_position_;
    std::size_t cards_seen_ = 0;
    DeckPositions positions_;
};

}  // namespace

Message long_text_message(std::string_view text) {
    return {"problems.card.long_text",
            {{"length", std::to_string(unicode::code_point_count(text))},
             {"max", std::to_string(comfortable_card_text_chars)}}};
}

bool DeckReadResult::ok() const noexcept { return read_completely && error_count() == 0; }

std::size_t DeckReadResult::error_count() const noexcept {
    return static_cast<std::size_t>(std::count_if(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) {
        return d.severity == Severity::error;
    }));
}

std::size_t DeckReadResult::warning_count() const noexcept {
    return diagnostics.size() - error_count();
}

namespace {

// What every way of reading a deck does once the tree is read: the rules about values (with
// the style warnings), the newer format rule, and ordering the messages.
DeckReadResult finish_reading(DeckBuilder& builder, DiagnosticList& diagnostics, DeckReadResult& result, bool yaml_ok) {
    builder.set_complete(yaml_ok);
    builder.finish();
    result.read_completely = yaml_ok;
    // A deck from a newer Kindling may use fields this version does not know; listing them as
    // errors would only confuse, so that one message replaces everything else.
    if (const auto version = builder.version(); version && *version != deck_format_version) {
        diagnostics.clear();
        if (*version > deck_format_version) {
            diagnostics.error(builder.version_position(),
                              Message{"problems.deck.newer_format",
                                      {{"version", std::to_string(*version)}, {"current", std::to_string(deck_format_version)}}});
        }
    }
    diagnostics.sort_by_position();
    result.diagnostics = std::move(diagnostics).take();
    return std::move(result);
}

}  // namespace

DeckReadResult read_deck(std::string_view bytes, const std::string& file_name,
                         const DeckReadOptions& options) {
    DeckReadResult result;
    DiagnosticList diagnostics(file_name);
    DeckBuilder builder(diagnostics, result, options);

    yaml::ReadLimits limits;
    limits.max_bytes = max_deck_file_bytes;
    yaml::ReadResult document = yaml::read_document(bytes, diagnostics, limits, &builder);
    if (document.root) {
        builder.read_top_level(*document.root);
    } else if (document.complete) {
        diagnostics.error({1, 1}, Message{"problems.deck.empty_file", {}});
    }
    return finish_reading(builder, diagnostics, result, document.complete);
}

DeckReadResult read_deck_tree(const yaml::Node& root, const std::string& file_name,
                              const DeckReadOptions& options) {
    DeckReadResult result;
    DiagnosticList diagnostics(file_name);
    DeckBuilder builder(diagnostics, result, options);
    builder.read_top_level(root);
    return finish_reading(builder, diagnostics, result, true);
}

DeckReadResult read_deck_file(const std::filesystem::path& path, const DeckReadOptions& options) {
    std::string bytes;
    std::string error;
    if (!read_file(path, bytes, error, max_deck_file_bytes)) {
        DeckReadResult result;
        result.diagnostics.push_back(
            coded_diagnostic(path.string(), {}, Severity::error, {"problems.deck.unreadable", {{"error", error}}}));
        return result;
    }
    return read_deck(bytes, path.string(), options);
}

}  // namespace kindling
