#include "core/deck/deck_reader.hpp"
#include "core/deck/deck_writer.hpp"
#include "deck-generator/deck_generator.hpp"

#include <catch2/catch.hpp>

using namespace kindling;

TEST_CASE("The canonical form is stable and readable") {
    Deck deck;
    deck.id = "tiny";
    deck.title = "Tiny: a \"test\"";
    deck.language = "no";
    deck.licence = "CC-BY-4.0";
    deck.theme = "play";
    Card first;
    first.id = "hop";
    first.kind = CardKind::dare;
    first.text = "Hop on one leg: # of hops = your age";
    first.theme = "play";
    first.level = 2;
    first.intensity = Intensity::company;
    first.answers = Answerer::reader;
    first.timer_seconds = 30;
    first.tags = {"silly", "yes", "a b"};
    Card second;
    second.kind = CardKind::question;
    second.text = "Line one\nline two \xF0\x9F\x98\x80";
    second.theme = "inner-world";
    second.note = "null";
    deck.cards = {first, second};

    CHECK(write_deck(deck) ==
          "# yaml-language-server: $schema=../schema/deck.schema.json\n"
          "kindling_deck: 1\n"
          "id: tiny\n"
          "title: \"Tiny: a \\\"test\\\"\"\n"
          "language: \"no\"\n"
          "licence: CC-BY-4.0\n"
          "theme: play\n"
          "cards:\n"
          "  - id: hop\n"
          "    kind: dare\n"
          "    text: \"Hop on one leg: # of hops = your age\"\n"
          "    level: 2\n"
          "    intensity: company\n"
          "    answers: reader\n"
          "    timer: 30\n"
          "    tags: [silly, \"yes\", \"a b\"]\n"
          "  - kind: question\n"
          "    text: \"Line one\\nline two \xF0\x9F\x98\x80\"\n"
          "    theme: inner-world\n"
          "    level: 1\n"
          "    intensity: personal\n"
          "    answers: partner\n"
          "    note: \"null\"\n");
}

TEST_CASE("Writing then reading gives the same deck, for many random decks") {
    DeckReadOptions options;
    options.style_warnings = false;
    for (std::uint64_t seed = 1; seed <= 500; ++seed) {
        const Deck deck = kindling::testing::random_deck(seed);
        const std::string text = write_deck(deck);
        const DeckReadResult back = read_deck(text, "generated.yaml", options);
        INFO("seed " << seed << "\n" << text);
        for (const auto& d : back.diagnostics) INFO(format_diagnostic(d));
        REQUIRE(back.ok());
        CHECK(back.deck == deck);
        CHECK(write_deck(back.deck) == text);  // canonical form is a fixed point
    }
}

TEST_CASE("A file's own schema line is recognised so rewriting keeps it") {
    CHECK(schema_line_of("# yaml-language-server: $schema=/usr/share/kindling/schema/deck.schema.json\nid: x\n") ==
          "# yaml-language-server: $schema=/usr/share/kindling/schema/deck.schema.json");
    CHECK(schema_line_of("\xEF\xBB\xBF# yaml-language-server: $schema=x.json\r\n") == "# yaml-language-server: $schema=x.json");
    CHECK(schema_line_of("# just a comment\n").empty());
    CHECK(schema_line_of("").empty());
}
