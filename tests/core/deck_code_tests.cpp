// A deck's code (core/deck/deck_code.hpp): the same content gives the same code on every
// machine and after any number of writes and reads; any change gives another.
#include "core/deck/deck_code.hpp"
#include "core/deck/deck_reader.hpp"
#include "core/deck/deck_writer.hpp"
#include "support/fixtures.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace kindling;
using kindling::testing::data_directory;
using kindling::testing::fixtures_directory;
using kindling::testing::read_text_file;

namespace {

Deck read_or_fail(const std::filesystem::path& path) {
    const DeckReadResult result = read_deck_file(path);
    REQUIRE(result.ok());
    return result.deck;
}

}  // namespace

TEST_CASE("A deck's code is two groups of five unambiguous characters") {
    const std::string code = deck_code(read_or_fail(data_directory() / "decks" / "play.yaml"));
    REQUIRE(code.size() == deck_code_characters + 1);
    CHECK(code[5] == '-');
    for (std::size_t i = 0; i < code.size(); ++i) {
        if (i != 5) CHECK(deck_code_alphabet.find(code[i]) != std::string_view::npos);
    }
}

TEST_CASE("The deck code is the same on every machine and across a write-read round trip") {
    // A fixed deck and its code, written down once: a change of the hash or of the canonical
    // form would give people with different versions different codes for the same deck.
    Deck deck;
    deck.id = "our-deck";
    deck.title = "Our deck";
    Card card;
    card.text = "What made you smile today?";
    deck.cards = {card};
    CHECK(deck_code(deck) == "A91CN-Z2NEZ");

    const std::filesystem::path every_field = fixtures_directory() / "decks" / "valid" / "every-field.yaml";
    const Deck original = read_or_fail(every_field);
    const std::string written = write_deck(original);
    const DeckReadResult reread = read_deck(written, "every-field.yaml");
    REQUIRE(reread.ok());
    CHECK(deck_code(reread.deck) == deck_code(original));
    // Formatting and the schema line are not content: the hand-written file and its canonical
    // form (kindling-deck fmt) share a code.
    DeckWriteOptions without_schema;
    without_schema.schema_line.clear();
    CHECK(deck_code(read_deck(write_deck(original, without_schema), "x.yaml").deck) == deck_code(original));
    CHECK(written != read_text_file(every_field));
}

TEST_CASE("Any change of a card or of the deck's fields gives another code") {
    const Deck original = read_or_fail(fixtures_directory() / "decks" / "valid" / "every-field.yaml");
    REQUIRE(original.cards.size() >= 2);
    std::set<std::string> codes{deck_code(original)};
    const auto changed = [&](auto change) {
        Deck deck = original;
        change(deck);
        return codes.insert(deck_code(deck)).second;
    };
    CHECK(changed([](Deck& d) { d.cards[0].text += " "; }));
    CHECK(changed([](Deck& d) { d.cards[0].text[0] = static_cast<char>(d.cards[0].text[0] ^ 0x20); }));
    CHECK(changed([](Deck& d) { d.cards[1].level = d.cards[1].level == 1 ? 2 : 1; }));
    CHECK(changed([](Deck& d) { d.cards[1].intensity = d.cards[1].intensity == Intensity::company ? Intensity::private_ : Intensity::company; }));
    CHECK(changed([](Deck& d) { d.cards[0].tags.push_back("new-tag"); }));
    CHECK(changed([](Deck& d) { d.cards[0].note += " more"; }));
    CHECK(changed([](Deck& d) { std::swap(d.cards[0], d.cards[1]); }));
    CHECK(changed([](Deck& d) { d.cards.pop_back(); }));
    CHECK(changed([](Deck& d) { d.title += "!"; }));
    CHECK(changed([](Deck& d) { d.id += "-copy"; }));
}
