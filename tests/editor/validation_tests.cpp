// Live validation: the rules of `kindling-deck lint`, mapped back to cards and fields.
#include "editor_test_decks.hpp"

#include "model/deck_validation.hpp"

#include <catch2/catch.hpp>

using namespace kindling;
using namespace kindling::editor;
using kindling::editor::test_decks::sample_deck;

namespace {

const EditorDiagnostic* find_message(const ValidationReport& report, std::string_view part) {
    for (const EditorDiagnostic& d : report.diagnostics) {
        if (d.message.find(part) != std::string::npos) return &d;
    }
    return nullptr;
}

}  // namespace

TEST_CASE("A valid deck has no diagnostics") {
    const ValidationReport report = validate_deck(EditableDeck(sample_deck()));
    CHECK(report.diagnostics.empty());
    CHECK(report.errors == 0);
}

TEST_CASE("Card problems point at the card and the field") {
    Deck deck = sample_deck();
    deck.cards[1].text = "   ";
    deck.cards[3].level = 5;
    deck.cards[4].theme = "plya";
    deck.cards[2].id = "hum";
    const EditableDeck editable(deck);
    const ValidationReport report = validate_deck(editable);
    CHECK(report.errors == 4);

    const EditorDiagnostic* blank = find_message(report, "blank");
    REQUIRE(blank);
    CHECK(blank->card == editable.key(1));
    CHECK(blank->card_number == 2);
    CHECK(blank->field == "text");

    const EditorDiagnostic* level = find_message(report, "level");
    REQUIRE(level);
    CHECK(level->card == editable.key(3));
    CHECK(level->field == "level");

    const EditorDiagnostic* theme = find_message(report, "did you mean \"play\"");
    REQUIRE(theme);
    CHECK(theme->card == editable.key(4));
    CHECK(theme->field == "theme");

    // "first used at line N" of the canonical text becomes a card people can find.
    const EditorDiagnostic* duplicate = find_message(report, "duplicate card id");
    REQUIRE(duplicate);
    CHECK(duplicate->card == editable.key(2));
    CHECK(duplicate->field == "id");
    CHECK(duplicate->message.find("used at card 1 (\u201CHum the tune") != std::string::npos);
    CHECK(duplicate->message.find("line") == std::string::npos);

    CHECK(report.for_card(editable.key(3)).size() == 1);
    CHECK(report.for_card(editable.key(3), "text").empty());
    CHECK(report.has_problems_for(editable.key(1)));
    CHECK_FALSE(report.has_problems_for(editable.key(0)));
}

TEST_CASE("Deck problems point at the deck field") {
    Deck deck = sample_deck();
    deck.id = "Not A Slug";
    deck.title = "";
    deck.language = "english!";
    deck.themes.push_back({"play", "Mine", "", "", ""});  // a built-in id
    const ValidationReport report = validate_deck(EditableDeck(deck));
    for (const char* field : {"id", "title", "language"}) {
        INFO(field);
        const auto found = report.for_deck_field(field);
        CHECK(found.size() == 1);
        if (!found.empty()) CHECK_FALSE(found.front()->card.has_value());
    }
    const EditorDiagnostic* theme = find_message(report, "built in");
    REQUIRE(theme);
    CHECK(theme->field == "themes.id");
    CHECK(theme->theme_index == 0);
}

TEST_CASE("Style warnings from lint show up too, with the similar card named") {
    Deck deck = sample_deck();
    deck.cards[3].text = "If you could rename the moon, what would you call it?!";
    deck.cards[0].text = std::string(230, 'a');
    const EditableDeck editable(deck);
    const ValidationReport report = validate_deck(editable);
    CHECK(report.errors == 0);
    CHECK(report.warnings == 2);
    const EditorDiagnostic* similar = find_message(report, "same as");
    REQUIRE(similar);
    CHECK(similar->card == editable.key(3));
    CHECK(similar->message.find("card 2") != std::string::npos);
    const EditorDiagnostic* longish = find_message(report, "long to read aloud");
    REQUIRE(longish);
    CHECK(longish->card == editable.key(0));
}

TEST_CASE("A deck without cards says so") {
    Deck deck = sample_deck();
    deck.cards.clear();
    const ValidationReport report = validate_deck(EditableDeck(deck));
    REQUIRE(report.errors == 1);
    CHECK(report.diagnostics[0].field == "cards");
}

TEST_CASE("Each problem carries the core's code, card and field, which is where the editor jumps") {
    Deck deck = sample_deck();
    deck.cards[3].level = 9;
    deck.themes.push_back({"wedding", "Wedding", "", "pink", ""});
    const EditableDeck editable(deck);
    const ValidationReport report = validate_deck(editable);
    REQUIRE(report.diagnostics.size() == 2);

    const EditorDiagnostic& colour = report.diagnostics[0];
    REQUIRE(colour.problem.has_value());
    CHECK(colour.problem->message.code == "problems.deck.bad_colour");
    CHECK_FALSE(colour.card.has_value());
    CHECK(colour.field == "themes.colour");
    CHECK(colour.theme_index == 0);

    const EditorDiagnostic& level = report.diagnostics[1];
    REQUIRE(level.problem.has_value());
    CHECK(level.problem->message == Message{"problems.not_whole_number",
                                            {{"field", "level"}, {"min", "1"}, {"max", "3"}, {"value", "9"}}});
    CHECK(level.problem->card == 3);
    CHECK(level.problem->field == "level");
    CHECK(level.card == editable.key(3));
    CHECK(level.field == "level");
    CHECK(level.message == "\"level\" must be a whole number from 1 to 3, not 9");
}

TEST_CASE("A translation being edited is validated in memory, by card and field") {
    Deck deck = sample_deck();
    deck.id = "sample-de";
    deck.language = "de";
    deck.cards[1].text = " ";
    deck.cards[2].id = deck.cards[0].id;
    DeckTranslation opened;
    opened.translation_of = "sample";
    const EditableDeck editable(deck);
    const ValidationReport report = validate_translation(editable, opened);
    REQUIRE(report.errors == 2);
    const EditorDiagnostic* blank = find_message(report, "blank");
    REQUIRE(blank);
    CHECK(blank->card == editable.key(1));
    CHECK(blank->field == "text");
    const EditorDiagnostic* twice = find_message(report, "translated twice");
    REQUIRE(twice);
    CHECK(twice->card == editable.key(2));
    CHECK(twice->field == "id");
    CHECK(twice->problem->message.code == "problems.translation.card_twice_in_memory");
}
