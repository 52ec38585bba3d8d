// A party's write card at a mixed table (issue 15): the TV hands over, and later asks for a
// favourite, only to the players who have no phone at hand, in seating order, and writes or votes
// for that very player; the phones write and vote by themselves in any order. When everyone still
// to write or vote has their phone, the TV only waits and takes nothing itself. Phones are plain
// WebSocket clients on 127.0.0.1 whose messages reach the game through SDL's queue.
#include "phone_fixture.hpp"

#include "app/game.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace kindling;
using testing::Phone;
using testing::pump;
using testing::send;
using Json = nlohmann::json;

namespace {

const std::vector<std::string> four{"Ana", "Ben", "Cleo", "Dev"};

Json answer(const std::string& text) { return Json{{"v", 1}, {"type", "answer"}, {"text", text}}; }
Json answer_vote(std::size_t index) { return Json{{"v", 1}, {"type", "vote_answer"}, {"answer", index}}; }

// A party of four on a write card, its round open on the TV, with phones joined in `seats` given
// as offsets from the reader (who writes and votes first on the TV).
struct WriteTable {
    testing::TestGame game;
    std::vector<Phone> phones;
    std::size_t reader = 0;

    explicit WriteTable(const std::vector<std::size_t>& offsets) : game(1920, 1080, {}, options()) {
        game.open("party-card");
        REQUIRE(game.game().set_phones(true).empty());
        game.settle(50);  // the first publish gives the server the night's seats
        NightFlow& night = game.game().night();
        // Swap on the TV until a write card is up (the reader stays who they are).
        for (int swaps = 0; swaps < 80 && night.session()->view().card->kind != CardKind::write; ++swaps) game.key(SDLK_s);
        REQUIRE(night.session()->view().card->kind == CardKind::write);
        reader = night.party()->turn(night.session()->view().turn).reader_index;
        std::vector<int> seats;
        for (const std::size_t offset : offsets) seats.push_back(static_cast<int>(seat(offset)));
        phones = testing::join_seats(game, seats);
        REQUIRE(game.focus() == "write");
        game.key(SDLK_RETURN);
        REQUIRE(game.top() == "party-write");
        REQUIRE(night.write_round() != nullptr);
        game.settle(50);
    }

    static app::AppOptions options() {
        app::AppOptions options = testing::loopback_options();
        options.players = four;
        return options;
    }

    [[nodiscard]] std::size_t seat(std::size_t offset) const { return (reader + offset) % 4; }
    [[nodiscard]] const std::string& name(std::size_t offset) const { return four[seat(offset)]; }
    [[nodiscard]] const WriteRound& round() { return *game.game().night().write_round(); }
    Phone& phone(std::size_t offset) {
        for (Phone& phone : phones) {
            if (phone.seat == static_cast<int>(seat(offset))) return phone;
        }
        FAIL("no phone in seat " << seat(offset));
        return phones.front();
    }
    void wait_for_written(std::size_t count) {
        pump(game, phones, [&] { return round().writing_progress().cast == count || round().step() != WriteStep::writing; });
        game.settle(50);
    }
    void wait_for_votes(std::size_t count) {
        pump(game, phones, [&] { return round().vote_progress().cast == count || round().step() != WriteStep::voting; });
        game.settle(50);
    }
    // Shows every answer on the TV's main button, up to the vote.
    void reveal_all() {
        REQUIRE(round().step() == WriteStep::revealing);
        for (int shown = 0; shown < 8 && round().step() == WriteStep::revealing; ++shown) game.click_text("Show the next answer");
        REQUIRE(round().step() == WriteStep::voting);
        game.settle(50);
    }
    // An answer `voter` may choose: the first that is not their own.
    std::size_t not_own(std::size_t offset) { return round().own_answer(seat(offset)) == std::optional<std::size_t>{0} ? 1 : 0; }
    // Writes on the TV for whoever it hands over to.
    void write_on_tv(const std::string& text) {
        game.key(SDLK_RETURN);  // "I'm <name>"
        REQUIRE(game.focus() == "answer");
        game.type(text);
        game.key(SDLK_RETURN);
        game.settle(50);
    }
    [[nodiscard]] bool waits_to_write() {
        return game.shows("Writing on the phones") && !game.shows_part("Hand over to") && game.focus() == "card";
    }
    [[nodiscard]] bool waits_to_vote() {
        return game.shows("Voting on the phones") && !game.shows_part("your favourite") && game.focus().rfind("answer-", 0) != 0;
    }
};

}  // namespace

TEST_CASE("Every player's phone joined: the TV's write card only waits, both for answers and for favourites") {
    WriteTable table({0, 1, 2, 3});
    CHECK(table.waits_to_write());
    CHECK(table.game.shows_part("0 of 4 have written."));
    CHECK_FALSE(table.game.shows("Pass"));

    // Typed text, a number key and a click where a hand-over's button would be write nothing.
    table.game.type("Nobody's answer");
    table.game.key(SDLK_1);
    table.game.key(SDLK_RIGHT);
    table.game.pad(SDL_CONTROLLER_BUTTON_DPAD_UP);
    CHECK(table.round().writing_progress().cast == 0);
    CHECK(table.waits_to_write());

    // Phones write out of seating order: still waiting, with the count.
    send(table.phone(2), answer("Cleo's phone idea"));
    send(table.phone(3), {{"v", 1}, {"type", "pass"}});
    table.wait_for_written(2);
    CHECK(table.waits_to_write());
    CHECK(table.game.shows_part("2 of 4 have written."));
    send(table.phone(0), answer("The reader's phone idea"));
    send(table.phone(1), answer("The neighbour's phone idea"));
    table.wait_for_written(4);
    table.reveal_all();
    REQUIRE(table.round().answer_count() == 3);

    // The vote: nobody to ask on the TV; number keys and clicks on answers cast nothing.
    CHECK(table.waits_to_vote());
    CHECK(table.game.shows("0 of 4 voted"));
    CHECK_FALSE(table.game.shows_part("Press the number"));
    CHECK_FALSE(table.game.shows("No vote"));
    CHECK(table.game.shows("Back to the card"));
    table.game.key(SDLK_1);
    table.game.key(SDLK_2);
    table.game.click_text("1.  " + table.round().shown_answers()[0]);
    table.game.pad(SDL_CONTROLLER_BUTTON_DPAD_UP);  // the answers take no focus
    CHECK(table.round().vote_progress().cast == 0);
    CHECK(table.waits_to_vote());

    for (const std::size_t offset : {3u, 1u, 2u}) send(table.phone(offset), answer_vote(table.not_own(offset)));
    table.wait_for_votes(3);
    CHECK(table.waits_to_vote());
    CHECK(table.game.shows("3 of 4 voted"));
    send(table.phone(0), answer_vote(table.not_own(0)));
    pump(table.game, table.phones, [&] { return table.round().step() == WriteStep::finished; });
    REQUIRE(table.round().step() == WriteStep::finished);
    table.game.settle(50);
    CHECK_FALSE(table.game.shows("Voting on the phones"));
}

TEST_CASE("Two phones joined: the TV hands over and asks only the two without phones, in seating order") {
    // The reader's left-hand neighbour and the one after the next have phones.
    WriteTable table({1, 3});
    CHECK(table.game.shows("Hand over to " + table.name(0)));

    // The second phone writes first: the TV still hands over to the reader.
    send(table.phone(3), answer("From the far phone"));
    table.wait_for_written(1);
    CHECK(table.game.shows("Hand over to " + table.name(0)));
    table.write_on_tv("The reader on the TV");
    CHECK(table.round().has_written(table.seat(0)));

    // Next on the TV is the other player without a phone, not the phone between them.
    CHECK(table.game.shows("Hand over to " + table.name(2)));
    CHECK_FALSE(table.game.shows_part("Hand over to " + table.name(1)));
    table.write_on_tv("The third on the TV");
    CHECK(table.round().has_written(table.seat(2)));

    // Only a phone is left: the TV waits, and what is typed is nobody's answer.
    CHECK(table.waits_to_write());
    CHECK(table.game.shows_part("3 of 4 have written."));
    table.game.type("Not the neighbour's");
    CHECK_FALSE(table.round().has_written(table.seat(1)));
    send(table.phone(1), answer("From the near phone"));
    table.wait_for_written(4);
    table.reveal_all();
    // Each answer went to the player it was written for.
    const std::vector<std::string> shown = table.round().shown_answers();
    CHECK(shown[*table.round().own_answer(table.seat(0))] == "The reader on the TV");
    CHECK(shown[*table.round().own_answer(table.seat(2))] == "The third on the TV");
    CHECK(shown[*table.round().own_answer(table.seat(1))] == "From the near phone");

    // The vote: the far phone votes first; the TV asks the reader, then the third player.
    send(table.phone(3), answer_vote(table.not_own(3)));
    table.wait_for_votes(1);
    CHECK(table.game.shows(table.name(0) + ", your favourite"));
    CHECK(table.game.shows("1 of 4 voted. Press the number of the answer you like best."));
    const std::size_t readers = table.not_own(0);
    table.game.key(SDLK_1 + static_cast<int>(readers));
    REQUIRE(table.round().vote_progress().cast == 2);
    CHECK(table.round().has_voted(table.seat(0)));
    table.game.settle(50);
    CHECK(table.game.shows(table.name(2) + ", your favourite"));
    CHECK_FALSE(table.game.shows_part(table.name(1) + ", your favourite"));
    table.game.key(SDLK_1 + static_cast<int>(table.not_own(2)));
    REQUIRE(table.round().vote_progress().cast == 3);
    CHECK(table.round().has_voted(table.seat(2)));

    // Only a phone is left: the TV waits, and a number key casts nothing.
    table.game.settle(50);
    CHECK(table.waits_to_vote());
    CHECK(table.game.shows("3 of 4 voted"));
    table.game.key(SDLK_1);
    CHECK_FALSE(table.round().has_voted(table.seat(1)));
    send(table.phone(1), answer_vote(table.not_own(1)));
    pump(table.game, table.phones, [&] { return table.round().step() == WriteStep::finished; });
    CHECK(table.round().step() == WriteStep::finished);
}

TEST_CASE("A phone that is away: the TV hands over to that player, and the host may pass or give No vote") {
    WriteTable table({0, 1, 2, 3});
    REQUIRE(table.waits_to_write());

    table.phone(2).socket.close();
    pump(table.game, table.phones, [&] { return table.game.shows("Hand over to " + table.name(2)); });
    REQUIRE(table.game.shows("Hand over to " + table.name(2)));
    CHECK(table.game.shows("Pass"));
    table.write_on_tv("Written on the TV while the phone slept");
    CHECK(table.round().has_written(table.seat(2)));
    CHECK(table.waits_to_write());

    for (const std::size_t offset : {0u, 1u, 3u}) send(table.phone(offset), answer("Phone idea " + std::to_string(offset)));
    table.wait_for_written(4);
    table.reveal_all();
    const std::vector<std::string> shown = table.round().shown_answers();
    CHECK(shown[*table.round().own_answer(table.seat(2))] == "Written on the TV while the phone slept");

    // The vote: the away phone's player is asked on the TV; the host gives them No vote.
    CHECK(table.game.shows(table.name(2) + ", your favourite"));
    table.game.click_text("No vote");
    REQUIRE(table.round().vote_progress().cast == 1);
    CHECK(table.round().has_voted(table.seat(2)));
    table.game.settle(50);
    CHECK(table.waits_to_vote());
    CHECK(table.game.shows("1 of 4 voted"));
}
