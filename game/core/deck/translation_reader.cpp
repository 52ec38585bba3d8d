#include "core/deck/translation_reader.hpp"

#include "core/text/atomic_file.hpp"
#include "core/deck/deck_validation.hpp"
#include "core/format/record_fields.hpp"
#include "core/text/text_similarity.hpp"
#include "core/text/unicode.hpp"
#include "core/format/yaml_fields.hpp"
#include "core/format/yaml_reader.hpp"

#include <algorithm>
#include <array>
#include <map>

namespace kindling {

namespace {

using yaml::Node;

// Fields of a deck that a translation must leave to its base deck. They are known (so no "did
// you mean") but refused with an explanation.
constexpr std::array<std::string_view, 1> base_only_deck_keys{"theme"};
constexpr std::array<std::string_view, 7> base_only_mode_keys{"id", "source", "players", "answers", "first_reader",
                                                              "reader_changes", "first_speaker"};
constexpr std::array<std::string_view, 6> base_only_set_keys{"cards", "tags", "order", "count", "budget_minutes", "answers"};
constexpr std::array<std::string_view, 6> base_only_closing_keys{"card", "kind", "intensity", "answers", "timer", "optional"};
constexpr std::array<std::string_view, 7> base_only_card_keys{"kind", "theme", "level", "intensity",
                                                              "answers", "timer", "tags"};
constexpr std::array<std::string_view, 2> base_only_theme_keys{"colour", "icon"};


template <std::size_t B>
std::vector<std::string_view> joined(std::vector<std::string_view> all, const std::array<std::string_view, B>& b) {
    all.insert(all.end(), b.begin(), b.end());
    return all;
}

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& words, std::string_view word) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

// Reads a translation file's shape (types, required, unknown and base-only fields) and notes
// where each value was; the rules about the values are deck_validation's, run on what was read.
class TranslationBuilder {
public:
    TranslationBuilder(DiagnosticList& diagnostics, TranslationReadResult& result, const DeckReadOptions& options)
        : diagnostics_(diagnostics), result_(result), style_warnings_(options.style_warnings) {}

    void read(const Node& root) {
        if (!root.is_mapping()) {
            diagnostics_.error(root.position, Message{"problems.translation.not_mapping", {yaml::described(root)}});
            return;
        }
        const RecordDescription& record = translation_record();
        const auto known = joined(record.names(), base_only_deck_keys);
        yaml::check_keys(root, known, record.what, diagnostics_);
        DeckTranslation& t = result_.translation;
        for (std::size_t i = 0; i < root.mapping_size(); ++i) {
            const Node& key = root.key_at(i);
            const Node& value = root.value_at(i);
            const std::string& name = key.value;
            if (name == "kindling_deck") read_version(value);
            else if (name == "id") scalar(-1, value, record.at("id"), t.id);
            else if (name == "translation_of") {
                result_.translation_of_position = value.position;
                scalar(-1, value, record.at("translation_of"), t.translation_of);
            } else if (name == "language") {
                result_.language_position = value.position;
                scalar(-1, value, record.at("language"), t.language);
            }
            else if (name == "title") scalar(-1, value, record.at("title"), t.title);
            else if (name == "description") scalar(-1, value, record.at("description"), t.description);
            else if (name == "author") scalar(-1, value, record.at("author"), t.author);
            else if (name == "licence") scalar(-1, value, record.at("licence"), t.licence);
            else if (name == "themes") read_themes(value);
            else if (name == "mode") read_mode(value);
            else if (name == "cards") read_cards(value);
            else if (contains(base_only_deck_keys, name)) refuse(key, "translation");
        }
        yaml::report_missing_fields(root, record, diagnostics_);
    }

    // The rules about values (deck_validation).
    void finish() {
        diagnostics_.set_location(-1, {});
        DeckValidationOptions options;
        options.style_warnings = style_warnings_;
        for (const DeckProblem& problem : validate(result_.translation, &positions_, options)) {
            diagnostics_.add(to_diagnostic(problem, diagnostics_.file()));
        }
    }

    [[nodiscard]] std::optional<long long> version() const { return version_; }
    [[nodiscard]] SourcePosition version_position() const { return version_position_; }

private:
    bool scalar(int card, const Node& value, const FieldRule& rule, std::string& target, std::string_view field = {},
                int item = -1) {
        if (!yaml::read_scalar(value, rule, target, diagnostics_)) return false;
        positions_.set(card, field.empty() ? rule.name : field, value.position, item);
        return true;
    }

    void refuse(const Node& key, std::string_view where) {
        diagnostics_.error(key.position, Message{"problems.translation.base_only",
                                                 {{"key", key.value}, word_arg("what", "problems.in." + std::string(where))}});
    }

    void read_version(const Node& value) {
        version_position_ = value.position;
        const auto number = yaml::read_format_version(value, deck_format_version, diagnostics_);
        if (!number) return;
        version_ = *number;
        result_.translation.format_version = static_cast<int>(std::min<long long>(*number, 1'000'000));
    }

    void read_themes(const Node& value) {
        if (!value.is_sequence()) {
            diagnostics_.error(value.position, Message{"problems.translation.themes_not_list", {yaml::described(value)}});
            return;
        }
        const RecordDescription& record = translated_theme_record();
        const auto known = joined(record.names(), base_only_theme_keys);
        for (const Node& item : value.children) {
            if (!item.is_mapping()) {
                diagnostics_.error(item.position, Message{"problems.deck.theme_not_mapping", {yaml::described(item)}});
                continue;
            }
            yaml::check_keys(item, known, record.what, diagnostics_);
            const int index = static_cast<int>(result_.translation.themes.size());
            ThemeTranslation theme;
            const Node* id = item.find("id");
            yaml::report_missing_fields(item, record, diagnostics_);
            for (const std::string_view key : {"id", "title", "description"}) {
                if (const Node* node = item.find(key)) {
                    std::string& target = key == "id" ? theme.id : key == "title" ? theme.title : theme.description;
                    scalar(-1, *node, record.at(key), target, "themes." + std::string(key), index);
                }
            }
            for (std::size_t i = 0; i < item.mapping_size(); ++i) {
                if (contains(base_only_theme_keys, item.key_at(i).value)) refuse(item.key_at(i), "translated_theme");
            }
            result_.theme_id_positions.push_back(id ? id->position : item.position);
            result_.translation.themes.push_back(std::move(theme));
        }
    }

    // Reports the base-only keys of a mapping whose other keys were checked already.
    template <std::size_t N>
    void refuse_keys(const Node& mapping, const std::array<std::string_view, N>& base_only, std::string_view where) {
        for (std::size_t i = 0; i < mapping.mapping_size(); ++i) {
            if (contains(base_only, mapping.key_at(i).value)) refuse(mapping.key_at(i), where);
        }
    }

    void read_mode(const Node& value) {
        result_.mode_position = value.position;
        if (!value.is_mapping()) {
            diagnostics_.error(value.position, Message{"problems.translation.mode_not_mapping", {yaml::described(value)}});
            return;
        }
        const RecordDescription& record = *find_record("translated_mode");
        yaml::check_keys(value, joined(record.names(), base_only_mode_keys), record.what, diagnostics_);
        refuse_keys(value, base_only_mode_keys, "translated_mode");
        ModeTranslation mode;
        if (const Node* title = value.find("title")) scalar(-1, *title, record.at("title"), mode.title, "mode.title");
        if (const Node* description = value.find("description")) {
            scalar(-1, *description, record.at("description"), mode.description, "mode.description");
        }
        if (const Node* sets = value.find("sets")) {
            if (!sets->is_sequence()) {
                diagnostics_.error(sets->position, Message{"problems.translation.sets_not_list", {yaml::described(*sets)}});
            } else {
                const RecordDescription& set_record = *find_record("translated_set");
                for (const Node& set : sets->children) {
                    result_.set_positions.push_back(set.position);
                    std::string title;
                    if (!set.is_mapping()) {
                        diagnostics_.error(set.position, Message{"problems.translation.set_not_mapping", {yaml::described(set)}});
                    } else {
                        yaml::check_keys(set, joined(set_record.names(), base_only_set_keys), set_record.what, diagnostics_);
                        refuse_keys(set, base_only_set_keys, "translated_set");
                        if (const Node* node = set.find("title")) {
                            scalar(-1, *node, set_record.at("title"), title, "mode.sets.title",
                                   static_cast<int>(mode.set_titles.size()));
                        }
                    }
                    mode.set_titles.push_back(std::move(title));
                }
            }
        }
        if (const Node* closing = value.find("closing")) {
            result_.closing_position = closing->position;
            if (!closing->is_mapping()) {
                diagnostics_.error(closing->position, Message{"problems.translation.closing_not_mapping", {yaml::described(*closing)}});
            } else {
                const RecordDescription& closing_record = *find_record("translated_closing");
                yaml::check_keys(*closing, joined(closing_record.names(), base_only_closing_keys), closing_record.what,
                                 diagnostics_);
                refuse_keys(*closing, base_only_closing_keys, "translated_closing");
                if (const Node* text = closing->find("text")) {
                    scalar(-1, *text, closing_record.at("text"), mode.closing_text, "mode.closing.text");
                }
            }
        }
        result_.translation.mode = std::move(mode);
    }

    void read_cards(const Node& value) {
        result_.cards_position = value.position;
        if (value.is_null() || (value.is_sequence() && value.children.empty())) {
            positions_.set(-1, "cards", value.position);  // "cards" is empty: validation's
            return;
        }
        if (!value.is_sequence()) {
            diagnostics_.error(value.position, Message{"problems.deck.cards_not_list", {yaml::described(value)}});
            return;
        }
        if (value.children.size() > max_cards_per_deck) {
            diagnostics_.error(value.position, Message{"problems.translation.too_many_cards",
                                                       {{"max", std::to_string(max_cards_per_deck)}}});
            return;
        }
        for (const Node& card : value.children) read_card(card);
    }

    void read_card(const Node& node) {
        const int index = static_cast<int>(result_.translation.cards.size());
        diagnostics_.set_location(index, {});
        if (!node.is_mapping()) {
            diagnostics_.error(node.position, Message{"problems.translation.card_not_mapping", {yaml::described(node)}});
            diagnostics_.set_location(-1, {});
            return;
        }
        const RecordDescription& record = translated_card_record();
        yaml::check_keys(node, joined(record.names(), base_only_card_keys), record.what, diagnostics_);
        CardTranslation card;
        SourcePosition id_position = node.position;
        yaml::report_missing_fields(node, record, diagnostics_);
        for (std::size_t i = 0; i < node.mapping_size(); ++i) {
            const Node& key = node.key_at(i);
            const Node& value = node.value_at(i);
            diagnostics_.set_location(index, key.value);
            if (key.value == "id") {
                id_position = value.position;
                scalar(index, value, record.at("id"), card.id);
            } else if (key.value == "text") {
                scalar(index, value, record.at("text"), card.text);
            } else if (key.value == "note") {
                scalar(index, value, record.at("note"), card.note);
            } else if (contains(base_only_card_keys, key.value)) {
                refuse(key, "translated_card");
            }
        }
        diagnostics_.set_location(-1, {});
        result_.card_positions.push_back(node.position);
        result_.card_id_positions.push_back(id_position);
        result_.translation.cards.push_back(std::move(card));
    }

    DiagnosticList& diagnostics_;
    TranslationReadResult& result_;
    bool style_warnings_;
    std::optional<long long> version_;
    SourcePosition version_position_;
    DeckPositions positions_;
};

template <typename Result>
std::size_t errors_in(const Result& result) {
    return static_cast<std::size_t>(std::count_if(result.diagnostics.begin(), result.diagnostics.end(),
                                                  [](const Diagnostic& d) { return d.severity == Severity::error; }));
}

// A line that starts (at column 1) with the key translation_of, plain or quoted, then a colon.
bool is_translation_of_line(std::string_view line) {
    for (const std::string_view key : {"translation_of", "\"translation_of\"", "'translation_of'"}) {
        if (!line.starts_with(key)) continue;
        std::string_view rest = line.substr(key.size());
        while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
        if (rest.starts_with(':')) return true;
    }
    return false;
}

}  // namespace

bool TranslationReadResult::ok() const noexcept { return read_completely && error_count() == 0; }
std::size_t TranslationReadResult::error_count() const noexcept { return errors_in(*this); }
std::size_t TranslationReadResult::warning_count() const noexcept { return diagnostics.size() - error_count(); }

bool is_translation_text(std::string_view bytes) {
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
    while (!bytes.empty()) {
        const std::size_t end = bytes.find_first_of("\r\n");
        if (is_translation_of_line(bytes.substr(0, end))) return true;
        if (end == std::string_view::npos) break;
        bytes.remove_prefix(end + 1);
    }
    return false;
}

TranslationReadResult read_deck_translation(std::string_view bytes, const std::string& file_name,
                                            const DeckReadOptions& options) {
    TranslationReadResult result;
    result.file = file_name;
    DiagnosticList diagnostics(file_name);
    TranslationBuilder builder(diagnostics, result, options);
    yaml::ReadLimits limits;
    limits.max_bytes = max_deck_file_bytes;
    const yaml::ReadResult document = yaml::read_document(bytes, diagnostics, limits);
    if (document.root) {
        builder.read(*document.root);
        builder.finish();
    } else if (document.complete) {
        diagnostics.error({1, 1}, Message{"problems.translation.empty_file", {}});
    }
    result.read_completely = document.complete;
    // As for decks: a newer format's fields are unknown here, so that one message replaces the rest.
    if (const auto version = builder.version(); version && *version != deck_format_version) {
        diagnostics.clear();
        if (*version > deck_format_version) {
            diagnostics.error(builder.version_position(),
                              Message{"problems.translation.newer_format",
                                      {{"version", std::to_string(*version)}, {"current", std::to_string(deck_format_version)}}});
        }
    }
    diagnostics.sort_by_position();
    result.diagnostics = std::move(diagnostics).take();
    return result;
}

TranslationReadResult read_deck_translation_file(const std::filesystem::path& path, const DeckReadOptions& options) {
    std::string bytes;
    std::string error;
    if (!read_file(path, bytes, error, max_deck_file_bytes)) {
        TranslationReadResult result;
        result.file = path.string();
        result.diagnostics.push_back(coded_diagnostic(path.string(), {}, Severity::error,
                                                      {"problems.translation.unreadable", {{"error", error}}}));
        return result;
    }
    return read_deck_translation(bytes, path.string(), options);
}

const std::vector<Diagnostic>& DeckFileRead::diagnostics() const noexcept {
    return is_translation ? translation.diagnostics : deck.diagnostics;
}
bool DeckFileRead::ok() const noexcept { return is_translation ? translation.ok() : deck.ok(); }
std::size_t DeckFileRead::error_count() const noexcept {
    return is_translation ? translation.error_count() : deck.error_count();
}

DeckFileRead read_deck_or_translation(std::string_view bytes, const std::string& file_name,
                                      const DeckReadOptions& options) {
    DeckFileRead read;
    read.is_translation = is_translation_text(bytes);
    if (read.is_translation) read.translation = read_deck_translation(bytes, file_name, options);
    else read.deck = read_deck(bytes, file_name, options);
    return read;
}

DeckFileRead read_deck_or_translation_file(const std::filesystem::path& path, const DeckReadOptions& options) {
    std::string bytes;
    std::string error;
    if (!read_file(path, bytes, error, max_deck_file_bytes)) {
        DeckFileRead read;
        read.deck.diagnostics.push_back(
            coded_diagnostic(path.string(), {}, Severity::error, {"problems.deck.unreadable", {{"error", error}}}));
        return read;
    }
    return read_deck_or_translation(bytes, path.string(), options);
}

}  // namespace kindling
