// validate(const Deck&): the rules about values, on a deck in memory (as the editor holds it) and
// on one read from a file (with positions), as codes with arguments and the card and field.
#include "core/deck/deck_reader.hpp"
#include "core/deck/deck_validation.hpp"
#include "core/format/ui_strings.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace kindling;

namespace {

Card card(std::string id, std::string text) {
    Card made;
    made.id = std::move(id);
    made.kind = CardKind::question;
    made.text = std::move(text);
    return made;
}

Deck small_deck() {
    Deck deck;
    deck.id = "tonight";
    deck.title = "Tonight";
    deck.cards = {card("laugh", "What made you laugh today?"), card("proud", "What are you proud of this week?")};
    return deck;
}

}  // namespace

TEST_CASE("A valid deck in memory has no problems") { CHECK(validate(small_deck()).empty()); }

TEST_CASE("Problems of cards in memory are codes with the card, the field and the arguments") {
    Deck deck = small_deck();
    deck.cards[1].id = "laugh";
    deck.cards[1].text = "   ";
    deck.cards[1].level = 7;
    deck.cards[0].timer_seconds = 0;
    deck.cards[0].tags = {"fine", ""};

    const std::vector<DeckProblem> problems = validate(deck);
    const std::vector<DeckProblem> expected{
        {Severity::error,
         {"problems.not_whole_number_unit",
          {{"field", "timer"}, {"min", "1"}, {"max", "3600"}, {"value", "0"}, word_arg("unit", "problems.unit.seconds")}},
         0, "timer", -1, {}},
        {Severity::error, {"problems.blank", {{"field", "tags"}}}, 0, "tags", 1, {}},
        {Severity::error,
         {"problems.card.duplicate_id_in_memory",
          {{"id", "laugh"}, {"number", "1"}, {"excerpt", " (\u201CWhat made you laugh today?\u201D)"}}},
         1, "id", -1, {}},
        {Severity::error, {"problems.blank", {{"field", "text"}}}, 1, "text", -1, {}},
        {Severity::error,
         {"problems.not_whole_number", {{"field", "level"}, {"min", "1"}, {"max", "3"}, {"value", "7"}}},
         1, "level", -1, {}},
    };
    CHECK(problems == expected);
    CHECK(english_words(problems[2].message) ==
          "duplicate card id \"laugh\"; it was first used at card 1 (\u201CWhat made you laugh today?\u201D)");
}

TEST_CASE("Problems of the deck itself name the deck field, and a theme's field with its index") {
    Deck deck = small_deck();
    deck.id = "Tonight!";
    deck.title.clear();
    deck.theme = "wedding";
    deck.themes = {{"play", "Mine", "", "", ""}, {"wedding", "Wedding", "", "red", ""}};
    deck.cards[0].theme = "weding";
    deck.cards[1].theme = "wedding";

    const std::vector<DeckProblem> problems = validate(deck);
    REQUIRE(problems.size() == 5);
    CHECK(problems[0].message.code == "problems.bad_slug");
    CHECK(problems[0].card == -1);
    CHECK(problems[0].field == "id");
    CHECK(problems[1].message.code == "problems.blank");
    CHECK(problems[1].field == "title");
    CHECK(problems[2] == DeckProblem{Severity::error, {"problems.deck.theme_builtin", {{"id", "play"}}}, -1, "themes.id", 0, {}});
    CHECK(problems[3] == DeckProblem{Severity::error, {"problems.deck.bad_colour", {{"value", "\"red\""}}}, -1, "themes.colour", 1, {}});
    // The card with the deck's own theme is not reported; the misspelt one is, with a hint.
    CHECK(problems[4].message.code == "problems.card.unknown_theme");
    CHECK(problems[4].card == 0);
    CHECK(problems[4].field == "theme");
}

TEST_CASE("A deck without cards, and style warnings, in memory") {
    Deck empty = small_deck();
    empty.cards.clear();
    CHECK(validate(empty) == std::vector<DeckProblem>{{Severity::error, {"problems.deck.no_cards", {}}, -1, "cards", -1, {}}});

    Deck similar = small_deck();
    similar.cards[1].text = similar.cards[0].text;
    similar.cards[0].text += std::string(220, '!');
    similar.cards[1].text += std::string(220, '!');
    const std::vector<DeckProblem> warnings = validate(similar);
    REQUIRE(warnings.size() == 3);
    for (const DeckProblem& warning : warnings) CHECK(warning.severity == Severity::warning);
    CHECK(warnings[2].message.code == "problems.card.same_as_in_memory");
    CHECK(warnings[2].card == 1);
    DeckValidationOptions quiet;
    quiet.style_warnings = false;
    CHECK(validate(similar, nullptr, quiet).empty());
}

TEST_CASE("Lint: a write card is for everyone in a room, with a short prompt") {
    Deck deck = small_deck();
    Card write = card("film", "Write the title of the film about this group of friends.");
    write.kind = CardKind::write;
    write.answers = Answerer::everyone;
    deck.cards.push_back(write);
    CHECK(validate(deck).empty());

    deck.cards[2].answers = Answerer::reader;
    deck.cards[2].text = "Write " + std::string(130, 'a');
    std::vector<std::string> codes;
    for (const DeckProblem& problem : validate(deck)) {
        CHECK(problem.severity == Severity::warning);
        CHECK(problem.card == 2);
        codes.push_back(problem.message.code);
    }
    CHECK(codes == std::vector<std::string>{"problems.card.write_not_everyone", "problems.card.long_write_prompt"});

    deck.cards[2] = write;
    deck.mode = PlayMode{};
    deck.mode->players = ModePlayers::couple;
    codes.clear();
    for (const DeckProblem& problem : validate(deck)) codes.push_back(problem.message.code);
    CHECK(std::count(codes.begin(), codes.end(), "problems.card.write_for_couple") == 1);

    DeckValidationOptions quiet;
    quiet.style_warnings = false;
    deck.mode.reset();
    deck.cards[2].answers = Answerer::reader;
    CHECK(validate(deck, nullptr, quiet).empty());
}

TEST_CASE("A deck read from a file is validated by the same rules, located and coded") {
    const std::string text = "kindling_deck: 1\nid: t\ntitle: T\ncards:\n"
                             "  - id: a\n    kind: question\n    text: One?\n"
                             "  - id: a\n    kind: question\n    text: Two?\n    level: 9\n";
    const DeckReadResult result = read_deck(text, "t.yaml");
    REQUIRE(result.diagnostics.size() == 2);
    const Diagnostic& duplicate = result.diagnostics[0];
    CHECK(duplicate.position == SourcePosition{8, 9});
    CHECK(duplicate.code == "problems.card.duplicate_id");
    CHECK(duplicate.card_index == 1);
    CHECK(duplicate.field == "id");
    CHECK(duplicate.message == "duplicate card id \"a\"; it was first used at line 5");
    const Diagnostic& level = result.diagnostics[1];
    CHECK(level.position == SourcePosition{11, 12});
    CHECK(level.code == "problems.not_whole_number");
    CHECK(level.field == "level");
    // The deck as read keeps the value, so the editor shows what the file says.
    CHECK(result.deck.cards[1].level == 9);
}

TEST_CASE("A coded problem reads in the chosen language, a plain one as it is") {
    const UiStrings german = load_ui_strings("de").strings;
    const DeckReadResult result = read_deck("kindling_deck: 1\nid: t\ntitle: T\ncards:\n  - kind: questoin\n    text: Hi?\n", "t.yaml");
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(format_diagnostic(result.diagnostics[0], german) ==
          "t.yaml:5:11: error: unbekannter Wert für kind: \"questoin\"; meinst du \"question\"? Gültig sind \"question\", "
          "\"compliment\", \"gratitude\", \"feeling\", \"gesture\", \"activity\", \"dare\", \"vote\", \"guess\" oder \"write\"");
    const Diagnostic plain{"t.yaml", {2, 3}, Severity::error, "a message of the YAML parser"};
    CHECK(format_diagnostic(plain, german) == "t.yaml:2:3: error: a message of the YAML parser");
}
