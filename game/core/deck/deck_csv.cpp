#include "core/deck/deck_csv.hpp"

#include "core/format/csv.hpp"
#include "core/text/text_similarity.hpp"
#include "core/text/unicode.hpp"
#include "core/format/yaml_tree.hpp"

#include <algorithm>

namespace kindling {

namespace {

using yaml::Node;

using yaml::add_entry;

void add_text(Node& mapping, std::string_view key, const std::string& value) {
    if (!value.empty()) add_entry(mapping, key, yaml::scalar_node(value, {}, yaml::ScalarStyle::double_quoted));
}

// Cells that hold words or numbers are read like plain YAML; free text stays text whatever it
// says ("null", "yes", "12").
bool is_text_column(std::string_view column) {
    return column == "text" || column == "note" || column == "id" || column == "theme";
}

Node cell_node(std::string_view column, const csv::Field& cell) {
    if (column == "tags") {
        Node list;
        list.kind = yaml::NodeKind::sequence;
        list.position = cell.position;
        std::string_view rest = cell.value;
        while (!rest.empty()) {
            const std::size_t end = std::min(rest.find(';'), rest.size());
            const std::string_view tag = unicode::trim(rest.substr(0, end));
            if (!tag.empty()) list.children.push_back(yaml::scalar_node(std::string(tag), cell.position, yaml::ScalarStyle::double_quoted));
            rest.remove_prefix(std::min(end + 1, rest.size()));
        }
        return list;
    }
    if (is_text_column(column)) return yaml::scalar_node(cell.value, cell.position, yaml::ScalarStyle::double_quoted);
    return yaml::scalar_node(std::string(unicode::trim(cell.value)), cell.position, yaml::ScalarStyle::plain);
}

}  // namespace

std::string deck_to_csv(const Deck& deck) {
    std::string out = csv::format_row({deck_csv_columns.begin(), deck_csv_columns.end()});
    for (const Card& card : deck.cards) {
        std::string tags;
        for (const std::string& tag : card.tags) {
            if (!tags.empty()) tags += "; ";
            tags += tag;
        }
        out += csv::format_row({
            card.id,
            std::string(to_string(card.kind)),
            card.text,
            card.theme,
            std::to_string(card.level),
            std::string(to_string(card.intensity)),
            std::string(to_string(card.answers)),
            card.timer_seconds ? std::to_string(*card.timer_seconds) : std::string{},
            tags,
            card.note,
        });
    }
    return out;
}

DeckReadResult deck_from_csv(std::string_view csv_text, const std::string& file_name,
                             const Deck& deck_fields, const DeckReadOptions& options) {
    DiagnosticList diagnostics(file_name);
    const std::vector<csv::Row> rows = csv::parse(csv_text, diagnostics);

    Node root;
    root.kind = yaml::NodeKind::mapping;
    root.position = {1, 1};
    add_entry(root, "kindling_deck", yaml::scalar_node(std::to_string(deck_fields.format_version), {}, yaml::ScalarStyle::plain));
    add_entry(root, "id", yaml::scalar_node(deck_fields.id, {}, yaml::ScalarStyle::double_quoted));
    add_entry(root, "title", yaml::scalar_node(deck_fields.title, {}, yaml::ScalarStyle::double_quoted));
    add_text(root, "description", deck_fields.description);
    add_text(root, "language", deck_fields.language);
    add_text(root, "author", deck_fields.author);
    add_text(root, "licence", deck_fields.licence);
    add_text(root, "theme", deck_fields.theme);
    if (!deck_fields.themes.empty()) {
        Node themes;
        themes.kind = yaml::NodeKind::sequence;
        for (const Theme& theme : deck_fields.themes) {
            Node entry;
            entry.kind = yaml::NodeKind::mapping;
            add_text(entry, "id", theme.id);
            add_text(entry, "title", theme.title);
            add_text(entry, "description", theme.description);
            add_text(entry, "colour", theme.colour);
            add_text(entry, "icon", theme.icon);
            themes.children.push_back(std::move(entry));
        }
        add_entry(root, "themes", std::move(themes));
    }

    Node cards;
    cards.kind = yaml::NodeKind::sequence;
    cards.position = {2, 1};
    std::vector<std::string> columns;
    bool header_ok = !rows.empty() && !diagnostics.has_errors();
    if (rows.empty() && !diagnostics.has_errors()) {
        diagnostics.error({1, 1}, Message{"problems.csv.empty", {{"example", "kind,text,level"}}});
    }
    if (!rows.empty()) {
        for (const csv::Field& cell : rows.front()) {
            const std::string name{unicode::trim(cell.value)};
            if (std::find(deck_csv_columns.begin(), deck_csv_columns.end(), name) == deck_csv_columns.end()) {
                const auto hint = closest_match(name, deck_csv_columns);
                std::vector<MessageArg> args{{"column", name}, choices_arg("columns", deck_csv_columns)};
                if (hint) args.push_back({"hint", std::string(*hint)});
                diagnostics.error(cell.position,
                                  Message{hint ? "problems.csv.unknown_column_hint" : "problems.csv.unknown_column", std::move(args)});
                header_ok = false;
            } else if (std::find(columns.begin(), columns.end(), name) != columns.end()) {
                diagnostics.error(cell.position, Message{"problems.csv.column_twice", {{"column", name}}});
                header_ok = false;
            }
            columns.push_back(name);
        }
        for (std::string_view required : {"kind", "text"}) {
            if (std::find(columns.begin(), columns.end(), required) == columns.end()) {
                diagnostics.error(rows.front().front().position,
                                  Message{"problems.csv.missing_column", {{"column", std::string(required)}}});
                header_ok = false;
            }
        }
    }
    if (!header_ok) {
        DeckReadResult result;
        result.diagnostics = std::move(diagnostics).take();
        return result;
    }
    {
        for (std::size_t r = 1; r < rows.size(); ++r) {
            const csv::Row& row = rows[r];
            if (row.size() > columns.size()) {
                diagnostics.error(row[columns.size()].position,
                                  Message{"problems.csv.too_many_cells", {{"cells", std::to_string(row.size())},
                                                                          {"columns", std::to_string(columns.size())}}});
                continue;
            }
            Node card;
            card.kind = yaml::NodeKind::mapping;
            card.position = row.front().position;
            for (std::size_t c = 0; c < row.size(); ++c) {
                if (unicode::trim(row[c].value).empty()) continue;  // empty cell: the default
                add_entry(card, columns[c], cell_node(columns[c], row[c]));
            }
            cards.children.push_back(std::move(card));
        }
    }
    add_entry(root, "cards", std::move(cards));

    DeckReadResult result = read_deck_tree(root, file_name, options);
    if (!diagnostics.items().empty()) {
        // Rows with the wrong number of cells were left out; their messages come first.
        auto csv_problems = std::move(diagnostics).take();
        csv_problems.insert(csv_problems.end(), result.diagnostics.begin(), result.diagnostics.end());
        result.diagnostics = std::move(csv_problems);
    }
    return result;
}

}  // namespace kindling
