// Decks from plain text (core/deck/deck_text_import.hpp): the fixtures in
// tests/fixtures/text-import give exactly their deck or exactly their problems.
#include "core/deck/deck_reader.hpp"
#include "core/deck/deck_text_import.hpp"
#include "core/deck/deck_writer.hpp"
#include "support/fixtures.hpp"

#include <catch2/catch.hpp>

using namespace kindling;
using kindling::testing::fixtures_directory;
using kindling::testing::read_text_file;

namespace {

std::filesystem::path fixture(const std::string& name) { return fixtures_directory() / "text-import" / name; }

std::string diagnostics_text(const DeckReadResult& result) {
    std::string text;
    for (const Diagnostic& diagnostic : result.diagnostics) text += format_diagnostic(diagnostic) + "\n";
    return text;
}

DeckReadResult import_fixture(const std::string& name) {
    return deck_from_text(read_text_file(fixture(name)), name, header_from_file_name(name));
}

}  // namespace

TEST_CASE("A typed list becomes a valid deck: themes by name in any language, depths, bullets") {
    const DeckReadResult result = import_fixture("wedding.txt");
    INFO(diagnostics_text(result));
    REQUIRE(result.ok());
    CHECK(result.diagnostics.empty());
    CHECK(write_deck(result.deck) == read_text_file(fixture("wedding.yaml")));
    // What the author then refines reads back as the same deck.
    const DeckReadResult again = read_deck(write_deck(result.deck), "wedding.yaml");
    CHECK(again.ok());
    CHECK(again.deck == result.deck);
}

TEST_CASE("Each problem of a typed list names its line and column") {
    for (const std::string name : {"problems", "no-cards", "too-long"}) {
        INFO(name);
        const DeckReadResult result = import_fixture(name + ".txt");
        CHECK_FALSE(result.ok());
        CHECK(diagnostics_text(result) == read_text_file(fixture(name + ".expected")));
    }
}

TEST_CASE("Text that is not UTF-8 is refused with its place, like a deck file") {
    const DeckReadResult result = deck_from_text("A card\nCaf\xe9 au lait?\n", "latin1.txt", {1, "latin", "Latin"});
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(format_diagnostic(result.diagnostics.front()).starts_with("latin1.txt:2:4: error: "));
    CHECK_FALSE(result.ok());
}

TEST_CASE("An imported deck is named after its file and goes next to it") {
    const DeckHeader header = header_from_file_name("/home/ana/Notes/Anna's wedding.txt");
    CHECK(header.id == "anna-s-wedding");
    CHECK(header.title == "Anna's wedding");
    CHECK(header_from_file_name("date-night_ideas.md").title == "Date-night ideas");
    CHECK(header_from_file_name("date-night.txt").title == "Date night");
    CHECK(header_from_file_name("\u2764.txt").id.empty());
    CHECK(imported_deck_path("/tmp/list.txt") == std::filesystem::path("/tmp/list.yaml"));
    CHECK(imported_deck_path("/tmp/list") == std::filesystem::path("/tmp/list.yaml"));
    CHECK(slug_of("  Für uns zwei!  ") == "f-r-uns-zwei");
}
