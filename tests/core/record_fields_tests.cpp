// The one description of each record (core/record_fields) against everything that must agree
// with it: the JSON Schema editors use, the field tables of the format reference, the order the
// writer uses, and the words of the choice fields.
#include "core/deck/deck.hpp"
#include "core/deck/deck_writer.hpp"
#include "core/format/record_fields.hpp"
#include "core/format/ui_strings.hpp"
#include "core/store/play_history.hpp"
#include "support/fixtures.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <set>
#include <sstream>

using namespace kindling;

namespace {

struct Pairing {
    std::string_view record;       // the description
    std::string_view definition;   // its definition in the schema
    std::string_view heading;      // the heading of its field table in data/decks/README.md
    bool schema_lists_only_these;  // translations also list the base deck's fields, to refuse them
};

constexpr Pairing pairings[]{
    {"deck", "deck", "## Deck fields", true},
    {"card", "card", "## Card fields", true},
    {"theme", "theme", "### Themes", true},
    {"mode", "mode", "### Mode fields", true},
    {"set", "modeSet", "### Set fields", true},
    {"closing", "closingStep", "### Closing step fields", true},
    {"translation", "translation", "## Translations", false},
    {"translated_card", "cardTranslation", "", false},
    {"translated_theme", "themeTranslation", "", false},
};

const nlohmann::json& schema() {
    static const nlohmann::json document =
        nlohmann::json::parse(testing::read_text_file(testing::data_directory() / "schema" / "deck.schema.json"));
    return document;
}

// The numeric or length limit a schema property states, directly or in an allOf.
std::optional<long long> schema_limit(const nlohmann::json& property, const char* name) {
    if (property.contains(name)) return property[name].get<long long>();
    if (property.contains("allOf")) {
        for (const auto& part : property["allOf"]) {
            if (part.contains(name)) return part[name].get<long long>();
        }
    }
    return std::nullopt;
}

struct TableRow {
    std::string field;
    std::string required;
    std::string default_value;  // empty when the table has no default column
};

std::vector<std::string> cells(const std::string& line) {
    std::vector<std::string> out;
    std::stringstream stream(line.substr(1));
    std::string cell;
    while (std::getline(stream, cell, '|')) {
        const auto first = cell.find_first_not_of(' ');
        const auto last = cell.find_last_not_of(' ');
        out.push_back(first == std::string::npos ? std::string{} : cell.substr(first, last - first + 1));
    }
    return out;
}

// The first table with a "field" column after `heading` in the format reference.
std::vector<TableRow> readme_table(std::string_view heading) {
    const std::string text = testing::read_text_file(testing::data_directory() / "decks" / "README.md");
    std::stringstream lines(text);
    std::string line;
    bool after_heading = false;
    bool in_table = false;
    int default_column = -1;
    std::vector<TableRow> rows;
    while (std::getline(lines, line)) {
        if (!after_heading) {
            after_heading = line == heading;
            continue;
        }
        if (!in_table) {
            if (!line.starts_with("| field |")) continue;
            const auto header = cells(line);
            for (std::size_t i = 0; i < header.size(); ++i) {
                if (header[i] == "default") default_column = static_cast<int>(i);
            }
            in_table = true;
            std::getline(lines, line);  // |---|
            continue;
        }
        if (!line.starts_with("|")) break;
        const auto row = cells(line);
        REQUIRE(row.size() >= 3);
        std::string field = row[0];
        field.erase(std::remove(field.begin(), field.end(), '`'), field.end());
        rows.push_back({field, row[1], default_column >= 0 ? row[static_cast<std::size_t>(default_column)] : ""});
    }
    return rows;
}

}  // namespace

TEST_CASE("The JSON Schema has exactly the fields, requirements and limits of the descriptions") {
    for (const Pairing& pairing : pairings) {
        INFO("record " << pairing.record);
        const RecordDescription* record = find_record(pairing.record);
        REQUIRE(record != nullptr);
        const nlohmann::json& definition = schema()["definitions"][std::string(pairing.definition)];
        REQUIRE(definition.is_object());

        std::vector<std::string> properties;
        for (const auto& [name, value] : definition["properties"].items()) properties.push_back(name);
        std::vector<std::string> fields;
        for (const FieldRule& rule : record->fields) fields.emplace_back(rule.name);
        if (pairing.schema_lists_only_these) {
            CHECK(std::set<std::string>(properties.begin(), properties.end()) == std::set<std::string>(fields.begin(), fields.end()));
        } else {
            for (const std::string& field : fields) {
                INFO("field " << field);
                CHECK(std::find(properties.begin(), properties.end(), field) != properties.end());
            }
        }

        std::set<std::string> required;
        if (definition.contains("required")) {
            for (const auto& name : definition["required"]) required.insert(name.get<std::string>());
        }
        std::set<std::string> described;
        for (const FieldRule& rule : record->fields) {
            if (rule.required) described.insert(std::string(rule.name));
        }
        CHECK(required == described);

        for (const FieldRule& rule : record->fields) {
            INFO("field " << rule.name);
            const nlohmann::json& property = definition["properties"][std::string(rule.name)];
            if (rule.type == FieldType::choice && property.contains("enum")) {
                CHECK(property["enum"] == nlohmann::json(std::vector<std::string>(rule.choices.begin(), rule.choices.end())));
            }
            if (rule.type == FieldType::whole_number) {
                CHECK(schema_limit(property, "minimum") == rule.min);
                CHECK(schema_limit(property, "maximum") == rule.max);
            }
            if (rule.type == FieldType::text) {
                if (const auto limit = schema_limit(property, "maxLength")) CHECK(*limit == rule.max);
            }
            if (rule.type == FieldType::text_list) {
                if (const auto limit = schema_limit(property, "maxItems")) CHECK(*limit == rule.max);
            }
            if (rule.type == FieldType::record_list && rule.max > 0) {
                CHECK(schema_limit(property, "minItems") == rule.min);
                CHECK(schema_limit(property, "maxItems") == rule.max);
            }
        }
    }
}

TEST_CASE("The format reference lists the described fields with their requirement and default") {
    for (const Pairing& pairing : pairings) {
        if (pairing.heading.empty()) continue;
        INFO("record " << pairing.record);
        const RecordDescription& record = *find_record(pairing.record);
        const std::vector<TableRow> rows = readme_table(pairing.heading);
        std::vector<std::string> listed;
        for (const TableRow& row : rows) listed.push_back(row.field);
        std::vector<std::string> fields;
        for (const FieldRule& rule : record.fields) fields.emplace_back(rule.name);
        CHECK(std::set<std::string>(listed.begin(), listed.end()) == std::set<std::string>(fields.begin(), fields.end()));
        CHECK(listed.size() == fields.size());
        for (const TableRow& row : rows) {
            INFO("field " << row.field);
            const FieldRule* rule = record.field(row.field);
            if (rule == nullptr) continue;
            CHECK((row.required == "yes") == rule->required);
            if (!rule->default_value.empty() && !row.default_value.empty()) {
                CHECK(row.default_value.find("`" + std::string(rule->default_value) + "`") != std::string::npos);
            }
        }
    }
}

TEST_CASE("The writer writes fields in the order of the descriptions") {
    Deck deck;
    deck.id = "order";
    deck.title = "Order";
    deck.description = "All fields.";
    deck.language = "en";
    deck.author = "Kindling";
    deck.licence = "CC0-1.0";
    deck.theme = "play";
    deck.purpose = DeckPurpose::follow_up;
    deck.themes = {{"wedding", "Wedding", "For a wedding.", "#c0567a", "rings"}};
    Card card;
    card.id = "one";
    card.kind = CardKind::gesture;
    card.text = "Hold hands.";
    card.theme = "wedding";
    card.level = 2;
    card.timer_seconds = 60;
    card.tags = {"calm"};
    card.note = "A note.";
    deck.cards = {card};
    const std::string text = write_deck(deck);

    // Keys at the start of lines, by indentation: "" the deck, "  - "/"    " a theme or a card.
    const auto keys_at = [&](std::string_view first, std::string_view rest, std::string_view after) {
        std::vector<std::string> keys;
        std::stringstream lines(text.substr(text.find(after) + 1));
        std::string line;
        std::getline(lines, line);  // the key that holds the list
        while (std::getline(lines, line)) {
            std::string_view view = line;
            if (view.starts_with(first)) view.remove_prefix(first.size());
            else if (view.starts_with(rest)) view.remove_prefix(rest.size());
            else break;
            if (view.empty() || view.front() == ' ') break;
            keys.emplace_back(view.substr(0, view.find(':')));
        }
        return keys;
    };
    const auto in_order = [](const std::vector<std::string>& keys, const RecordDescription& record) {
        std::vector<std::string> expected;
        for (const FieldRule& rule : record.fields) {
            if (std::find(keys.begin(), keys.end(), rule.name) != keys.end()) expected.emplace_back(rule.name);
        }
        return keys == expected;
    };
    const std::vector<std::string> card_keys = keys_at("  - ", "    ", "\ncards:");
    CHECK(card_keys.size() == card_record().fields.size());  // every field is set on this card
    CHECK(in_order(card_keys, card_record()));
    CHECK(in_order(keys_at("  - ", "    ", "\nthemes:"), theme_record()));

    std::vector<std::string> deck_keys;
    std::stringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) {
        if (!line.empty() && line.front() != ' ' && line.front() != '#') deck_keys.push_back(line.substr(0, line.find(':')));
    }
    CHECK(in_order(deck_keys, deck_record()));
    CHECK(std::find(deck_keys.begin(), deck_keys.end(), "purpose") != deck_keys.end());
}

TEST_CASE("The words of the choice fields are the model's") {
    REQUIRE(std::size(card_kind_names) == all_card_kinds.size());
    for (std::size_t i = 0; i < all_card_kinds.size(); ++i) CHECK(card_kind_names[i] == to_string(all_card_kinds[i]));
    REQUIRE(std::size(intensity_names) == all_intensities.size());
    for (std::size_t i = 0; i < all_intensities.size(); ++i) CHECK(intensity_names[i] == to_string(all_intensities[i]));
    REQUIRE(std::size(answerer_names) == all_answerers.size());
    for (std::size_t i = 0; i < all_answerers.size(); ++i) CHECK(answerer_names[i] == to_string(all_answerers[i]));
    CHECK(deck_purpose_names[0] == to_string(DeckPurpose::night));
    CHECK(deck_purpose_names[1] == to_string(DeckPurpose::follow_up));
}

TEST_CASE("Every record description is found by its name and names its fields once") {
    for (const RecordDescription* record : all_records()) {
        INFO(record->name);
        CHECK(find_record(record->name) == record);
        const std::vector<std::string_view> names = record->names();
        CHECK(std::set<std::string_view>(names.begin(), names.end()).size() == names.size());
        for (const FieldRule& rule : record->fields) {
            if (rule.type == FieldType::record_list || rule.type == FieldType::record) CHECK_FALSE(rule.record.empty());
            if (rule.type == FieldType::choice) CHECK_FALSE(rule.choices.empty());
        }
    }
}

TEST_CASE("The play history is written in the order of its descriptions and read back") {
    PlayHistory history;
    history.favourites = {"deck/one"};
    history.nights = {{1'700'000'000, {"deck/one", "deck/two"}}, {1'700'100'000, {}}};
    const std::string text = encode_history(history);
    std::vector<std::string> top;
    std::vector<std::string> night;
    std::stringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) {
        if (line.empty() || line.front() == '#') continue;
        if (line.front() != ' ') top.push_back(line.substr(0, line.find(':')));
        else if (line.starts_with("  - ") && line.find(':') != std::string::npos && line[4] != '"') night.push_back(line.substr(4, line.find(':') - 4));
        else if (line.starts_with("    ") && line[4] != ' ' && line[4] != '-') night.push_back(line.substr(4, line.find(':') - 4));
    }
    std::vector<std::string> described;
    for (const FieldRule& rule : history_record().fields) described.emplace_back(rule.name);
    CHECK(top == described);
    std::vector<std::string> night_fields;
    for (const FieldRule& rule : find_record("history_night")->fields) night_fields.emplace_back(rule.name);
    std::vector<std::string> expected_nights;
    for (std::size_t i = 0; i < history.nights.size(); ++i) {
        expected_nights.insert(expected_nights.end(), night_fields.begin(), night_fields.end());
    }
    CHECK(night == expected_nights);
    DiagnosticList diagnostics("history.yaml");
    CHECK(decode_history(text, diagnostics) == history);
    CHECK(diagnostics.items().empty());
}

// German and the other built-in languages are held to the English keys by the string tables' own test.
TEST_CASE("Every required field of the deck records has a hint for its missing-field message") {
    const UiStrings english = load_ui_strings("en").strings;
    for (const std::string_view name : {"deck", "theme", "card", "translation", "translated_theme", "translated_card"}) {
        const RecordDescription& record = *find_record(name);
        for (const FieldRule& rule : record.fields) {
            if (!rule.required || rule.type == FieldType::choice || rule.type == FieldType::version) continue;
            const std::string key = "problems.hint." + std::string(record.name) + "_" + std::string(rule.name);
            INFO(key);
            CHECK(english.has(key));
        }
    }
}
