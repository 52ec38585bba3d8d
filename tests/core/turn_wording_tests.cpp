// Who answers a card, worded by its kind, in English and German: a gesture is done together, a
// guess is guessed (at a party the reader, who knows the answer, confirms), a vote is cast by
// everyone; and the timer's "ready" line counts the people who do the card.
#include "core/night/party_rules.hpp"
#include "core/session/session.hpp"
#include "core/session/turn_wording.hpp"
#include "core/format/ui_strings.hpp"

#include <catch2/catch.hpp>

using namespace kindling;

namespace {

TurnView couple_turn(Answerer answers, std::vector<std::string> speakers) {
    TurnView turn;
    turn.reader = "Zoë";
    turn.partner = "José";
    turn.answers = answers;
    turn.speakers = std::move(speakers);
    return turn;
}

std::string words(const UiStrings& strings, const TurnWording& wording) {
    return strings.format(wording.key, {{"name", wording.name}, {"other", wording.other}});
}

PartyTurn party_turn(PartyAddress address, std::vector<std::string> answerers) {
    PartyTurn turn;
    turn.reader = "Dev";
    turn.reader_index = 3;
    turn.address = address;
    turn.answerers = std::move(answerers);
    turn.left = "Eli";
    turn.left_index = 4;
    return turn;
}

}  // namespace

TEST_CASE("A couple's footer says who answers, does, guesses or votes, by the card's kind") {
    const UiStrings en = load_ui_strings("en").strings;
    const UiStrings de = load_ui_strings("de").strings;
    const TurnView both = couple_turn(Answerer::both, {"Zoë", "José"});
    const TurnView partner = couple_turn(Answerer::partner, {"José"});

    CHECK(words(en, couple_turn_wording(CardKind::question, both)) == "Both answer, Zoë first");
    CHECK(words(en, couple_turn_wording(CardKind::question, partner)) == "José answers");
    // A staring contest or holding palms apart is done together, not answered.
    CHECK(words(en, couple_turn_wording(CardKind::gesture, both)) == "Together, Zoë starts");
    CHECK(words(en, couple_turn_wording(CardKind::activity, both)) == "Together, Zoë starts");
    CHECK(words(de, couple_turn_wording(CardKind::gesture, both)) == "Gemeinsam, Zoë fängt an");
    CHECK(words(en, couple_turn_wording(CardKind::dare, partner)) == "José's go");
    CHECK(words(de, couple_turn_wording(CardKind::dare, partner)) == "José ist dran");
    // A guess card is guessed.
    CHECK(words(en, couple_turn_wording(CardKind::guess, partner)) == "José guesses");
    CHECK(words(de, couple_turn_wording(CardKind::guess, partner)) == "José rät");
    CHECK(words(en, couple_turn_wording(CardKind::guess, both)) == "Both guess, Zoë first");
    CHECK(words(en, couple_turn_wording(CardKind::vote, both)) == "Everyone votes, Zoë first");
    // With nobody named there is nothing to say.
    CHECK(couple_turn_wording(CardKind::question, TurnView{}).key.empty());
}

TEST_CASE("A party's footer names the guesser and the reader who confirms, and does gestures together") {
    const UiStrings en = load_ui_strings("en").strings;
    const UiStrings de = load_ui_strings("de").strings;
    const PartyTurn everyone = party_turn(PartyAddress::everyone, {"Dev", "Eli", "Fay", "Ana"});
    // The reader knows the answer of an open guessing round: everyone else guesses.
    CHECK(words(en, party_turn_wording(CardKind::guess, everyone, "")) == "Everyone guesses, Dev confirms");
    CHECK(words(de, party_turn_wording(CardKind::guess, everyone, "")) == "Alle raten, Dev löst auf");
    const PartyTurn named = party_turn(PartyAddress::named, {"Ana"});
    CHECK(words(en, party_turn_wording(CardKind::guess, named, "Ana")) == "Ana guesses, Dev confirms");
    CHECK(words(en, party_turn_wording(CardKind::question, everyone, "")) == "Everyone answers, Dev first");
    CHECK(words(en, party_turn_wording(CardKind::gesture, everyone, "")) == "Everyone together, Dev starts");
    CHECK(words(en, party_turn_wording(CardKind::dare, party_turn(PartyAddress::reader, {"Dev"}), "")) == "Dev's go");
    CHECK(words(en, party_turn_wording(CardKind::dare, party_turn(PartyAddress::left, {"Eli"}), "")) ==
          "Eli's go, on Dev's left");
    CHECK(words(en, party_turn_wording(CardKind::question, party_turn(PartyAddress::left, {"Eli"}), "")) ==
          "Eli answers, on Dev's left");
    CHECK(words(en, party_turn_wording(CardKind::gesture, party_turn(PartyAddress::both, {"Dev", "Ana"}), "")) ==
          "Dev and Ana together");
    CHECK(words(en, party_turn_wording(CardKind::vote, everyone, "")) == "Everyone votes, Dev first");
}

TEST_CASE("The timer waits for one, both or everyone, in words that fit") {
    const UiStrings en = load_ui_strings("en").strings;
    const UiStrings de = load_ui_strings("de").strings;
    CHECK(en.text(timer_ready_key(1)) == "Start when you're ready");
    CHECK(en.text(timer_ready_key(2)) == "Start when you are both ready");
    CHECK(en.text(timer_ready_key(6)) == "Start when everyone is ready");
    CHECK(de.text(timer_ready_key(1)) == "Starte, wenn du bereit bist");
    CHECK(de.text(timer_ready_key(2)) == "Startet, wenn ihr beide bereit seid");
    CHECK(de.text(timer_ready_key(5)) == "Startet, wenn alle bereit sind");
}
