#include "core/deck/deck_reader.hpp"

#include "support/catch_printers.hpp"

#include <catch2/catch.hpp>

#include <locale>

using namespace kindling;

namespace {

std::string deck_with_cards(const std::string& cards, const std::string& extra_fields = "") {
    return "kindling_deck: 1\nid: test\ntitle: Test\n" + extra_fields + "cards:\n" + cards;
}

std::string messages(const DeckReadResult& result) {
    std::string text;
    for (const auto& d : result.diagnostics) text += format_diagnostic(d) + "\n";
    return text;
}

}  // namespace

TEST_CASE("A minimal deck reads with the documented defaults") {
    const auto result = read_deck(deck_with_cards("  - kind: question\n    text: \"Why?\"\n"
                                                  "  - kind: gesture\n    text: Hug.\n"
                                                  "  - kind: vote\n    text: Who?\n"),
                                  "t.yaml");
    INFO(messages(result));
    REQUIRE(result.ok());
    REQUIRE(result.deck.cards.size() == 3);
    const Card& question = result.deck.cards[0];
    CHECK(question.kind == CardKind::question);
    CHECK(question.text == "Why?");
    CHECK(question.level == 1);
    CHECK(question.intensity == Intensity::personal);
    CHECK(question.answers == Answerer::partner);
    CHECK_FALSE(question.timer_seconds);
    CHECK(question.theme.empty());
    CHECK(result.deck.cards[1].answers == Answerer::both);
    CHECK(result.deck.cards[2].answers == Answerer::everyone);
    CHECK(result.card_positions[1] == SourcePosition{7, 5});
}

TEST_CASE("Cards inherit the deck's theme unless they name their own") {
    const auto result = read_deck(deck_with_cards("  - kind: question\n    text: A\n"
                                                  "  - kind: question\n    text: B\n    theme: play\n",
                                                  "theme: closeness\n"),
                                  "t.yaml");
    REQUIRE(result.ok());
    CHECK(result.deck.cards[0].theme == "closeness");
    CHECK(result.deck.cards[1].theme == "play");
}

TEST_CASE("A deck's own themes can be used by its cards, before or after they are declared") {
    const auto result = read_deck("kindling_deck: 1\nid: t\ntitle: T\ncards:\n"
                                  "  - kind: question\n    text: A\n    theme: wedding\n"
                                  "themes:\n  - id: wedding\n    title: Wedding\n",
                                  "t.yaml");
    INFO(messages(result));
    REQUIRE(result.ok());
    REQUIRE(result.deck.themes.size() == 1);
    CHECK(find_theme(result.deck, "wedding")->title == "Wedding");
    CHECK(find_theme(result.deck, "play")->title == "Play");
}

TEST_CASE("Diagnostics carry the card index and field for tools that jump to them") {
    const auto result = read_deck(deck_with_cards("  - kind: question\n    text: A\n"
                                                  "  - kind: question\n    text: B\n    timer: 0\n"),
                                  "t.yaml");
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].card_index == 1);
    CHECK(result.diagnostics[0].field == "timer");
    CHECK(result.diagnostics[0].position == SourcePosition{9, 12});
}

TEST_CASE("A deck of more than 50,000 cards is refused once, at the first card too many") {
    std::string cards;
    for (int i = 0; i < 50'001; ++i) cards += "- {kind: dare, text: x" + std::to_string(i) + "}\n";
    DeckReadOptions options;
    options.style_warnings = false;
    const auto result = read_deck("kindling_deck: 1\nid: t\ntitle: T\ncards:\n" + cards, "big.yaml", options);
    CHECK_FALSE(result.ok());
    REQUIRE(result.error_count() == 1);
    CHECK(result.diagnostics[0].message.find("at most 50000") != std::string::npos);
    CHECK(result.diagnostics[0].position.line == 50'005);
}

TEST_CASE("Numbers read the same whatever the global C++ locale is") {
    struct GroupingPunct : std::numpunct<char> {
        char do_thousands_sep() const override { return '.'; }
        std::string do_grouping() const override { return "\3"; }
        char do_decimal_point() const override { return ','; }
    };
    const std::locale previous = std::locale::global(std::locale(std::locale::classic(), new GroupingPunct));
    const auto result = read_deck(deck_with_cards("  - kind: gesture\n    text: Hug\n    timer: 1200\n    level: 3\n"), "t.yaml");
    std::locale::global(previous);
    REQUIRE(result.ok());
    CHECK(result.deck.cards[0].timer_seconds == 1200);
    CHECK(result.deck.cards[0].level == 3);
}

TEST_CASE("Style warnings: long texts and near-duplicate cards") {
    const std::string long_text(201, 'a');
    const auto result = read_deck(deck_with_cards("  - kind: question\n    text: \"" + long_text + "\"\n"
                                                  "  - kind: question\n    text: What is your favourite smell?\n"
                                                  "  - kind: question\n    text: \"What's your favourite smell?\"\n"),
                                  "t.yaml");
    CHECK(result.ok());
    REQUIRE(result.warning_count() == 2);
    CHECK(messages(result) ==
          "t.yaml:6:11: warning: this text is long to read aloud (201 characters; aim for under 200)\n"
          "t.yaml:9:5: warning: this card says the same as the card at line 7\n");

    DeckReadOptions quiet;
    quiet.style_warnings = false;
    CHECK(read_deck(deck_with_cards("  - kind: question\n    text: \"" + long_text + "\"\n"), "t.yaml", quiet)
              .diagnostics.empty());
}

TEST_CASE("Text keeps every character, including emoji beyond U+FFFF") {
    const std::string text = "Hi \xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA9 \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D";
    const auto result = read_deck(deck_with_cards("  - kind: question\n    text: \"" + text + "\"\n"), "t.yaml");
    REQUIRE(result.ok());
    CHECK(result.deck.cards[0].text == text);
}

TEST_CASE("Unreadable files are reported with their name") {
    const auto result = read_deck_file("/nonexistent/deck.yaml");
    CHECK_FALSE(result.ok());
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(format_diagnostic(result.diagnostics[0]).starts_with("/nonexistent/deck.yaml: error: cannot read the deck"));
}

TEST_CASE("Files over 4 MiB are refused before reading, with the limit named") {
    std::string bytes = "kindling_deck: 1\nid: big\ntitle: Big\ncards:\n";
    const std::string card = "  - {kind: dare, text: \"" + std::string(990, 'x') + "\"}\n";
    while (bytes.size() <= max_deck_file_bytes) bytes += card;
    const auto result = read_deck(bytes, "big.yaml");
    CHECK_FALSE(result.ok());
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].message == "the file is too large (" + std::to_string(bytes.size()) +
                                               " bytes); Kindling reads files of at most 4 MiB");
}

TEST_CASE("A deck just under 4 MiB with 4,000 long cards reads completely") {
    std::string bytes = "kindling_deck: 1\nid: big\ntitle: Big\ncards:\n";
    for (int i = 0; bytes.size() < max_deck_file_bytes - 2000; ++i) {
        bytes += "  - {kind: dare, text: \"" + std::to_string(i) + std::string(990, 'x') + "\"}\n";
    }
    DeckReadOptions options;
    options.style_warnings = false;
    const auto result = read_deck(bytes, "big.yaml", options);
    INFO(messages(result));
    CHECK(result.ok());
    CHECK(result.deck.cards.size() > 4'000);
}
