#include "translation_reader.hpp"

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

constexpr std::array<std::string_view, 11> translation_keys{
    "kindling_deck", "id", "translation_of", "language", "title", "description",
    "author", "licence", "themes", "mode", "cards"};
constexpr std::array<std::string_view, 3> card_keys{"id", "text", "note"};
constexpr std::array<std::string_view, 3> theme_keys{"id", "title", "description"};
// Fields of a deck that a translation must leave to its base deck. They are known (so no "did
// you mean") but refused with an explanation.
constexpr std::array<std::string_view, 1> base_only_deck_keys{"theme"};
constexpr std::array<std::string_view, 4> mode_keys{"title", "description", "sets", "closing"};
constexpr std::array<std::string_view, 7> base_only_mode_keys{"id", "source", "players", "answers", "first_reader",
                                                              "reader_changes", "first_speaker"};
constexpr std::array<std::string_view, 1> set_keys{"title"};
constexpr std::array<std::string_view, 6> base_only_set_keys{"cards", "tags", "order", "count", "budget_minutes", "answers"};
constexpr std::array<std::string_view, 1> closing_keys{"text"};
constexpr std::array<std::string_view, 6> base_only_closing_keys{"card", "kind", "intensity", "answers", "timer", "optional"};
constexpr std::array<std::string_view, 7> base_only_card_keys{"kind", "theme", "level", "intensity",
                                                              "answers", "timer", "tags"};
constexpr std::array<std::string_view, 2> base_only_theme_keys{"colour", "icon"};

constexpr std::size_t max_title_chars = 100;
constexpr std::size_t max_description_chars = 1000;
constexpr std::size_t max_short_text_chars = 200;
constexpr std::size_t max_slug_chars = 64;

template <std::size_t A, std::size_t B>
std::vector<std::string_view> joined(const std::array<std::string_view, A>& a, const std::array<std::string_view, B>& b) {
    std::vector<std::string_view> all(a.begin(), a.end());
    all.insert(all.end(), b.begin(), b.end());
    return all;
}

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& words, std::string_view word) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

void assign(std::string& target, std::optional<std::string>&& value) {
    if (value) target = std::move(*value);
}

class TranslationBuilder {
public:
    TranslationBuilder(DiagnosticList& diagnostics, TranslationReadResult& result, const DeckReadOptions& options)
        : diagnostics_(diagnostics), result_(result), style_warnings_(options.style_warnings) {}

    void read(const Node& root) {
        if (!root.is_mapping()) {
            diagnostics_.error(root.position, "the top level of a translation must be a mapping of fields "
                                              "(kindling_deck, id, translation_of, language, cards), not " +
                                                  yaml::describe(root));
            return;
        }
        const auto known = joined(translation_keys, base_only_deck_keys);
        yaml::check_keys(root, known, "the translation", diagnostics_);
        DeckTranslation& t = result_.translation;
        for (std::size_t i = 0; i < root.mapping_size(); ++i) {
            const Node& key = root.key_at(i);
            const Node& value = root.value_at(i);
            const std::string& name = key.value;
            if (name == "kindling_deck") read_version(value);
            else if (name == "id") assign(t.id, yaml::read_slug(value, name, max_slug_chars, "-", diagnostics_));
            else if (name == "translation_of") {
                result_.translation_of_position = value.position;
                assign(t.translation_of, yaml::read_slug(value, name, max_slug_chars, "-", diagnostics_));
            } else if (name == "language") read_language(value);
            else if (name == "title") assign(t.title, yaml::read_text(value, name, diagnostics_, max_title_chars));
            else if (name == "description") assign(t.description, yaml::read_text(value, name, diagnostics_, max_description_chars, true));
            else if (name == "author") assign(t.author, yaml::read_text(value, name, diagnostics_, max_short_text_chars, true));
            else if (name == "licence") assign(t.licence, yaml::read_text(value, name, diagnostics_, max_short_text_chars, true));
            else if (name == "themes") read_themes(value);
            else if (name == "mode") read_mode(value);
            else if (name == "cards") read_cards(value);
            else if (contains(base_only_deck_keys, name)) refuse(key, "the translation");
        }
        if (!root.find("kindling_deck")) {
            yaml::report_missing(root, "kindling_deck", "the format version; write kindling_deck: 1", diagnostics_);
        }
        if (!root.find("id")) yaml::report_missing(root, "id", "the translation's own id, like play-de", diagnostics_);
        if (!root.find("language")) yaml::report_missing(root, "language", "the language it translates into, like de", diagnostics_);
        if (!root.find("cards")) yaml::report_missing(root, "cards", "the translated cards", diagnostics_);
        if (!t.id.empty() && t.id == t.translation_of) {
            if (const Node* id = root.find("id")) {
                diagnostics_.error(id->position, "a translation needs an id of its own, not the id of the deck it "
                                                 "translates; e.g. \"" + t.id + "-" +
                                                     std::string(primary_language(t.language.empty() ? "de" : t.language)) + "\"");
            }
        }
    }

    [[nodiscard]] std::optional<long long> version() const { return version_; }
    [[nodiscard]] SourcePosition version_position() const { return version_position_; }

private:
    void refuse(const Node& key, std::string_view where) {
        diagnostics_.error(key.position, "\"" + key.value + "\" cannot be set in " + std::string(where) +
                                             ": it comes from the base deck (a translation only translates texts)");
    }

    void read_version(const Node& value) {
        version_position_ = value.position;
        const auto number = yaml::read_format_version(value, deck_format_version, diagnostics_);
        if (!number) return;
        version_ = *number;
        result_.translation.format_version = static_cast<int>(std::min<long long>(*number, 1'000'000));
    }

    void read_language(const Node& value) {
        result_.language_position = value.position;
        if (auto tag = yaml::read_language_tag(value, diagnostics_)) result_.translation.language = std::move(*tag);
    }

    void read_themes(const Node& value) {
        if (!value.is_sequence()) {
            diagnostics_.error(value.position, "\"themes\" must be a list of themes, each with the id of a "
                                               "theme of the base deck and a title, not " + yaml::describe(value));
            return;
        }
        const auto known = joined(theme_keys, base_only_theme_keys);
        std::map<std::string, SourcePosition> seen;
        for (const Node& item : value.children) {
            if (!item.is_mapping()) {
                diagnostics_.error(item.position, "each theme must be a mapping with an id and a title, not " +
                                                      yaml::describe(item));
                continue;
            }
            yaml::check_keys(item, known, "a theme", diagnostics_);
            ThemeTranslation theme;
            const Node* id = item.find("id");
            const Node* title = item.find("title");
            if (!id) yaml::report_missing(item, "id", "the id of a theme the base deck declares", diagnostics_);
            if (!title) yaml::report_missing(item, "title", "the translated name", diagnostics_);
            bool ok_id = false;
            if (id) {
                if (auto slug = yaml::read_slug(*id, "id", max_slug_chars, "-", diagnostics_)) {
                    theme.id = std::move(*slug);
                    ok_id = true;
                    if (const auto [it, inserted] = seen.emplace(theme.id, id->position); !inserted) {
                        diagnostics_.error(id->position, "the theme \"" + theme.id + "\" is translated twice; it was first "
                                                         "translated at line " + std::to_string(it->second.line));
                        ok_id = false;
                    }
                }
            }
            if (title) assign(theme.title, yaml::read_text(*title, "title", diagnostics_, max_title_chars));
            if (const Node* description = item.find("description")) {
                assign(theme.description, yaml::read_text(*description, "description", diagnostics_, max_description_chars, true));
            }
            for (std::size_t i = 0; i < item.mapping_size(); ++i) {
                if (contains(base_only_theme_keys, item.key_at(i).value)) refuse(item.key_at(i), "a translated theme");
            }
            if (ok_id) {
                result_.theme_id_positions.push_back(id->position);
                result_.translation.themes.push_back(std::move(theme));
            }
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
            diagnostics_.error(value.position, "\"mode\" must be a mapping with the translated title, description, "
                                               "set titles and closing text, not " + yaml::describe(value));
            return;
        }
        yaml::check_keys(value, joined(mode_keys, base_only_mode_keys), "the mode", diagnostics_);
        refuse_keys(value, base_only_mode_keys, "a translated mode");
        ModeTranslation mode;
        if (const Node* title = value.find("title")) assign(mode.title, yaml::read_text(*title, "title", diagnostics_, max_title_chars));
        if (const Node* description = value.find("description")) {
            assign(mode.description, yaml::read_text(*description, "description", diagnostics_, max_description_chars, true));
        }
        if (const Node* sets = value.find("sets")) {
            if (!sets->is_sequence()) {
                diagnostics_.error(sets->position, "\"sets\" must be a list with one entry per set of the base mode, "
                                                   "each with its translated title, not " + yaml::describe(*sets));
            } else {
                for (const Node& set : sets->children) {
                    result_.set_positions.push_back(set.position);
                    std::string title;
                    if (!set.is_mapping()) {
                        diagnostics_.error(set.position, "each set must be a mapping with its translated \"title\", not " +
                                                             yaml::describe(set));
                    } else {
                        yaml::check_keys(set, joined(set_keys, base_only_set_keys), "a set", diagnostics_);
                        refuse_keys(set, base_only_set_keys, "a translated set");
                        if (const Node* node = set.find("title")) assign(title, yaml::read_text(*node, "title", diagnostics_, max_title_chars));
                    }
                    mode.set_titles.push_back(std::move(title));
                }
            }
        }
        if (const Node* closing = value.find("closing")) {
            result_.closing_position = closing->position;
            if (!closing->is_mapping()) {
                diagnostics_.error(closing->position, "\"closing\" must be a mapping with the translated \"text\", not " +
                                                          yaml::describe(*closing));
            } else {
                yaml::check_keys(*closing, joined(closing_keys, base_only_closing_keys), "the closing step", diagnostics_);
                refuse_keys(*closing, base_only_closing_keys, "a translated closing step");
                if (const Node* text = closing->find("text")) {
                    assign(mode.closing_text, yaml::read_text(*text, "text", diagnostics_, max_card_text_chars));
                }
            }
        }
        result_.translation.mode = std::move(mode);
    }

    void read_cards(const Node& value) {
        result_.cards_position = value.position;
        if (value.is_null() || (value.is_sequence() && value.children.empty())) {
            diagnostics_.error(value.position, "\"cards\" is empty; a translation needs at least one card");
            return;
        }
        if (!value.is_sequence()) {
            diagnostics_.error(value.position, "\"cards\" must be a list of cards (each line starting with "
                                               "\"- \"), not " + yaml::describe(value));
            return;
        }
        if (value.children.size() > max_cards_per_deck) {
            diagnostics_.error(value.position, "too many cards: a translation holds at most " +
                                                   std::to_string(max_cards_per_deck));
            return;
        }
        for (const Node& card : value.children) read_card(card);
    }

    void read_card(const Node& node) {
        const int index = static_cast<int>(result_.translation.cards.size());
        diagnostics_.set_location(index, {});
        if (!node.is_mapping()) {
            diagnostics_.error(node.position, "each card must be a mapping with the base card's \"id\" and the "
                                              "translated \"text\", not " + yaml::describe(node));
            diagnostics_.set_location(-1, {});
            return;
        }
        const auto known = joined(card_keys, base_only_card_keys);
        yaml::check_keys(node, known, "a card", diagnostics_);
        CardTranslation card;
        SourcePosition id_position = node.position;
        const Node* id = node.find("id");
        const Node* text = node.find("text");
        if (!id) yaml::report_missing(node, "id", "the id of the base deck's card this translates", diagnostics_);
        if (!text) yaml::report_missing(node, "text", "the translated text", diagnostics_);
        for (std::size_t i = 0; i < node.mapping_size(); ++i) {
            const Node& key = node.key_at(i);
            const Node& value = node.value_at(i);
            diagnostics_.set_location(index, key.value);
            if (key.value == "id") {
                id_position = value.position;
                auto slug = yaml::read_slug(value, "id", max_slug_chars, "-_", diagnostics_);
                if (!slug) continue;
                if (const auto [it, inserted] = card_ids_.emplace(*slug, value.position); !inserted) {
                    diagnostics_.error(value.position, "the card \"" + *slug + "\" is translated twice; it was "
                                                       "first translated at line " + std::to_string(it->second.line));
                }
                card.id = std::move(*slug);
            } else if (key.value == "text") {
                assign(card.text, yaml::read_text(value, "text", diagnostics_, max_card_text_chars));
                if (style_warnings_ && unicode::code_point_count(card.text) > comfortable_card_text_chars) {
                    diagnostics_.warning(value.position, "this text is long to read aloud (" +
                                                             std::to_string(unicode::code_point_count(card.text)) +
                                                             " characters; aim for under " +
                                                             std::to_string(comfortable_card_text_chars) + ")");
                }
            } else if (key.value == "note") {
                assign(card.note, yaml::read_text(value, "note", diagnostics_, max_description_chars, true));
            } else if (contains(base_only_card_keys, key.value)) {
                refuse(key, "a translated card");
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
    std::map<std::string, SourcePosition> card_ids_;
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
    } else if (document.complete) {
        diagnostics.error({1, 1}, "the file is empty; a translation needs kindling_deck, id, translation_of, "
                                  "language and cards");
    }
    result.read_completely = document.complete;
    // As for decks: a newer format's fields are unknown here, so that one message replaces the rest.
    if (const auto version = builder.version(); version && *version != deck_format_version) {
        diagnostics.clear();
        if (*version > deck_format_version) {
            diagnostics.error(builder.version_position(),
                              "this translation was made for a newer Kindling (deck format " +
                                  std::to_string(*version) + "); this version reads format " +
                                  std::to_string(deck_format_version) + ". Update Kindling to use it.");
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
        result.diagnostics.push_back({path.string(), {}, Severity::error, "cannot read the translation: " + error});
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
        read.deck.diagnostics.push_back({path.string(), {}, Severity::error, "cannot read the deck: " + error});
        return read;
    }
    return read_deck_or_translation(bytes, path.string(), options);
}

}  // namespace kindling
