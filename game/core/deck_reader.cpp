#include "deck_reader.hpp"

#include "atomic_file.hpp"
#include "text_similarity.hpp"
#include "unicode.hpp"
#include "yaml_fields.hpp"
#include "yaml_reader.hpp"

#include <algorithm>
#include <array>
#include <map>

namespace kindling {

namespace {

using yaml::Node;

constexpr std::array<std::string_view, 11> deck_keys{
    "kindling_deck", "id", "title", "description", "language", "author", "licence", "theme",
    "themes", "mode", "cards"};
constexpr std::array<std::string_view, 10> card_keys{
    "id", "kind", "text", "theme", "level", "intensity", "answers", "timer", "tags", "note"};
constexpr std::array<std::string_view, 5> theme_keys{"id", "title", "description", "colour", "icon"};

constexpr std::size_t max_title_chars = 100;
constexpr std::size_t max_description_chars = 1000;
constexpr std::size_t max_short_text_chars = 200;
constexpr std::size_t max_slug_chars = 64;
constexpr std::size_t max_tags = 20;
constexpr std::size_t max_tag_chars = 40;

template <typename Enum, std::size_t N>
std::array<std::string_view, N> names_of(const std::array<Enum, N>& values) {
    std::array<std::string_view, N> names{};
    for (std::size_t i = 0; i < N; ++i) names[i] = to_string(values[i]);
    return names;
}

bool is_colour(std::string_view text) {
    return text.size() == 7 && text[0] == '#' &&
           std::all_of(text.begin() + 1, text.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
           });
}

// Builds the deck while the YAML reader hands over cards one at a time.
class DeckBuilder final : public yaml::StreamingSink {
public:
    DeckBuilder(DiagnosticList& diagnostics, DeckReadResult& result, const DeckReadOptions& options)
        : diagnostics_(diagnostics), result_(result), style_warnings_(options.style_warnings) {}

    [[nodiscard]] bool streams(std::string_view key) const override { return key == "cards"; }

    void item(std::string_view, std::size_t, Node&& card) override { read_card(card); }

    void read_top_level(const Node& root) {
        if (!root.is_mapping()) {
            diagnostics_.error(root.position,
                               "the top level of a deck must be a mapping of deck fields "
                               "(kindling_deck, id, title, cards), not " + yaml::describe(root));
            return;
        }
        yaml::check_keys(root, deck_keys, "the deck", diagnostics_);
        Deck& deck = result_.deck;
        for (std::size_t i = 0; i < root.mapping_size(); ++i) {
            const std::string& key = root.key_at(i).value;
            const Node& value = root.value_at(i);
            if (key == "kindling_deck") read_version(value);
            else if (key == "id") assign(deck.id, yaml::read_slug(value, key, max_slug_chars, "-", diagnostics_));
            else if (key == "title") assign(deck.title, yaml::read_text(value, key, diagnostics_, max_title_chars));
            else if (key == "description") assign(deck.description, yaml::read_text(value, key, diagnostics_, max_description_chars, true));
            else if (key == "author") assign(deck.author, yaml::read_text(value, key, diagnostics_, max_short_text_chars, true));
            else if (key == "licence") assign(deck.licence, yaml::read_text(value, key, diagnostics_, max_short_text_chars, true));
            else if (key == "language") read_language(value);
            else if (key == "theme") read_deck_theme(value);
            else if (key == "themes") read_themes(value);
            else if (key == "mode") deck.mode = parse_play_mode(value, diagnostics_);
            else if (key == "cards") read_cards_value(value);
        }
        // Translations are recognised by a `translation_of:` line (is_translation_text); one
        // written another way reaches this reader and must not pass for a broken deck.
        for (std::size_t i = 0; i < root.mapping_size(); ++i) {
            if (root.key_at(i).value != "translation_of") continue;
            diagnostics_.error(root.key_at(i).position,
                               "\"translation_of\" makes this file a translation; write it at the start of "
                               "a line of its own (translation_of: BASE-DECK-ID)");
        }
        if (!root.find("kindling_deck")) {
            yaml::report_missing(root, "kindling_deck", "the format version; write kindling_deck: 1", diagnostics_);
        }
        if (!root.find("id")) yaml::report_missing(root, "id", "a short name like inner-world", diagnostics_);
        if (!root.find("title")) yaml::report_missing(root, "title", "the name players see", diagnostics_);
        if (!root.find("cards")) yaml::report_missing(root, "cards", "the list of cards", diagnostics_);
    }

    // Checks that need the whole file: theme references and duplicate ids across cards.
    void finish() {
        for (const auto& [card_index, position] : card_theme_positions_) {
            check_theme_exists(result_.deck.cards[card_index].theme, position, static_cast<int>(card_index));
        }
        if (deck_theme_position_) check_theme_exists(result_.deck.theme, *deck_theme_position_, -1);
        diagnostics_.set_location(-1, {});
        if (result_.deck.mode) check_play_mode_cards(*result_.deck.mode, result_.deck, diagnostics_);
        for (Card& card : result_.deck.cards) {
            if (card.theme.empty()) card.theme = result_.deck.theme;
        }
    }

    [[nodiscard]] std::optional<long long> version() const { return version_; }
    [[nodiscard]] SourcePosition version_position() const { return version_position_; }

private:
    static void assign(std::string& target, std::optional<std::string>&& value) {
        if (value) target = std::move(*value);
    }

    void read_version(const Node& value) {
        version_position_ = value.position;
        const auto number = yaml::read_format_version(value, deck_format_version, diagnostics_);
        if (!number) return;
        // A newer version is reported once everything is read, replacing all other messages.
        version_ = *number;
        result_.deck.format_version = static_cast<int>(std::min<long long>(*number, 1'000'000));
    }

    void read_language(const Node& value) {
        if (auto tag = yaml::read_language_tag(value, diagnostics_)) result_.deck.language = std::move(*tag);
    }

    void read_deck_theme(const Node& value) {
        if (auto theme = yaml::read_slug(value, "theme", max_slug_chars, "-", diagnostics_)) {
            result_.deck.theme = std::move(*theme);
            deck_theme_position_ = value.position;
        }
    }

    void read_themes(const Node& value) {
        if (!value.is_sequence()) {
            diagnostics_.error(value.position, "\"themes\" must be a list of themes, each with an id "
                                               "and a title, not " + yaml::describe(value));
            return;
        }
        std::map<std::string, SourcePosition> seen;
        for (const Node& item : value.children) {
            if (!item.is_mapping()) {
                diagnostics_.error(item.position, "each theme must be a mapping with an id and a "
                                                  "title, not " + yaml::describe(item));
                continue;
            }
            yaml::check_keys(item, theme_keys, "a theme", diagnostics_);
            Theme theme;
            const Node* id = item.find("id");
            const Node* title = item.find("title");
            if (!id) yaml::report_missing(item, "id", "a short name like wedding", diagnostics_);
            if (!title) yaml::report_missing(item, "title", "the name shown on cards", diagnostics_);
            bool ok_id = id != nullptr;
            if (id) {
                if (auto slug = yaml::read_slug(*id, "id", max_slug_chars, "-", diagnostics_)) {
                    theme.id = std::move(*slug);
                    if (find_builtin_theme(theme.id)) {
                        diagnostics_.error(id->position, "the theme \"" + theme.id +
                                                             "\" is built in; give your theme another id");
                        ok_id = false;
                    } else if (const auto [it, inserted] = seen.emplace(theme.id, id->position); !inserted) {
                        diagnostics_.error(id->position, "duplicate theme id \"" + theme.id +
                                                             "\"; it was first used at line " +
                                                             std::to_string(it->second.line));
                        ok_id = false;
                    }
                } else {
                    ok_id = false;
                }
            }
            if (title) assign(theme.title, yaml::read_text(*title, "title", diagnostics_, max_title_chars));
            if (const Node* description = item.find("description")) {
                assign(theme.description, yaml::read_text(*description, "description", diagnostics_, max_description_chars, true));
            }
            if (const Node* colour = item.find("colour")) {
                auto text = yaml::read_text(*colour, "colour", diagnostics_, 7);
                if (text && is_colour(*text)) theme.colour = std::move(*text);
                else if (text) diagnostics_.error(colour->position, "\"colour\" must look like \"#c0567a\" (# and six hex digits), not " + yaml::describe(*colour));
            }
            if (const Node* icon = item.find("icon")) {
                assign(theme.icon, yaml::read_slug(*icon, "icon", max_slug_chars, "-", diagnostics_));
            }
            // A theme with a usable id is kept even when other fields are wrong, so the cards that
            // use it are not reported as well.
            if (!theme.id.empty() && ok_id) result_.deck.themes.push_back(std::move(theme));
        }
    }

    void read_cards_value(const Node& value) {
        if (value.is_sequence()) {
            cards_position_ = value.position;
            // Streamed items were read already; a non-streamed list (flow style inside a
            // document the reader did not stream) is read here.
            for (const Node& card : value.children) read_card(card);
            if (value.streamed_items + value.children.size() == 0) {
                diagnostics_.error(value.position, "\"cards\" is empty; a deck needs at least one card");
            }
            return;
        }
        if (value.is_null()) {
            diagnostics_.error(value.position, "\"cards\" is empty; a deck needs at least one card");
        } else {
            diagnostics_.error(value.position, "\"cards\" must be a list of cards (each line starting "
                                               "with \"- \"), not " + yaml::describe(value));
        }
    }

    void read_card(const Node& node) {
        ++cards_seen_;
        if (cards_seen_ > max_cards_per_deck) {
            if (cards_seen_ == max_cards_per_deck + 1) {
                diagnostics_.set_location(-1, {});
                diagnostics_.error(node.position, "too many cards: a deck holds at most " +
                                                      std::to_string(max_cards_per_deck) +
                                                      "; split it into several decks");
            }
            return;
        }
        const int index = static_cast<int>(result_.deck.cards.size());
        diagnostics_.set_location(index, {});
        if (!node.is_mapping()) {
            diagnostics_.error(node.position, "each card must be a mapping with at least \"kind\" "
                                              "and \"text\", not " + yaml::describe(node));
            diagnostics_.set_location(-1, {});
            return;
        }
        yaml::check_keys(node, card_keys, "a card", diagnostics_);
        Card card;
        const Node* kind = node.find("kind");
        const Node* text = node.find("text");
        if (!kind) {
            yaml::report_missing(node, "kind", "one of " + quoted_list(names_of(all_card_kinds)), diagnostics_);
        } else {
            diagnostics_.set_location(index, "kind");
            if (auto name = yaml::read_choice(*kind, "kind", names_of(all_card_kinds), diagnostics_)) {
                card.kind = *card_kind_from_string(*name);
            }
        }
        card.answers = default_answerer(card.kind);
        diagnostics_.set_location(index, "text");
        if (!text) {
            yaml::report_missing(node, "text", "what is read aloud", diagnostics_);
        } else if (auto value = yaml::read_text(*text, "text", diagnostics_, max_card_text_chars)) {
            card.text = std::move(*value);
            if (style_warnings_ && unicode::code_point_count(card.text) > comfortable_card_text_chars) {
                diagnostics_.warning(text->position, "this text is long to read aloud (" +
                                                         std::to_string(unicode::code_point_count(card.text)) +
                                                         " characters; aim for under " +
                                                         std::to_string(comfortable_card_text_chars) + ")");
            }
        }
        for (std::size_t i = 0; i < node.mapping_size(); ++i) {
            read_card_field(card, index, node.key_at(i).value, node.value_at(i));
        }
        diagnostics_.set_location(-1, {});
        result_.card_positions.push_back(node.position);
        result_.deck.cards.push_back(std::move(card));
    }

    void read_card_field(Card& card, int index, const std::string& key, const Node& value) {
        diagnostics_.set_location(index, key);
        if (key == "id") {
            auto id = yaml::read_slug(value, "id", max_slug_chars, "-_", diagnostics_);
            if (!id) return;
            if (const auto [it, inserted] = card_ids_.emplace(*id, value.position); !inserted) {
                diagnostics_.error(value.position, "duplicate card id \"" + *id +
                                                       "\"; it was first used at line " +
                                                       std::to_string(it->second.line));
            }
            card.id = std::move(*id);
        } else if (key == "theme") {
            if (auto theme = yaml::read_slug(value, "theme", max_slug_chars, "-", diagnostics_)) {
                card.theme = std::move(*theme);
                card_theme_positions_.emplace_back(static_cast<std::size_t>(index), value.position);
            }
        } else if (key == "level") {
            if (auto level = yaml::read_integer(value, "level", min_level, max_level, "", diagnostics_)) {
                card.level = static_cast<int>(*level);
            }
        } else if (key == "intensity") {
            if (auto name = yaml::read_choice(value, "intensity", names_of(all_intensities), diagnostics_)) {
                card.intensity = *intensity_from_string(*name);
            }
        } else if (key == "answers") {
            if (auto name = yaml::read_choice(value, "answers", names_of(all_answerers), diagnostics_)) {
                card.answers = *answerer_from_string(*name);
            }
        } else if (key == "timer") {
            if (auto seconds = yaml::read_integer(value, "timer", min_timer_seconds, max_timer_seconds,
                                                  "seconds", diagnostics_)) {
                card.timer_seconds = static_cast<int>(*seconds);
            }
        } else if (key == "tags") {
            if (auto tags = yaml::read_text_list(value, "tags", max_tags, max_tag_chars, diagnostics_)) {
                card.tags = std::move(*tags);
            }
        } else if (key == "note") {
            assign(card.note, yaml::read_text(value, "note", diagnostics_, max_description_chars, true));
        }
    }

    void check_theme_exists(const std::string& id, SourcePosition position, int card_index) {
        if (id.empty() || find_theme(result_.deck, id)) return;
        diagnostics_.set_location(card_index, "theme");
        std::vector<std::string_view> known;
        for (const Theme& theme : builtin_themes()) known.push_back(theme.id);
        for (const Theme& theme : result_.deck.themes) known.push_back(theme.id);
        std::string message = "unknown theme \"" + id + "\"";
        if (const auto hint = closest_match(id, known)) message += "; did you mean \"" + std::string(*hint) + "\"?";
        else message += ".";
        message += " Themes are " + quoted_list(known) + "; declare your own under \"themes\".";
        diagnostics_.error(position, std::move(message));
    }

    DiagnosticList& diagnostics_;
    DeckReadResult& result_;
    bool style_warnings_;
    std::optional<long long> version_;
    SourcePosition version_position_;
    std::optional<SourcePosition> deck_theme_position_;
    std::optional<SourcePosition> cards_position_;
    std::size_t cards_seen_ = 0;
    std::map<std::string, SourcePosition> card_ids_;
    std::vector<std::pair<std::size_t, SourcePosition>> card_theme_positions_;
};

void warn_near_duplicates(const DeckReadResult& result, DiagnosticList& diagnostics) {
    std::vector<std::string_view> texts;
    texts.reserve(result.deck.cards.size());
    for (const Card& card : result.deck.cards) texts.push_back(card.text);
    for (const SimilarPair& pair : find_near_duplicates(texts)) {
        diagnostics.set_location(static_cast<int>(pair.second), "text");
        const SourcePosition first = result.card_positions[pair.first];
        diagnostics.warning(result.card_positions[pair.second],
                            pair.similarity >= 1.0
                                ? "this card says the same as the card at line " + std::to_string(first.line)
                                : "this card is very similar to the card at line " + std::to_string(first.line));
    }
    diagnostics.set_location(-1, {});
}

}  // namespace

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

// What every way of reading a deck does once the tree is read: whole-deck checks, the newer
// format rule, style warnings, and ordering the messages.
DeckReadResult finish_reading(DeckBuilder& builder, DiagnosticList& diagnostics,
                              DeckReadResult& result, bool yaml_ok, const DeckReadOptions& options) {
    builder.finish();
    result.read_completely = yaml_ok;
    // A deck from a newer Kindling may use fields this version does not know; listing them as
    // errors would only confuse, so that one message replaces everything else.
    if (const auto version = builder.version(); version && *version != deck_format_version) {
        diagnostics.clear();
        if (*version > deck_format_version) {
            diagnostics.error(builder.version_position(),
                              "this deck was made for a newer Kindling (deck format " +
                                  std::to_string(*version) + "); this version reads format " +
                                  std::to_string(deck_format_version) + ". Update Kindling to play it.");
        }
    } else if (options.style_warnings && yaml_ok) {
        warn_near_duplicates(result, diagnostics);
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
        diagnostics.error({1, 1}, "the file is empty; a deck needs kindling_deck, id, title and cards");
    }
    return finish_reading(builder, diagnostics, result, document.complete, options);
}

DeckReadResult read_deck_tree(const yaml::Node& root, const std::string& file_name,
                              const DeckReadOptions& options) {
    DeckReadResult result;
    DiagnosticList diagnostics(file_name);
    DeckBuilder builder(diagnostics, result, options);
    builder.read_top_level(root);
    return finish_reading(builder, diagnostics, result, true, options);
}

DeckReadResult read_deck_file(const std::filesystem::path& path, const DeckReadOptions& options) {
    std::string bytes;
    std::string error;
    if (!read_file(path, bytes, error, max_deck_file_bytes)) {
        DeckReadResult result;
        result.diagnostics.push_back({path.string(), {}, Severity::error, "cannot read the deck: " + error});
        return result;
    }
    return read_deck(bytes, path.string(), options);
}

}  // namespace kindling
