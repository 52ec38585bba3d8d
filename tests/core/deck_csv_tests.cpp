#include "core/format/csv.hpp"
#include "core/deck/deck_csv.hpp"
#include "core/format/ui_strings.hpp"
#include "core/deck/deck_writer.hpp"
#include "deck-generator/deck_generator.hpp"

#include "support/catch_printers.hpp"

#include "support/diagnostic_text.hpp"

#include <catch2/catch.hpp>

using namespace kindling;

namespace {

Deck deck_fields() {
    Deck deck;
    deck.id = "sheet";
    deck.title = "From a spreadsheet";
    return deck;
}

}  // namespace

TEST_CASE("CSV parsing handles quotes, doubled quotes, line breaks, CRLF and a BOM") {
    DiagnosticList diagnostics("t.csv");
    const auto rows = csv::parse("\xEF\xBB\xBF" "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n\r\nlast,,\n", diagnostics);
    REQUIRE_FALSE(diagnostics.has_errors());
    REQUIRE(rows.size() == 3);
    CHECK(rows[1][0].value == "x, y");
    CHECK(rows[1][1].value == "say \"hi\"");
    CHECK(rows[1][2].value == "two\nlines");
    CHECK(rows[1][2].position == SourcePosition{2, 21});
    CHECK(rows[2].size() == 3);
    CHECK(rows[2][0].position == SourcePosition{5, 1});
    CHECK(rows[2][2].value.empty());
}

TEST_CASE("CSV syntax errors are located") {
    DiagnosticList unclosed("t.csv");
    csv::parse("kind,text\nquestion,\"never closed\n", unclosed);
    CHECK(kindling::testing::diagnostic_lines(unclosed.items()) == "t.csv:2:10: error: the quoted field that starts here is never closed; add the missing \"\n");

    DiagnosticList stray("t.csv");
    csv::parse("kind,text\nquestion,half \"quoted\"\n", stray);
    CHECK(kindling::testing::diagnostic_lines(stray.items()) == "t.csv:2:15: error: a quote in the middle of a field; quote the whole field and write the quote as \"\"\n");

    DiagnosticList after("t.csv");
    csv::parse("\"a\"b\n", after);
    CHECK(kindling::testing::diagnostic_lines(after.items()) == "t.csv:1:4: error: unexpected text after the closing quote; a quote inside a field is written as \"\"\n");

    DiagnosticList binary("t.csv");
    csv::parse("kind,text\nquestion,caf\xE9\n", binary);
    CHECK(kindling::testing::diagnostic_lines(binary.items()) == "t.csv:2:13: error: this is not UTF-8 text; save the spreadsheet as \"CSV UTF-8\"\n");
}

TEST_CASE("Importing CSV checks every cell with the deck rules and points at the cell") {
    const std::string sheet =
        "kind,text,level,timer,tags,intensity\n"
        "question,What made you laugh today?,1,,fun; daily,company\n"
        "gesture,Hold hands,4,90,,\n"
        "questoin,Typo in the kind,,,,\n"
        "dare,,2,,,\n";
    const DeckReadResult result = deck_from_csv(sheet, "cards.csv", deck_fields());
    CHECK(kindling::testing::diagnostic_lines(result.diagnostics) ==
          "cards.csv:3:20: error: \"level\" must be a whole number from 1 to 3, not 4\n"
          "cards.csv:4:1: error: unknown kind \"questoin\"; did you mean \"question\"? Valid values are \"question\", \"compliment\", \"gratitude\", \"feeling\", \"gesture\", \"activity\", \"dare\", \"vote\", \"guess\" or \"write\"\n"
          "cards.csv:5:1: error: missing required field \"text\" (what is read aloud)\n");
    REQUIRE(result.deck.cards.size() == 4);
    CHECK(result.deck.cards[0].tags == std::vector<std::string>{"fun", "daily"});
    CHECK(result.deck.cards[0].intensity == Intensity::company);
}

TEST_CASE("Importing CSV refuses unknown and duplicate columns and a header without text") {
    CHECK(kindling::testing::diagnostic_lines(deck_from_csv("kind,txt\nquestion,Hi\n", "c.csv", deck_fields()).diagnostics) ==
          "c.csv:1:6: error: unknown column \"txt\"; did you mean \"text\"? Columns are \"id\", \"kind\", \"text\", \"theme\", \"level\", \"intensity\", \"answers\", \"timer\", \"tags\" or \"note\".\n"
          "c.csv:1:1: error: the header row has no \"text\" column\n");
    CHECK(kindling::testing::diagnostic_lines(deck_from_csv("kind,text,kind\n", "c.csv", deck_fields()).diagnostics) ==
          "c.csv:1:11: error: the column \"kind\" appears twice\n");
    CHECK(kindling::testing::diagnostic_lines(deck_from_csv("", "c.csv", deck_fields()).diagnostics) ==
          "c.csv:1:1: error: the file is empty; the first row must name the columns, e.g. kind,text,level\n");
    CHECK(kindling::testing::diagnostic_lines(deck_from_csv("kind,text\nquestion,a,extra\n", "c.csv", deck_fields()).diagnostics) ==
          "c.csv:2:12: error: this row has 3 cells but the header names 2 columns\n"
          "c.csv:2:1: error: \"cards\" is empty; a deck needs at least one card\n");
    // In German, with the same file, line and column.
    const UiStrings german = load_ui_strings("de").strings;
    const DeckReadResult unknown = deck_from_csv("kind,txt\nquestion,Hi\n", "c.csv", deck_fields());
    REQUIRE(unknown.diagnostics.size() == 2);
    CHECK(format_diagnostic(unknown.diagnostics[0], german) ==
          "c.csv:1:6: error: unbekannte Spalte \"txt\"; meinst du \"text\"? Die Spalten sind \"id\", \"kind\", \"text\", "
          "\"theme\", \"level\", \"intensity\", \"answers\", \"timer\", \"tags\" oder \"note\".");
    CHECK(format_diagnostic(deck_from_csv("kind,text\n\"open\n", "c.csv", deck_fields()).diagnostics.at(0), german) ==
          "c.csv:2:1: error: das Feld in Anführungszeichen, das hier beginnt, wird nie geschlossen; ergänze das fehlende \"");
}

TEST_CASE("Free-text cells stay text even when YAML would read them otherwise") {
    const DeckReadResult result = deck_from_csv("kind,text,note\nquestion,null,yes\n", "c.csv", deck_fields());
    REQUIRE(result.ok());
    CHECK(result.deck.cards[0].text == "null");
    CHECK(result.deck.cards[0].note == "yes");
}

TEST_CASE("Export then import gives the same cards, for many random decks") {
    DeckReadOptions quiet;
    quiet.style_warnings = false;
    for (std::uint64_t seed = 1; seed <= 200; ++seed) {
        Deck deck = kindling::testing::random_deck(seed);
        // Tags joined by ";" cannot hold ";" themselves; the generator never makes such tags.
        const std::string sheet = deck_to_csv(deck);
        Deck fields = deck;
        fields.cards.clear();
        const DeckReadResult back = deck_from_csv(sheet, "round.csv", fields, quiet);
        INFO("seed " << seed << "\n" << kindling::testing::diagnostic_lines(back.diagnostics) << sheet);
        REQUIRE(back.ok());
        CHECK(back.deck.cards == deck.cards);
    }
}
