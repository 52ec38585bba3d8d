// Phones playing a real party (issue 15): the game runs headless with its phone server on
// 127.0.0.1, eight plain WebSocket clients join as the eight players, and everything they send
// reaches the game the way a phone's taps do, through SDL's event queue. The reader's phone
// swaps and opens the vote, every phone votes privately (out of seating order: the votes wait
// for their turn), and a phone closed and opened again mid-vote gets its seat back.
#include "phone_fixture.hpp"

#include "app/game.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <functional>
#include <map>
#include <thread>

using namespace kindling;
using testing::loopback_options;
using testing::Phone;
using testing::RawWebSocket;
using testing::pump;
using testing::send;
using Json = nlohmann::json;

namespace {

const std::vector<std::string> party_names{"Ana", "Ben", "Cleo", "Dev", "Eli", "Fay", "Gus", "Hana"};

Json command(const char* name) { return Json{{"v", 1}, {"type", "command"}, {"command", name}}; }

}  // namespace

TEST_CASE("Eight phones play a party turn: swap, open the vote, vote privately, and one comes back mid-vote") {
    testing::TestGame game(1920, 1080, {}, loopback_options());
    game.open("party-card");
    REQUIRE(game.game().set_phones(true).empty());
    phones::PhoneServer* server = game.game().phone_server();
    REQUIRE(server != nullptr);
    const std::string host = "127.0.0.1:" + std::to_string(server->port());
    game.settle(50);  // the first publish gives the server the night's seats

    std::vector<Phone> phones(party_names.size());
    for (std::size_t index = 0; index < phones.size(); ++index) {
        REQUIRE(phones[index].socket.open("127.0.0.1", server->port(), "/socket", host, "http://" + host) == 101);
        send(phones[index], {{"v", 1}, {"type", "join"}, {"room", server->room_code()}, {"name", party_names[index]}});
    }
    pump(game, phones, [&] {
        return std::all_of(phones.begin(), phones.end(), [](const Phone& p) { return p.seat >= 0 && !p.state.is_null(); });
    });
    for (std::size_t index = 0; index < phones.size(); ++index) {
        INFO(party_names[index]);
        REQUIRE(phones[index].seat == static_cast<int>(index));
        CHECK(phones[index].state["you"] == static_cast<int>(index));
        CHECK_FALSE(phones[index].state["card"].get<std::string>().empty());
    }
    const int reader = phones[0].state["turn"].get<int>();
    Phone& reader_phone = phones[static_cast<std::size_t>(reader)];
    Phone& other_phone = phones[static_cast<std::size_t>((reader + 1) % 8)];
    const Session& session = *game.game().night().session();

    SECTION("Only the reader's phone acts on the card") {
        const std::string card = reader_phone.state["card"];
        // The demo party swapped its way to a question card: count from here.
        const long long swaps = session.applied_actions().swaps;
        const long long done = session.applied_actions().done;
        send(other_phone, command("swap"));
        send(other_phone, command("done"));
        pump(game, phones, [] { return false; });  // give them every chance to act
        CHECK(session.applied_actions().swaps == swaps);
        CHECK(session.applied_actions().done == done);
        CHECK(reader_phone.state["card"] == card);
        send(reader_phone, command("swap"));
        pump(game, phones, [&] { return session.applied_actions().swaps == swaps + 1; });
        CHECK(session.applied_actions().swaps == swaps + 1);
        pump(game, phones, [&] { return reader_phone.state["card"] != card; });
        CHECK(reader_phone.state["card"] != card);
        CHECK(reader_phone.state["turn"] == reader);
    }

    SECTION("The reader opens the vote, every phone votes privately in any order, one phone comes back mid-vote") {
        // Swap (by phone) until a vote card is up; Done on a vote card opens the vote.
        for (int swaps = 0; swaps < 80 && reader_phone.state["kind"] != "vote"; ++swaps) {
            const long long before = session.applied_actions().swaps;
            send(reader_phone, command("swap"));
            pump(game, phones, [&] {
                return session.applied_actions().swaps > before && reader_phone.state["card"] ==
                                                                       Json(session.view().card->text);
            });
        }
        REQUIRE(reader_phone.state["kind"] == "vote");
        send(reader_phone, command("done"));
        pump(game, phones, [&] { return game.top() == "party-vote" && reader_phone.state["voting"] == true; });
        REQUIRE(game.top() == "party-vote");
        CHECK(other_phone.state["votes_total"] == 8);
        CHECK(other_phone.state["votes_cast"] == 0);
        CHECK(other_phone.state["voted"] == Json(std::vector<bool>(8, false)));

        // Everyone but the reader votes at once, before the reader whom the TV asks first; one
        // of them changes their mind. Each vote counts as it comes; nobody sees for whom.
        const int favourite = (reader + 1) % 8;
        const std::size_t changer = static_cast<std::size_t>((reader + 5) % 8);
        send(phones[changer], {{"v", 1}, {"type", "vote"}, {"candidate", reader}});
        for (std::size_t index = 0; index < phones.size(); ++index) {
            if (static_cast<int>(index) == reader) continue;
            send(phones[index], {{"v", 1}, {"type", "vote"}, {"candidate", favourite}});
        }
        pump(game, phones, [&] { return other_phone.state["votes_cast"] == 7; });
        CHECK(other_phone.state["votes_cast"] == 7);
        CHECK(other_phone.state["voting"] == true);
        std::vector<bool> voted(8, true);
        voted[static_cast<std::size_t>(reader)] = false;
        CHECK(other_phone.state["voted"] == Json(voted));
        CHECK(game.shows_part("7 of 8"));
        // The TV still shows no tally, and does not ask the one who has not voted: their phone
        // is there, so the TV only waits for it.
        CHECK(game.shows("Voting on the phones"));
        CHECK_FALSE(game.shows_part("your vote"));
        CHECK(game.focus().rfind("player-", 0) != 0);

        // One voter's phone is closed and opened again (a lock, a reload): same seat, by token.
        Phone& reloaded = phones[static_cast<std::size_t>((reader + 3) % 8)];
        const int seat = reloaded.seat;
        reloaded.socket.close();
        pump(game, phones, [&] {
            const auto devices = server->devices();
            return std::any_of(devices.begin(), devices.end(), [](const auto& d) { return d.away; });
        });
        REQUIRE(reloaded.socket.open("127.0.0.1", server->port(), "/socket", host, "http://" + host) == 101);
        reloaded.seat = -1;
        send(reloaded, {{"v", 1}, {"type", "rejoin"}, {"token", reloaded.token}});
        pump(game, phones, [&] { return reloaded.seat >= 0 && reloaded.state["voting"] == true; });
        CHECK(reloaded.seat == seat);
        CHECK(reloaded.state["you"] == seat);

        // A hostile client meanwhile: garbage, a message over 4 KiB, a flood. Each closes or is
        // refused on its own connection; the vote goes on untouched.
        {
            RawWebSocket hostile;
            REQUIRE(hostile.open("127.0.0.1", server->port(), "/socket", host, "http://" + host) == 101);
            REQUIRE(hostile.send_frame("{\"v\":1,\"type\":\"vote\",\"candidate\":"));
            REQUIRE(hostile.send_frame(R"({"v":1,"type":"vote","candidate":0})"));  // not joined
            REQUIRE(hostile.send_frame(std::string(phones::max_message_bytes + 10, 'x')));
            pump(game, phones, [&] { return hostile.closed_by_server(10); });
            CHECK_FALSE(hostile.is_open());
        }
        CHECK(game.game().night().vote()->votes_cast() == 7);
        CHECK(server->devices().size() == 8);

        // The reader, whose vote the room waits for, locks the phone: the TV says so, and the
        // phone comes back by its token.
        reader_phone.socket.close();
        pump(game, phones, [&] { return game.shows_part("phone is away"); });
        CHECK(game.shows(party_names[static_cast<std::size_t>(reader)] + "'s phone is away: wait, or choose No vote"));
        CHECK(game.focus() == "player-" + std::to_string(reader));
        REQUIRE(reader_phone.socket.open("127.0.0.1", server->port(), "/socket", host, "http://" + host) == 101);
        reader_phone.seat = -1;
        send(reader_phone, {{"v", 1}, {"type", "rejoin"}, {"token", reader_phone.token}});
        pump(game, phones, [&] { return reader_phone.seat == reader && !game.shows_part("phone is away"); });
        CHECK_FALSE(game.shows_part("phone is away"));
        CHECK(game.shows("Voting on the phones"));

        // The reader votes last, and the last vote closes it.
        send(reader_phone, {{"v", 1}, {"type", "vote"}, {"candidate", favourite}});
        pump(game, phones, [&] { return game.game().night().vote()->complete(); });
        REQUIRE(game.game().night().vote()->complete());
        CHECK(game.game().night().vote()->result().winners == std::vector<std::size_t>{static_cast<std::size_t>(favourite)});
        pump(game, phones, [&] { return other_phone.state["voting"] == false; });
        CHECK(other_phone.state["voting"] == false);
        // The TV shows the result: the room agreed on the reader's neighbour.
        CHECK(game.shows_part(party_names[static_cast<std::size_t>(favourite)]));
    }
}

// ---- the write round from phones ----

namespace {

// Turns the phones on and joins eight phones by name, one per seat.
std::vector<Phone> join_eight(testing::TestGame& game) {
    REQUIRE(game.game().set_phones(true).empty());
    phones::PhoneServer* server = game.game().phone_server();
    REQUIRE(server != nullptr);
    const std::string host = "127.0.0.1:" + std::to_string(server->port());
    game.settle(50);  // the first publish gives the server the night's seats
    std::vector<Phone> phones(party_names.size());
    for (std::size_t index = 0; index < phones.size(); ++index) {
        REQUIRE(phones[index].socket.open("127.0.0.1", server->port(), "/socket", host, "http://" + host) == 101);
        send(phones[index], {{"v", 1}, {"type", "join"}, {"room", server->room_code()}, {"name", party_names[index]}});
    }
    pump(game, phones, [&] {
        return std::all_of(phones.begin(), phones.end(), [](const Phone& p) { return p.seat >= 0 && !p.state.is_null(); });
    });
    for (std::size_t index = 0; index < phones.size(); ++index) REQUIRE(phones[index].seat == static_cast<int>(index));
    return phones;
}

Json answer(const std::string& text) { return Json{{"v", 1}, {"type", "answer"}, {"text", text}}; }
Json answer_vote(std::size_t index) { return Json{{"v", 1}, {"type", "vote_answer"}, {"answer", index}}; }

}  // namespace

TEST_CASE("The card says when the reader's phone is away, and no more once it is back") {
    testing::TestGame game(1920, 1080, {}, loopback_options());
    game.open("party-card");
    std::vector<Phone> phones = join_eight(game);
    phones::PhoneServer& server = *game.game().phone_server();
    const std::string host = "127.0.0.1:" + std::to_string(server.port());
    const int reader = phones[0].state["turn"].get<int>();
    const std::string& name = party_names[static_cast<std::size_t>(reader)];
    Phone& reader_phone = phones[static_cast<std::size_t>(reader)];
    REQUIRE(game.top() == "card");
    CHECK_FALSE(game.shows_part("phone is away"));

    // Another player's phone going away says nothing on the card.
    Phone& other = phones[static_cast<std::size_t>((reader + 2) % 8)];
    other.socket.close();
    pump(game, phones, [&] {
        const auto devices = server.devices();
        return std::any_of(devices.begin(), devices.end(), [](const auto& d) { return d.away; });
    });
    CHECK_FALSE(game.shows_part("phone is away"));

    reader_phone.socket.close();
    pump(game, phones, [&] { return game.shows_part("phone is away"); });
    CHECK(game.shows(name + "'s phone is away: you can play on here."));
    REQUIRE(reader_phone.socket.open("127.0.0.1", server.port(), "/socket", host, "http://" + host) == 101);
    reader_phone.seat = -1;
    send(reader_phone, {{"v", 1}, {"type", "rejoin"}, {"token", reader_phone.token}});
    pump(game, phones, [&] { return reader_phone.seat == reader && !game.shows_part("phone is away"); });
    CHECK_FALSE(game.shows_part("phone is away"));
}

TEST_CASE("Eight phones and the TV play a write card: phones write or pass, the rest write on the TV, phones vote") {
    testing::TestGame game(1920, 1080, {}, loopback_options());
    game.open("party-card");
    std::vector<Phone> phones = join_eight(game);
    const int reader = phones[0].state["turn"].get<int>();
    const auto seat = [&](int offset) { return static_cast<std::size_t>((reader + offset) % 8); };
    Phone& reader_phone = phones[seat(0)];
    NightFlow& night = game.game().night();
    const Session& session = *night.session();

    // The reader's phone swaps to a write card and opens the round (its Done is the card's main button).
    for (int swaps = 0; swaps < 80 && reader_phone.state["kind"] != "write"; ++swaps) {
        const long long before = session.applied_actions().swaps;
        send(reader_phone, command("swap"));
        pump(game, phones, [&] {
            return session.applied_actions().swaps > before && reader_phone.state["card"] == Json(session.view().card->text);
        });
    }
    REQUIRE(reader_phone.state["kind"] == "write");
    CHECK(reader_phone.state["write"].is_null());
    send(reader_phone, command("done"));
    pump(game, phones, [&] { return game.top() == "party-write" && !phones[7].state["write"].is_null(); });
    REQUIRE(game.top() == "party-write");
    REQUIRE(night.write_round() != nullptr);
    const WriteRound& round = *night.write_round();
    CHECK(phones[7].state["write"]["step"] == "writing");
    CHECK(phones[7].state["write"]["written_count"] == 0);
    // Every phone is at hand: the TV hands over to nobody, not even the reader.
    game.settle(50);
    CHECK(game.shows("Writing on the phones"));
    CHECK_FALSE(game.shows_part("Hand over to"));

    // An answer longer than the round keeps is refused with a coded error; nothing is written.
    send(reader_phone, answer(std::string(max_answer_chars + 1, 'x')));
    pump(game, phones, [&] { return !reader_phone.errors.empty(); });
    REQUIRE_FALSE(reader_phone.errors.empty());
    CHECK(reader_phone.errors.back()["code"] == "field_out_of_range");
    CHECK(reader_phone.errors.back()["field"] == "text");
    CHECK_FALSE(round.has_written(seat(0)));
    // A favourite while the round is writing changes nothing.
    send(phones[seat(1)], answer_vote(0));

    // Four phones write and one passes, out of seating order; the reader's, whose hand-over page
    // the TV shows, among them: the TV moves on to the first player who has not written.
    std::map<std::size_t, std::string> written;
    for (const int offset : {5, 0, 3, 1}) {
        written[seat(offset)] = "Phone idea of " + party_names[seat(offset)];
        send(phones[seat(offset)], answer(written[seat(offset)]));
    }
    send(phones[seat(6)], {{"v", 1}, {"type", "pass"}});
    pump(game, phones, [&] { return phones[seat(7)].state["write"]["written_count"] == 5; });
    CHECK(round.writing_progress().cast == 5);
    std::vector<bool> has_written(8, false);
    for (const int offset : {0, 1, 3, 5, 6}) has_written[seat(offset)] = true;
    CHECK(phones[seat(2)].state["write"]["written"] == Json(has_written));
    CHECK(phones[seat(2)].state["write"]["answers"] == Json::array());
    // The three still to write have their phones at hand: the TV still hands over to nobody.
    game.settle(50);
    CHECK(game.shows("Writing on the phones"));
    CHECK(game.shows_part("5 of 8 have written."));

    // Hostile clients meanwhile: a watcher that joins and then never reads again, and a thousand
    // connections opened and dropped (half of them mid-handshake). The round and the room are
    // as they were, and the game goes on answering.
    phones::PhoneServer& server = *game.game().phone_server();
    const std::string host = "127.0.0.1:" + std::to_string(server.port());
    RawWebSocket stalled;
    REQUIRE(stalled.open("127.0.0.1", server.port(), "/socket", host, "http://" + host) == 101);
    REQUIRE(stalled.send_frame(Json{{"v", 1}, {"type", "join"}, {"room", server.room_code()}, {"name", "Ivy"}}.dump()));
    for (int cycle = 0; cycle < 1000; ++cycle) {
        RawWebSocket passing;
        if (cycle % 2 == 0) REQUIRE(passing.open("127.0.0.1", server.port(), "/socket", host, "http://" + host) == 101);
        else REQUIRE(passing.connect_tcp("127.0.0.1", server.port()));
    }
    pump(game, phones, [&] { return server.devices().size() == 9; });
    REQUIRE(server.devices().size() == 9);
    for (const phones::DeviceSummary& device : server.devices()) CHECK_FALSE(device.away);
    CHECK(round.writing_progress().cast == 5);
    CHECK(round.step() == WriteStep::writing);

    // The phones of the three without a written answer go away (locked): they write on the TV,
    // each after their own hand-over page, in seating order.
    for (const int offset : {7, 2, 4}) phones[seat(offset)].socket.close();
    pump(game, phones, [&] {
        const auto devices = server.devices();
        return std::count_if(devices.begin(), devices.end(), [](const auto& d) { return d.away; }) == 3;
    });
    game.settle(50);
    for (const int offset : {2, 4, 7}) {
        const std::string& name = party_names[seat(offset)];
        CAPTURE(name);
        REQUIRE(game.shows("Hand over to " + name));
        game.key(SDLK_RETURN);
        REQUIRE(game.focus() == "answer");
        written[seat(offset)] = "TV idea of " + name;
        game.type(written[seat(offset)]);
        game.key(SDLK_RETURN);
    }
    REQUIRE(round.step() == WriteStep::revealing);
    CHECK(round.answer_count() == 7);
    // Their phones wake and take their seats back, for the vote.
    for (const int offset : {2, 4, 7}) {
        Phone& woken = phones[seat(offset)];
        REQUIRE(woken.socket.open("127.0.0.1", server.port(), "/socket", host, "http://" + host) == 101);
        woken.seat = -1;
        send(woken, {{"v", 1}, {"type", "rejoin"}, {"token", woken.token}});
    }
    pump(game, phones, [&] {
        return std::all_of(phones.begin(), phones.end(), [](const Phone& p) { return p.seat >= 0; });
    });
    for (std::size_t index = 0; index < phones.size(); ++index) REQUIRE(phones[index].seat == static_cast<int>(index));

    // The TV reveals the answers; the phones follow, each told only which answer is its own.
    // The reader's phone may move the reveal on as well (its Done is the TV's main button);
    // nobody else's.
    for (std::size_t shown = 0; shown < 3; ++shown) game.key(SDLK_RETURN);
    CHECK(round.revealed() == 3);
    send(phones[seat(2)], command("done"));
    pump(game, phones, [] { return false; }, std::chrono::seconds(1));
    CHECK(round.revealed() == 3);
    for (std::size_t shown = 4; shown <= 7; ++shown) {
        send(reader_phone, command("done"));
        pump(game, phones, [&] { return round.revealed() == shown || round.step() == WriteStep::voting; });
    }
    REQUIRE(round.step() == WriteStep::voting);
    // While the phones vote, the reader's Done does nothing.
    send(reader_phone, command("done"));
    pump(game, phones, [&] { return phones[0].state["write"]["step"] == "voting"; });
    for (std::size_t index = 0; index < phones.size(); ++index) {
        INFO(party_names[index]);
        const Json& write = phones[index].state["write"];
        CHECK(write["answers"] == Json(round.shown_answers()));
        const std::optional<std::size_t> own = round.own_answer(index);
        CHECK(write["yours"] == (own ? Json(*own) : Json(nullptr)));
        if (own) CHECK(round.shown_answers()[*own] == written[index]);
    }
    CHECK_FALSE(round.own_answer(seat(6)).has_value());  // the one who passed

    // Every phone votes, in any order. The room's favourite is the reader's neighbour's answer;
    // a vote for one's own answer is refused, and that phone then votes for another.
    const std::size_t favourite = *round.own_answer(seat(1));
    send(phones[seat(1)], answer_vote(favourite));
    pump(game, phones, [] { return false; }, std::chrono::seconds(1));
    CHECK_FALSE(round.has_voted(seat(1)));
    for (const int offset : {7, 6, 5, 4, 3, 2, 0}) send(phones[seat(offset)], answer_vote(favourite));
    send(phones[seat(1)], answer_vote((favourite + 1) % 7));
    pump(game, phones, [&] { return round.step() == WriteStep::finished; });
    REQUIRE(round.step() == WriteStep::finished);
    const WriteRoundResult result = round.result();
    CHECK(result.decided);
    CHECK(result.favourites == std::vector<std::size_t>{favourite});
    CHECK(result.votes[favourite] == 7);
    pump(game, phones, [&] { return phones[0].state["write"]["step"] == "finished"; });
    CHECK(phones[0].state["write"]["tally"] == Json(result.votes));
    CHECK(phones[0].state["write"]["favourites"] == Json::array({favourite}));
    CHECK(game.shows("The room's favourite"));

    // The TV goes on to the next card: a point to the favourite's writer, and the round is gone
    // from the phones.
    const PartyNight& party = *night.party();
    const int points_before = party.scores().points(seat(1));
    CHECK(game.focus() == "next");
    send(reader_phone, command("done"));  // the reader's phone: on to the next card
    pump(game, phones, [&] { return game.top() == "card"; });
    REQUIRE(game.top() == "card");
    CHECK(party.scores().points(seat(1)) == points_before + points_for_favourite_answer);
    CHECK(party.tally().write_rounds == 1);
    pump(game, phones, [&] { return phones[0].state["write"].is_null(); });
    CHECK(phones[0].state["write"].is_null());
}

namespace {

Json guess(bool right) { return Json{{"v", 1}, {"type", "guess"}, {"right", right}}; }
Json guess_mark(std::size_t seat, bool right) { return Json{{"v", 1}, {"type", "guess_mark"}, {"seat", seat}, {"right", right}}; }
Json guess_confirm() { return Json{{"v", 1}, {"type", "guess_confirm"}}; }
Json guess_change() { return Json{{"v", 1}, {"type", "guess_change"}}; }

// The plan of the guess card on the table, if one is up.
std::optional<GuessPlan> table_guess(NightFlow& night) {
    const SessionView view = night.session()->view();
    if (!view.card || view.card->kind != CardKind::guess) return std::nullopt;
    return night.party()->plan_guess(night.party()->turn(view.turn));
}

// The reader's phone swaps until a guess card for a round of this kind is up (and shown on the phones).
GuessPlan swap_to_guess(testing::TestGame& game, std::vector<Phone>& phones, Phone& reader_phone, GuessPlan::Kind kind) {
    NightFlow& night = game.game().night();
    const Session& session = *night.session();
    for (int swaps = 0; swaps < 120; ++swaps) {
        if (const auto plan = table_guess(night); plan && plan->kind == kind) break;
        const long long before = session.applied_actions().swaps;
        send(reader_phone, command("swap"));
        pump(game, phones, [&] {
            return session.applied_actions().swaps > before && reader_phone.state["card"] == Json(session.view().card->text);
        });
    }
    const std::optional<GuessPlan> plan = table_guess(night);
    REQUIRE(plan);
    REQUIRE(plan->kind == kind);
    return *plan;
}

}  // namespace

TEST_CASE("Guesses from phones: only the reader's phone says right or missed, or marks who was right") {
    testing::TestGame game(1920, 1080, {}, loopback_options());
    game.open("party-card");
    std::vector<Phone> phones = join_eight(game);
    const int reader = phones[0].state["turn"].get<int>();
    const auto seat = [&](int offset) { return static_cast<std::size_t>((reader + offset) % 8); };
    Phone& reader_phone = phones[seat(0)];
    NightFlow& night = game.game().night();
    const PartyNight& party = *night.party();
    const auto open_guess = [&] {
        CHECK(reader_phone.state["guess"].is_null());
        send(reader_phone, command("done"));  // the card's main button: Guess
        pump(game, phones, [&] { return game.top() == "party-guess" && !phones[seat(7)].state["guess"].is_null(); });
        REQUIRE(game.top() == "party-guess");
        REQUIRE(night.guess_round() != nullptr);
    };
    const auto next_card = [&] {
        send(reader_phone, command("done"));  // Next card
        pump(game, phones, [&] { return game.top() == "card" && reader_phone.state["guess"].is_null(); });
        CHECK(game.top() == "card");
        CHECK(night.guess_round() == nullptr);
        CHECK(party.tally().guesses == 1);
    };

    SECTION("a pair round: the guesser's phone cannot answer, the reader's says missed, then right") {
        const GuessPlan plan = swap_to_guess(game, phones, reader_phone, GuessPlan::Kind::pair);
        open_guess();
        Phone& guesser_phone = phones[plan.guesser];
        CHECK(guesser_phone.state["guess"]["kind"] == "pair");
        CHECK(guesser_phone.state["guess"]["reader"] == reader);
        CHECK(guesser_phone.state["guess"]["guesser"] == static_cast<int>(plan.guesser));
        CHECK(guesser_phone.state["guess"]["choices"] == Json::array());
        CHECK(reader_phone.state["guess"]["choices"] == Json::array({"right", "missed"}));

        // The guesser (and anyone else) is refused: they do not know the answer.
        send(guesser_phone, guess(true));
        send(phones[seat(3)], guess(true));
        send(guesser_phone, command("done"));
        pump(game, phones, [] { return false; }, std::chrono::milliseconds(300));
        CHECK_FALSE(night.guess_round()->answered());
        CHECK(game.top() == "party-guess");
        CHECK(game.shows_part("guess " + party.player(plan.answerer) + "'s answer"));

        send(reader_phone, guess(false));
        pump(game, phones, [&] { return reader_phone.state["guess"]["answered"] == true && game.shows("Not this time"); });
        CHECK(game.shows("Not this time"));
        CHECK(game.focus() == "next");
        CHECK(reader_phone.state["guess"]["right"] == false);
        CHECK(reader_phone.state["guess"]["choices"] == Json::array({"change", "next"}));
        // The TV takes the answer back (Back), and the reader's phone says right this time.
        game.key(SDLK_ESCAPE);
        CHECK_FALSE(night.guess_round()->answered());
        send(reader_phone, guess(true));
        pump(game, phones, [&] { return reader_phone.state["guess"]["right"] == true && game.shows("Right!"); });
        CHECK(game.shows("Right!"));
        CHECK(game.shows_part("1 point each: "));
        next_card();
        CHECK(party.scores().points(plan.answerer) == points_for_guessing);
        CHECK(party.scores().points(plan.guesser) == points_for_guessing);
        CHECK(party.tally().right_guesses == 1);
    }

    SECTION("an open round: the reader's phone marks two players, takes one back, and confirms") {
        const GuessPlan plan = swap_to_guess(game, phones, reader_phone, GuessPlan::Kind::open);
        REQUIRE(plan.answerer == seat(0));
        open_guess();
        CHECK(phones[seat(2)].state["guess"]["kind"] == "open");
        CHECK(phones[seat(2)].state["guess"]["marked"] == Json(std::vector<bool>(8, false)));
        CHECK(phones[seat(2)].state["guess"]["choices"] == Json::array());
        CHECK(reader_phone.state["guess"]["choices"] == Json::array({"mark", "confirm"}));

        // Another phone's marks and confirm are refused; so are the reader marking themselves and
        // a pair's answer in an open round.
        send(phones[seat(2)], guess_mark(seat(2), true));
        send(phones[seat(2)], guess_confirm());
        send(reader_phone, guess_mark(seat(0), true));
        send(reader_phone, guess(true));
        pump(game, phones, [] { return false; }, std::chrono::milliseconds(300));
        CHECK_FALSE(night.guess_round()->answered());
        CHECK_FALSE(night.guess_round()->marked(seat(2)));
        CHECK_FALSE(night.guess_round()->marked(seat(0)));

        send(reader_phone, guess_mark(seat(3), true));
        send(reader_phone, guess_mark(seat(5), true));
        send(reader_phone, guess_mark(seat(5), false));
        std::vector<bool> marked(8, false);
        marked[seat(3)] = true;
        pump(game, phones, [&] { return phones[seat(1)].state["guess"]["marked"] == Json(marked); });
        CHECK(phones[seat(1)].state["guess"]["marked"] == Json(marked));
        CHECK_FALSE(night.guess_round()->answered());
        send(reader_phone, guess_confirm());
        pump(game, phones, [&] { return game.shows("Right!"); });
        CHECK(game.shows("Right!"));
        CHECK(game.shows_part("1 point each: " + party.player(seat(3))));
        CHECK(game.focus() == "next");
        next_card();
        CHECK(party.scores().points(seat(3)) == points_for_guessing);
        CHECK(party.scores().points(seat(5)) == 0);
        CHECK(party.scores().points(seat(0)) == 0);
        CHECK(party.tally().right_guesses == 1);
    }
}

TEST_CASE("The reader's phone takes a guess answer back with Change, as Back on the TV, and no other phone can") {
    testing::TestGame game(1920, 1080, {}, loopback_options());
    game.open("party-card");
    std::vector<Phone> phones = join_eight(game);
    const int reader = phones[0].state["turn"].get<int>();
    const auto seat = [&](int offset) { return static_cast<std::size_t>((reader + offset) % 8); };
    Phone& reader_phone = phones[seat(0)];
    NightFlow& night = game.game().night();
    const PartyNight& party = *night.party();
    const auto open_guess = [&] {
        send(reader_phone, command("done"));  // the card's main button: Guess
        pump(game, phones, [&] { return game.top() == "party-guess" && !reader_phone.state["guess"].is_null(); });
        REQUIRE(game.top() == "party-guess");
        REQUIRE(night.guess_round() != nullptr);
    };
    // Everyone but the reader sends Change; nothing is taken back.
    const auto others_try_to_change = [&] {
        for (int offset = 1; offset < 8; ++offset) send(phones[seat(offset)], guess_change());
        pump(game, phones, [] { return false; }, std::chrono::milliseconds(300));
        REQUIRE(night.guess_round() != nullptr);
        CHECK(night.guess_round()->answered());
        CHECK(game.focus() == "next");
    };
    const auto next_card = [&] {
        send(reader_phone, command("done"));  // Next card
        pump(game, phones, [&] { return game.top() == "card" && reader_phone.state["guess"].is_null(); });
        REQUIRE(game.top() == "card");
        CHECK(night.guess_round() == nullptr);
        CHECK(party.tally().guesses == 1);
    };

    SECTION("a pair round: missed, taken back from the phone, then right") {
        const GuessPlan plan = swap_to_guess(game, phones, reader_phone, GuessPlan::Kind::pair);
        open_guess();
        // Nothing to take back before an answer.
        send(reader_phone, guess_change());
        send(reader_phone, guess(false));
        pump(game, phones, [&] { return reader_phone.state["guess"]["answered"] == true && game.shows("Not this time"); });
        REQUIRE(night.guess_round()->answered());
        CHECK_FALSE(night.guess_round()->right());
        CHECK(reader_phone.state["guess"]["choices"] == Json::array({"change", "next"}));
        CHECK(phones[plan.guesser].state["guess"]["choices"] == Json::array());
        others_try_to_change();
        CHECK(game.shows("Not this time"));

        send(reader_phone, guess_change());
        pump(game, phones, [&] { return reader_phone.state["guess"]["answered"] == false && !game.shows("Not this time"); });
        CHECK_FALSE(night.guess_round()->answered());
        CHECK(reader_phone.state["guess"]["choices"] == Json::array({"right", "missed"}));
        CHECK(phones[plan.guesser].state["guess"]["answered"] == false);
        CHECK(game.top() == "party-guess");
        CHECK(game.focus() == "right");  // where Back on the TV puts it too
        CHECK(party.scores().points(plan.answerer) == 0);

        send(reader_phone, guess(true));
        pump(game, phones, [&] { return reader_phone.state["guess"]["right"] == true && game.shows("Right!"); });
        CHECK(game.shows("Right!"));
        next_card();
        CHECK(party.scores().points(plan.answerer) == points_for_guessing);
        CHECK(party.scores().points(plan.guesser) == points_for_guessing);
        // The round is gone: a late Change takes nothing back.
        send(reader_phone, guess_change());
        pump(game, phones, [] { return false; }, std::chrono::milliseconds(300));
        CHECK(game.top() == "card");
        CHECK(party.scores().points(plan.answerer) == points_for_guessing);
    }

    SECTION("an open round: confirmed, taken back with the marks kept, marked again and confirmed") {
        swap_to_guess(game, phones, reader_phone, GuessPlan::Kind::open);
        open_guess();
        send(reader_phone, guess_mark(seat(3), true));
        send(reader_phone, guess_confirm());
        pump(game, phones, [&] { return reader_phone.state["guess"]["answered"] == true && game.shows("Right!"); });
        REQUIRE(night.guess_round()->answered());
        others_try_to_change();

        send(reader_phone, guess_change());
        pump(game, phones, [&] { return reader_phone.state["guess"]["answered"] == false; });
        CHECK_FALSE(night.guess_round()->answered());
        CHECK(night.guess_round()->marked(seat(3)));  // the marks stay, as after Back on the TV
        CHECK(reader_phone.state["guess"]["choices"] == Json::array({"mark", "confirm"}));
        CHECK(game.focus().starts_with("player-"));

        send(reader_phone, guess_mark(seat(3), false));
        send(reader_phone, guess_mark(seat(5), true));
        send(reader_phone, guess_confirm());
        pump(game, phones, [&] { return reader_phone.state["guess"]["answered"] == true && game.shows("Right!"); });
        CHECK(game.shows_part("1 point each: " + party.player(seat(5))));
        next_card();
        CHECK(party.scores().points(seat(5)) == points_for_guessing);
        CHECK(party.scores().points(seat(3)) == 0);
    }
}
