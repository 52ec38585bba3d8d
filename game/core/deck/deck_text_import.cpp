#include "core/deck/deck_text_import.hpp"

#include "core/format/ui_strings.hpp"
#include "core/format/yaml_encoding.hpp"
#include "core/format/yaml_tree.hpp"
#include "core/text/unicode.hpp"

#include <algorithm>
#include <cctype>

namespace kindling {

namespace {

using yaml::Node;

using yaml::add_entry;

void add_text(Node& mapping, std::string_view key, const std::string& value, SourcePosition position = {}) {
    if (!value.empty()) add_entry(mapping, key, yaml::scalar_node(value, position, yaml::ScalarStyle::double_quoted));
}

bool same_words(std::string_view a, std::string_view b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
    });
}

int column_of(std::string_view line, std::size_t byte) {
    return static_cast<int>(unicode::code_point_count(line.substr(0, byte))) + 1;
}

// A built-in theme by any of its names: its id, its title, and its title in every language the
// game speaks ("# Innenwelt" is inner-world too).
const Theme* builtin_theme_named(std::string_view name) {
    static const std::vector<std::pair<std::string, std::string>> names = [] {
        std::vector<std::pair<std::string, std::string>> all;
        for (const LanguageInfo& language : available_languages()) {
            const UiStrings strings = load_ui_strings(language.code).strings;
            for (const Theme& theme : builtin_themes()) {
                const std::string key = "themes." + theme.id;
                if (strings.has(key)) all.emplace_back(theme.id, std::string(strings.text(key)));
            }
        }
        return all;
    }();
    for (const Theme& theme : builtin_themes()) {
        if (same_words(theme.title, name) || same_words(theme.id, name)) return &theme;
    }
    for (const auto& [id, title] : names) {
        if (same_words(title, name)) return find_builtin_theme(id);
    }
    return nullptr;
}

// The themes named by "# Theme" lines, in order, each once.
class ThemeNames {
public:
    // The id cards under the line `name` get; declares a theme of the deck when no built-in
    // one has this title or id.
    std::string id_for(std::string_view name, SourcePosition position) {
        if (const Theme* builtin = builtin_theme_named(name)) return builtin->id;
        for (const Declared& declared : declared_) {
            if (same_words(declared.title, name)) return declared.id;
        }
        std::string id = slug_of(name);
        if (find_builtin_theme(id) != nullptr) return id;
        // A name without letters a to z (an emoji, another script) still needs an id.
        if (id.empty()) id = "theme-" + std::to_string(declared_.size() + 1);
        const std::string stem = id;
        for (int n = 2; taken(id); ++n) id = stem + "-" + std::to_string(n);
        declared_.push_back({id, std::string(name), position});
        return id;
    }

    // `themes:` for the deck, or nothing when every theme is built in.
    void add_to(Node& root) const {
        if (declared_.empty()) return;
        Node themes;
        themes.kind = yaml::NodeKind::sequence;
        themes.position = declared_.front().position;
        for (const Declared& declared : declared_) {
            Node entry;
            entry.kind = yaml::NodeKind::mapping;
            entry.position = declared.position;
            add_text(entry, "id", declared.id, declared.position);
            add_text(entry, "title", declared.title, declared.position);
            themes.children.push_back(std::move(entry));
        }
        add_entry(root, "themes", std::move(themes));
    }

private:
    struct Declared {
        std::string id;
        std::string title;
        SourcePosition position;
    };
    bool taken(std::string_view id) const {
        return std::any_of(declared_.begin(), declared_.end(), [&](const Declared& d) { return d.id == id; });
    }
    std::vector<Declared> declared_;
};

// A leading list marker from a pasted list ("- ", "* ", "• ").
std::size_t bullet_length(std::string_view line) {
    for (std::string_view bullet : {"- ", "* ", "\u2022 "}) {
        if (line.starts_with(bullet)) return bullet.size();
    }
    return 0;
}

struct LineReader {
    DiagnosticList& diagnostics;
    ThemeNames& themes;
    Node& cards;
    std::string theme;  // of the cards from here on

    void read(std::string_view line, int number) {
        std::size_t start = 0;
        while (start < line.size() && (line[start] == ' ' || line[start] == '\t')) ++start;
        if (unicode::is_blank(line.substr(start))) return;
        const auto at = [&](std::size_t byte) { return SourcePosition{number, column_of(line, byte)}; };
        if (line[start] == '#') {
            const std::string_view name = unicode::trim(line.substr(start + 1));
            if (name.empty()) {
                diagnostics.error(at(start), Message{"problems.import_text.theme_without_name", {}});
                return;
            }
            theme = themes.id_for(name, at(start));
            return;
        }
        start += bullet_length(line.substr(start));
        while (start < line.size() && (line[start] == ' ' || line[start] == '\t')) ++start;
        Node card;
        card.kind = yaml::NodeKind::mapping;
        card.position = at(start);
        std::size_t text_start = start;
        std::size_t digits = start;
        while (digits < line.size() && std::isdigit(static_cast<unsigned char>(line[digits]))) ++digits;
        if (digits > start && digits < line.size() && line[digits] == ':') {
            const std::string depth(line.substr(start, digits - start));
            if (depth.size() != 1 || depth[0] < '1' || depth[0] > '3') {
                diagnostics.error(at(start), Message{"problems.import_text.bad_depth", {{"value", "\"" + depth + "\""}}});
                return;
            }
            text_start = digits + 1;
            while (text_start < line.size() && (line[text_start] == ' ' || line[text_start] == '\t')) ++text_start;
            if (unicode::is_blank(line.substr(text_start))) {
                diagnostics.error(at(start), Message{"problems.import_text.no_text", {{"depth", depth}}});
                return;
            }
            add_entry(card, "level", yaml::scalar_node(depth, at(start), yaml::ScalarStyle::plain));
        }
        add_entry(card, "kind", yaml::scalar_node("question", at(text_start), yaml::ScalarStyle::plain));
        add_entry(card, "text", yaml::scalar_node(std::string(unicode::trim(line.substr(text_start))), at(text_start),
                                       yaml::ScalarStyle::double_quoted));
        if (!theme.empty()) add_entry(card, "theme", yaml::scalar_node(theme, at(text_start), yaml::ScalarStyle::double_quoted));
        cards.children.push_back(std::move(card));
    }
};

}  // namespace

std::string slug_of(std::string_view text, std::size_t max_chars) {
    std::string slug;
    bool gap = false;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x80 && std::isalnum(byte)) {
            if (gap && !slug.empty()) slug += '-';
            gap = false;
            slug += static_cast<char>(std::tolower(byte));
        } else {
            gap = true;
        }
        if (slug.size() >= max_chars) break;
    }
    while (!slug.empty() && slug.back() == '-') slug.pop_back();
    return slug;
}

DeckHeader header_from_file_name(const std::filesystem::path& text_file) {
    DeckHeader header;
    const std::string stem = text_file.stem().string();
    header.id = slug_of(stem);
    std::string title = stem;
    std::replace(title.begin(), title.end(), '_', ' ');
    if (title.find(' ') == std::string::npos) std::replace(title.begin(), title.end(), '-', ' ');
    if (!title.empty() && static_cast<unsigned char>(title[0]) < 0x80) {
        title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(title[0])));
    }
    header.title = std::string(unicode::trim(title));
    return header;
}

std::filesystem::path imported_deck_path(const std::filesystem::path& text_file) {
    std::filesystem::path deck = text_file;
    deck.replace_extension(".yaml");
    return deck;
}

DeckReadResult deck_from_text(std::string_view text, const std::string& file_name, const DeckHeader& header,
                              const DeckReadOptions& options) {
    DiagnosticList diagnostics(file_name);
    DeckReadResult result;
    const yaml::detail::EncodingCheck encoding = yaml::detail::check_encoding(text, diagnostics);
    if (!encoding.ok) {
        result.diagnostics = std::move(diagnostics).take();
        return result;
    }
    text.remove_prefix(encoding.bom_length);
    const std::string lines = yaml::detail::normalize_line_breaks(text);

    Node root;
    root.kind = yaml::NodeKind::mapping;
    root.position = {1, 1};
    add_entry(root, "kindling_deck", yaml::scalar_node(std::to_string(header.format_version), {}, yaml::ScalarStyle::plain));
    add_text(root, "id", header.id);
    add_text(root, "title", header.title);
    add_text(root, "description", header.description);
    add_text(root, "language", header.language);
    add_text(root, "author", header.author);
    add_text(root, "licence", header.licence);

    ThemeNames themes;
    Node cards;
    cards.kind = yaml::NodeKind::sequence;
    cards.position = {1, 1};
    LineReader reader{diagnostics, themes, cards, {}};
    int number = 0;
    for (std::size_t begin = 0; begin < lines.size() && !diagnostics.full();) {
        const std::size_t end = std::min(lines.find('\n', begin), lines.size());
        reader.read(std::string_view(lines).substr(begin, end - begin), ++number);
        begin = end + 1;
    }
    if (cards.children.empty() && !diagnostics.has_errors()) {
        diagnostics.error({1, 1}, Message{"problems.import_text.no_cards", {}});
    }
    if (cards.children.empty()) {
        result.diagnostics = std::move(diagnostics).take();
        return result;
    }
    // The lines in error were left out; the rest is checked too, so one run shows every problem.
    themes.add_to(root);
    add_entry(root, "cards", std::move(cards));
    result = read_deck_tree(root, file_name, options);
    if (!diagnostics.items().empty()) {
        std::vector<Diagnostic> all = std::move(diagnostics).take();
        all.insert(all.end(), result.diagnostics.begin(), result.diagnostics.end());
        result.diagnostics = std::move(all);
    }
    return result;
}

}  // namespace kindling
