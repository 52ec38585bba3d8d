// A party's private vote at a mixed table (issue 15): the TV asks only the players who have no
// phone at hand, in seating order, and casts each vote for that very player; the phones vote by
// themselves in any order. When everyone still to vote has a phone, the TV only waits. Phones
// are plain WebSocket clients on 127.0.0.1 whose messages reach the game through SDL's queue.
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

Json vote_for(std::size_t candidate) { return Json{{"v", 1}, {"type", "vote"}, {"candidate", candidate}}; }

// A party of four on a vote card, its vote open on the TV, with phones joined in `seats`.
struct MixedTable {
    testing::TestGame game;
    std::vector<Phone> phones;
    std::size_t reader = 0;

    explicit MixedTable(const std::vector<std::size_t>& seats) : game(1920, 1080, {}, options()) {
        game.open("party-card");
        REQUIRE(game.game().set_phones(true).empty());
        phones::PhoneServer* server = game.game().phone_server();
        REQUIRE(server != nullptr);
        const std::string host = "127.0.0.1:" + std::to_string(server->port());
        game.settle(50);  // the first publish gives the server the night's seats
        phones.resize(seats.size());
        for (std::size_t index = 0; index < seats.size(); ++index) {
            REQUIRE(phones[index].socket.open("127.0.0.1", server->port(), "/socket", host, "http://" + host) == 101);
            send(phones[index], {{"v", 1}, {"type", "join"}, {"room", server->room_code()}, {"name", four[seats[index]]}});
        }
        pump(game, phones, [&] {
            return std::all_of(phones.begin(), phones.end(), [](const Phone& p) { return p.seat >= 0 && !p.state.is_null(); });
        });
        for (std::size_t index = 0; index < seats.size(); ++index) REQUIRE(phones[index].seat == static_cast<int>(seats[index]));
        // Swap on the TV until a vote card is up; Enter on it opens the vote.
        for (int swaps = 0; swaps < 80 && game.game().night().session()->view().card->kind != CardKind::vote; ++swaps) {
            game.key(SDLK_s);
        }
        REQUIRE(game.game().night().session()->view().card->kind == CardKind::vote);
        game.key(SDLK_RETURN);
        REQUIRE(game.top() == "party-vote");
        REQUIRE(vote().votes_cast() == 0);
        reader = vote().voter();  // nobody has voted: the reader is first in seating order
        game.settle(50);
    }

    static app::AppOptions options() {
        app::AppOptions options = testing::loopback_options();
        options.players = four;
        return options;
    }

    [[nodiscard]] const Vote& vote() { return *game.game().night().vote(); }
    // The phone in `seat`.
    Phone& phone(std::size_t seat) {
        for (Phone& phone : phones) {
            if (phone.seat == static_cast<int>(seat)) return phone;
        }
        FAIL("no phone in seat " << seat);
        return phones.front();
    }
    void wait_for_votes(std::size_t cast) {
        pump(game, phones, [&] { return vote().votes_cast() == cast && game.shows_part(std::to_string(cast) + " of 4"); });
        REQUIRE(vote().votes_cast() == cast);
    }
    [[nodiscard]] bool waits_for_phones() {
        return game.shows("Voting on the phones") && game.focus().rfind("player-", 0) != 0;
    }
};

}  // namespace

TEST_CASE("Every player's phone joined: the TV shows only a waiting line and takes no vote itself") {
    MixedTable table({0, 1, 2, 3});
    CHECK(table.waits_for_phones());
    CHECK(table.game.shows("0 of 4 votes cast"));
    CHECK_FALSE(table.game.shows_part("Press the number"));
    CHECK_FALSE(table.game.shows_part("your vote"));
    CHECK_FALSE(table.game.shows("No vote"));  // nobody for the host to give No vote for

    // Number keys, a click on a tile and the pad's confirm cast nothing for anyone.
    table.game.key(SDLK_1);
    table.game.key(SDLK_3);
    table.game.click_text("Ben");
    table.game.pad(SDL_CONTROLLER_BUTTON_DPAD_UP);
    CHECK(table.game.focus().rfind("player-", 0) != 0);
    CHECK(table.vote().votes_cast() == 0);

    // Two phones vote, out of seating order: still waiting, "2 of 4".
    send(table.phone((table.reader + 2) % 4), vote_for(1));
    send(table.phone((table.reader + 3) % 4), vote_for(1));
    table.wait_for_votes(2);
    CHECK(table.waits_for_phones());
    CHECK(table.game.shows("2 of 4 votes cast"));
    table.game.key(SDLK_2);
    CHECK(table.vote().votes_cast() == 2);

    // The rest vote; the last phone's vote reveals the tally on the TV.
    // One after the other: each phone has its own connection, so two votes sent at once may
    // arrive in either order, and the undo below must know which came last.
    send(table.phone(table.reader), vote_for(1));
    table.wait_for_votes(3);
    send(table.phone((table.reader + 1) % 4), vote_for(2));
    pump(table.game, table.phones, [&] { return table.vote().complete() && table.game.shows("The room chose Ben"); });
    REQUIRE(table.vote().complete());
    CHECK(table.game.shows("The room chose Ben"));

    // Undo takes back the latest vote even when a phone cast it: that phone is asked again on its
    // own page, and the TV waits for it rather than asking on its behalf.
    const std::size_t last = (table.reader + 1) % 4;
    table.game.key(SDLK_ESCAPE);
    CHECK_FALSE(table.vote().complete());
    CHECK_FALSE(table.vote().has_voted(last));
    table.game.settle(50);
    CHECK(table.waits_for_phones());
    CHECK(table.game.shows("3 of 4 votes cast"));
    pump(table.game, table.phones, [&] { return table.phone(last).state["voted"][last] == false; });
    CHECK(table.phone(last).state["voted"][last] == false);
    send(table.phone(last), vote_for(1));
    pump(table.game, table.phones, [&] { return table.vote().complete(); });
    CHECK(table.vote().ballots()[last] == std::optional<std::size_t>{1});
}

TEST_CASE("Two phones joined: the TV asks the two without phones in seating order, the phones vote any time") {
    // The reader's left-hand neighbour and the one after the next have phones.
    std::size_t reader = 0;
    {
        MixedTable probe({});
        reader = probe.reader;
    }
    const std::size_t tv_first = reader;
    const std::size_t phone_first = (reader + 1) % 4;
    const std::size_t tv_second = (reader + 2) % 4;
    const std::size_t phone_second = (reader + 3) % 4;
    MixedTable table({phone_first, phone_second});
    REQUIRE(table.reader == reader);

    // The TV asks the reader first.
    CHECK(table.game.shows(four[tv_first] + ", your vote"));
    CHECK(table.game.shows("0 of 4 votes cast. Press the number of who you choose."));
    CHECK(table.game.focus() == "player-" + std::to_string(tv_first));

    // The second phone votes before anyone: the TV still asks the reader.
    send(table.phone(phone_second), vote_for(tv_second));
    table.wait_for_votes(1);
    CHECK(table.game.shows(four[tv_first] + ", your vote"));

    // The reader votes on the TV by number; the vote is theirs.
    table.game.key(SDLK_1 + static_cast<int>(phone_first));
    REQUIRE(table.vote().votes_cast() == 2);
    CHECK(table.vote().ballots()[tv_first] == std::optional<std::size_t>{phone_first});

    // Next on the TV is the other player without a phone, not the phone between them.
    table.game.settle(50);
    CHECK(table.game.shows(four[tv_second] + ", your vote"));
    CHECK_FALSE(table.game.shows_part(four[phone_first] + ", your vote"));
    CHECK(table.game.focus() == "player-" + std::to_string(tv_second));
    // By gamepad this time: move to the reader's tile and confirm.
    table.game.pad(SDL_CONTROLLER_BUTTON_DPAD_LEFT);
    table.game.pad(SDL_CONTROLLER_BUTTON_DPAD_LEFT);
    const std::string chosen = table.game.focus();
    table.game.pad(SDL_CONTROLLER_BUTTON_A);
    REQUIRE(table.vote().votes_cast() == 3);
    CHECK(table.vote().has_voted(tv_second));
    CHECK("player-" + std::to_string(*table.vote().ballots()[tv_second]) == chosen);

    // Only a phone is left: the TV waits, and a number key casts nothing.
    table.game.settle(50);
    CHECK(table.waits_for_phones());
    CHECK(table.game.shows("3 of 4 votes cast"));
    table.game.key(SDLK_1);
    CHECK(table.vote().votes_cast() == 3);
    CHECK_FALSE(table.vote().has_voted(phone_first));

    send(table.phone(phone_first), vote_for(tv_second));
    pump(table.game, table.phones, [&] { return table.vote().complete(); });
    REQUIRE(table.vote().complete());
    CHECK(table.vote().ballots()[phone_first] == std::optional<std::size_t>{tv_second});
    CHECK(table.vote().ballots()[phone_second] == std::optional<std::size_t>{tv_second});
}

TEST_CASE("A phone that is away: the TV offers that player the vote, and the host may give No vote") {
    MixedTable table({0, 1, 2, 3});
    REQUIRE(table.waits_for_phones());
    const std::size_t away = (table.reader + 2) % 4;
    const std::size_t also_away = (table.reader + 1) % 4;

    table.phone(away).socket.close();
    pump(table.game, table.phones, [&] { return table.game.shows_part("phone is away"); });
    CHECK(table.game.shows(four[away] + "'s phone is away: wait, or choose No vote"));
    CHECK(table.game.focus() == "player-" + std::to_string(away));
    // A vote on the TV now is that player's.
    table.game.key(SDLK_1 + static_cast<int>(table.reader));
    REQUIRE(table.vote().votes_cast() == 1);
    CHECK(table.vote().ballots()[away] == std::optional<std::size_t>{table.reader});
    table.game.settle(50);
    CHECK(table.waits_for_phones());

    // Another phone goes away: the host gives No vote for them.
    table.phone(also_away).socket.close();
    pump(table.game, table.phones, [&] { return table.game.shows_part("phone is away"); });
    CHECK(table.game.shows(four[also_away] + "'s phone is away: wait, or choose No vote"));
    table.game.click_text("No vote");
    REQUIRE(table.vote().votes_cast() == 2);
    CHECK(table.vote().has_voted(also_away));
    CHECK_FALSE(table.vote().ballots()[also_away].has_value());
    table.game.settle(50);
    CHECK(table.waits_for_phones());
    CHECK(table.game.shows("2 of 4 votes cast"));
}
