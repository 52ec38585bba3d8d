// The couple night on phones (issue 15), headless with the phone server on 127.0.0.1: each
// partner sets private limits on their own phone while the TV shows only who is done, a partner
// without a phone is asked on the TV after the usual hand-over, the card's timer is paused and
// continued from either phone, and the server stops when the set-up it was switched on in is
// left, without any phone event after the stop.
#include "phone_fixture.hpp"

#include "app/game.hpp"
#include "app/phone_bridge.hpp"
#include "screens/screens.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <functional>
#include <thread>

using namespace kindling;
using testing::loopback_options;
using testing::Phone;
using testing::join_seats;
using testing::pump;
using testing::send;
using Json = nlohmann::json;

namespace {

// A couple night planned for Ana and Ben, at the names, with the phones' server on.
void couple_at_the_names(testing::TestGame& game) {
    app::Game& g = game.game();
    REQUIRE(g.night().plan(PlayStyle::couple, {"Ana", "Ben"}, 7));
    g.screens().reset(screens::make_title_screen(g.screen_context()));
    g.screens().push(screens::make_players_screen(g.screen_context()));
    g.screens().apply_pending();
    REQUIRE(g.set_phones(true).empty());
    game.settle(50);  // the first publish gives the server the night's seats
}

void begin_limits(testing::TestGame& game) {
    screens::begin_consent(game.game().screen_context());
    game.game().screens().apply_pending();
    game.settle(50);
}

Json limits(int most_private, std::vector<std::string> themes, std::vector<std::string> kinds) {
    return {{"v", 1}, {"type", "limits"}, {"most_private", most_private}, {"skip_themes", themes}, {"skip_kinds", kinds}};
}

Json timer(const char* action) { return {{"v", 1}, {"type", "timer"}, {"action", action}}; }

// Moves the focus to the set-up's Phones row with the keyboard and switches it on.
void switch_phones_on(testing::TestGame& game, SDL_Keycode towards = SDLK_UP) {
    for (int step = 0; step < 60 && game.focus() != "phones"; ++step) game.key(towards);
    REQUIRE(game.focus() == "phones");
    game.key(SDLK_RIGHT);
}

}  // namespace

TEST_CASE("Both partners set their limits on their own phones, the TV shows only who is done, and the night deals within them") {
    testing::TestGame game(1920, 1080, {}, loopback_options());
    couple_at_the_names(game);
    std::vector<Phone> phones = join_seats(game, {0, 1});
    Phone& ana = phones[0];
    Phone& ben = phones[1];
    begin_limits(game);
    pump(game, phones, [&] { return !ana.state["limits"].is_null() && !ben.state["limits"].is_null(); });

    // No hand-over: the TV waits for both phones and names them.
    CHECK(game.top() == "phone-limits");
    CHECK(game.shows_part("Waiting for Ana and Ben to set their limits on their phones"));
    CHECK(game.shows_part("Ana: still choosing"));
    // Each phone has its own form, worded as the TV's limits screen; never the other's.
    REQUIRE(ana.state["limits"]["form"].is_object());
    CHECK(ana.state["limits"]["form"]["title"] == "Ana, your limits for tonight");
    CHECK(ben.state["limits"]["form"]["title"] == "Ben, your limits for tonight");
    CHECK(ana.state.dump().find("Ben, your limits") == std::string::npos);
    CHECK(ana.state["limits"]["form"]["levels"].size() == 3);
    CHECK(ana.state["limits"]["form"]["levels"][0]["label"] == "Fine with friends");
    CHECK_FALSE(ana.state["limits"]["form"]["themes"].empty());
    CHECK(ana.state["limits"]["form"]["kinds"].size() == all_card_kinds.size());

    // A theme that was not offered, or a level out of range, changes nothing.
    send(ana, limits(1, {"no-such-theme"}, {}));
    send(ana, limits(7, {}, {}));
    pump(game, phones, [&] { return !ana.errors.empty(); });
    REQUIRE_FALSE(ana.errors.empty());
    CHECK(ana.errors.back()["code"] == "field_out_of_range");
    CHECK(ana.errors.back()["field"] == "most_private");
    CHECK_FALSE(game.game().night().limits_given(0));

    // Ana: only cards fine with friends, no gestures. The TV says she is done, and nothing else.
    send(ana, limits(1, {}, {"gesture"}));
    pump(game, phones, [&] { return ben.state["limits"]["done"] == Json::array({true, false}); });
    CHECK(game.game().night().limits_given(0));
    CHECK(ben.state["limits"]["done"] == Json::array({true, false}));
    CHECK(ana.state["limits"]["form"].is_null());
    CHECK(ben.state["limits"]["form"]["title"] == "Ben, your limits for tonight");
    CHECK(game.top() == "phone-limits");
    CHECK(game.shows_part("Waiting for Ben to set their limits on their phone."));
    CHECK(game.shows_part("Ana: done"));
    CHECK_FALSE(game.shows_part("Fine with friends"));
    CHECK_FALSE(game.shows_part("Gestures"));
    // Given once: a second message from Ana's phone is not taken.
    send(ana, limits(3, {}, {}));

    // Ben skips the dares; then the night's set-up comes up and deals within both limits.
    send(ben, limits(3, {}, {"dare"}));
    pump(game, phones, [&] { return game.top() == "setup"; });
    REQUIRE(game.top() == "setup");
    CHECK(ana.state["limits"].is_null());
    game.game().night().draft().length = {LengthUnit::cards, 20};
    screens::start_night(game.game().screen_context());
    game.game().screens().apply_pending();
    game.settle(50);
    Session* session = game.game().night().session();
    REQUIRE(session != nullptr);
    for (int card = 0; card < 20 && !session->finished(); ++card) {
        const SessionView view = session->view();
        REQUIRE(view.card);
        INFO(view.card->text);
        CHECK(view.card->intensity == Intensity::company);
        CHECK(view.card->kind != CardKind::gesture);
        CHECK(view.card->kind != CardKind::dare);
        session->apply(Action::done());
    }
}

TEST_CASE("With one phone, the partner without one sets their limits on the TV after the hand-over") {
    testing::TestGame game(1920, 1080, {}, loopback_options());
    couple_at_the_names(game);
    std::vector<Phone> phones = join_seats(game, {1});  // only Ben has a phone
    Phone& ben = phones[0];
    begin_limits(game);
    // Ana is asked on the TV first, with the usual hand-over; Ben's phone has his form meanwhile.
    CHECK(game.top() == "handoff");
    CHECK(game.shows_part("Please hand the device to Ana"));
    pump(game, phones, [&] { return ben.state["limits"].is_object(); });
    CHECK(ben.state["limits"]["form"]["title"] == "Ben, your limits for tonight");
    game.key(SDLK_RETURN);  // "I'm Ana"
    CHECK(game.top() == "consent");
    game.key(SDLK_RETURN);  // "Done, hide my limits"
    // Then the TV waits for Ben's phone only.
    CHECK(game.top() == "phone-limits");
    CHECK(game.shows_part("Waiting for Ben to set their limits on their phone."));
    CHECK(game.shows_part("Ana: done"));
    CHECK(game.game().night().limits_given(0));
    send(ben, limits(2, {}, {}));
    pump(game, phones, [&] { return game.top() == "setup"; });
    CHECK(game.top() == "setup");
    CHECK(game.game().night().limits_given(1));
}

TEST_CASE("From the hand-over the partners open the join panel, join from their phones, and the TV then waits for the phones") {
    testing::TestGame game(1920, 1080, {}, loopback_options());
    app::Game& g = game.game();
    REQUIRE(g.night().plan(PlayStyle::couple, {"Ana", "Ben"}, 7));
    g.screens().reset(screens::make_title_screen(g.screen_context()));
    g.screens().push(screens::make_players_screen(g.screen_context()));
    g.screens().apply_pending();
    begin_limits(game);
    REQUIRE(game.top() == "handoff");
    REQUIRE(g.phone_server() == nullptr);
    game.key(SDLK_LEFT);
    REQUIRE(game.focus() == "phones");
    game.key(SDLK_RETURN);
    REQUIRE(g.phone_server() != nullptr);
    CHECK(game.top() == "phones");
    game.settle(50);
    std::vector<Phone> phones = join_seats(game, {0, 1});
    game.key(SDLK_ESCAPE);  // the join panel closes; Ana has a phone now
    game.settle(50);
    CHECK(game.top() == "phone-limits");
    CHECK(game.shows_part("Waiting for Ana and Ben to set their limits on their phones"));
    send(phones[0], limits(2, {}, {}));
    send(phones[1], limits(2, {}, {}));
    pump(game, phones, [&] { return game.top() == "setup"; });
    CHECK(game.top() == "setup");
}

TEST_CASE("Phones switched on at the couple night's names, before the limits: both partners join, and the TV waits for their phones") {
    testing::TestGame game(1920, 1080, {}, loopback_options());
    app::Game& g = game.game();
    REQUIRE(g.night().plan(PlayStyle::couple, {"Ana", ""}, 7));
    g.screens().reset(screens::make_title_screen(g.screen_context()));
    g.screens().push(screens::make_players_screen(g.screen_context()));
    g.screens().apply_pending();
    REQUIRE(game.focus() == "name-0");
    // The second name is typed on the TV: the phones' seats follow the names as they stand.
    game.key(SDLK_DOWN);
    REQUIRE(game.focus() == "name-1");
    game.type("Ben");
    REQUIRE(g.phone_server() == nullptr);

    // The keyboard reaches the Phones switch on the names step; on, it shows the join panel.
    switch_phones_on(game, SDLK_DOWN);
    REQUIRE(g.phone_server() != nullptr);
    CHECK(game.top() == "phones");
    game.settle(50);
    phones::PhoneServer& server = *g.phone_server();
    const std::string host = "127.0.0.1:" + std::to_string(server.port());
    // Ana joins by her name, Ben takes his seat; the panel lists both.
    std::vector<Phone> phones(2);
    REQUIRE(phones[0].socket.open("127.0.0.1", server.port(), "/socket", host, "http://" + host) == 101);
    REQUIRE(phones[1].socket.open("127.0.0.1", server.port(), "/socket", host, "http://" + host) == 101);
    send(phones[0], {{"v", 1}, {"type", "join"}, {"room", server.room_code()}, {"name", "Ana"}});
    send(phones[1], {{"v", 1}, {"type", "join"}, {"room", server.room_code()}, {"seat", 1}});
    pump(game, phones, [&] { return phones[0].seat == 0 && phones[1].seat == 1 && !phones[1].state.is_null(); });
    CHECK(phones[0].seat == 0);
    CHECK(phones[1].seat == 1);
    REQUIRE(phones[1].state["seats"].size() == 2);
    CHECK(phones[1].state["seats"][0]["name"] == "Ana");
    CHECK(phones[1].state["seats"][1]["name"] == "Ben");
    CHECK(game.shows_part("Ana"));
    CHECK(game.shows_part("Ben"));
    game.key(SDLK_ESCAPE);  // the join panel closes
    REQUIRE(game.top() == "players");
    CHECK(game.focus() == "phones");
    CHECK(game.shows("On"));

    // Continue: no hand-over, the TV waits for both phones, and each phone has its own form.
    for (int step = 0; step < 10 && game.focus() != "continue"; ++step) game.key(SDLK_DOWN);
    REQUIRE(game.focus() == "continue");
    game.key(SDLK_RETURN);
    game.settle(50);
    REQUIRE(game.top() == "phone-limits");
    CHECK(game.shows_part("Waiting for Ana and Ben to set their limits on their phones"));
    pump(game, phones, [&] { return phones[0].state["limits"]["form"].is_object() && phones[1].state["limits"]["form"].is_object(); });
    CHECK(phones[0].state["limits"]["form"]["title"] == "Ana, your limits for tonight");
    CHECK(phones[1].state["limits"]["form"]["title"] == "Ben, your limits for tonight");
    send(phones[0], limits(2, {}, {}));
    send(phones[1], limits(3, {}, {"dare"}));
    pump(game, phones, [&] { return game.top() == "setup"; });
    REQUIRE(game.top() == "setup");
    CHECK(g.night().limits_given(0));
    CHECK(g.night().limits_given(1));
    // One place for the switch: the night's set-up after the limits has none.
    for (int step = 0; step < 60; ++step) {
        CHECK(game.focus() != "phones");
        game.key(SDLK_UP);
    }
    CHECK(g.phone_server() != nullptr);  // still on for the night
}

TEST_CASE("Phones switched on at the names with no phone joined yet: the hand-over moves on by itself once a phone takes its seat") {
    testing::TestGame game(1920, 1080, {}, loopback_options());
    app::Game& g = game.game();
    REQUIRE(g.night().plan(PlayStyle::couple, {"Ana", "Ben"}, 7));
    g.screens().reset(screens::make_title_screen(g.screen_context()));
    g.screens().push(screens::make_players_screen(g.screen_context()));
    g.screens().apply_pending();
    switch_phones_on(game, SDLK_DOWN);
    REQUIRE(g.phone_server() != nullptr);
    game.key(SDLK_ESCAPE);  // the join panel
    for (int step = 0; step < 10 && game.focus() != "continue"; ++step) game.key(SDLK_DOWN);
    game.key(SDLK_RETURN);
    REQUIRE(game.top() == "handoff");  // nobody has joined yet
    CHECK(game.shows_part("Please hand the device to Ana"));
    std::vector<Phone> phones = join_seats(game, {0, 1});
    game.settle(50);
    INFO(game.top());
    CHECK(game.top() == "phone-limits");
    CHECK(game.shows_part("Waiting for Ana and Ben to set their limits on their phones"));
    // Back goes to the names, and Back again to the title stops the server switched on there.
    game.key(SDLK_ESCAPE);
    REQUIRE(game.top() == "players");
    game.key(SDLK_ESCAPE);
    CHECK(game.top() == "title");
    CHECK(g.phone_server() == nullptr);
}

TEST_CASE("Without phones the limits are the hand-over for each partner in turn, as before") {
    testing::TestGame game(1920, 1080, {}, loopback_options());
    couple_at_the_names(game);
    begin_limits(game);
    CHECK(game.top() == "handoff");
    CHECK(game.shows_part("Please hand the device to Ana"));
    game.key(SDLK_RETURN);
    game.key(SDLK_RETURN);
    CHECK(game.top() == "handoff");
    CHECK(game.shows_part("Please hand the device to Ben"));
    game.key(SDLK_RETURN);
    game.key(SDLK_RETURN);
    CHECK(game.top() == "setup");
}

TEST_CASE("The card's timer is paused and continued from either partner's phone, and the TV follows") {
    testing::TestGame game(1920, 1080, {}, loopback_options());
    game.open("timer");  // a night of timed cards, the timer running on the TV
    REQUIRE(game.top() == "timer");
    REQUIRE(game.game().set_phones(true).empty());
    game.settle(50);
    std::vector<Phone> phones = join_seats(game, {0, 1});
    Session& session = *game.game().night().session();
    const auto phase = [&] { return session.view().timer.phase; };
    REQUIRE(phase() == TimerPhase::running);
    pump(game, phones, [&] { return phones[1].state["timer"].is_object(); });
    CHECK(phones[0].state["timer"]["phase"] == "running");
    CHECK(phones[1].state["timer"]["phase"] == "running");
    CHECK(phones[1].state["timer"]["length_ms"] == session.view().timer.length_ms);

    send(phones[1], timer("pause"));
    pump(game, phones, [&] { return phones[0].state["timer"]["phase"] == "paused"; });
    CHECK(phase() == TimerPhase::paused);
    CHECK(phones[0].state["timer"]["phase"] == "paused");
    CHECK(phones[0].state["timer"]["remaining_ms"] == session.view().timer.remaining_ms);
    CHECK(game.shows("Continue"));  // the TV's timer screen follows

    send(phones[0], timer("start"));
    pump(game, phones, [&] { return phones[1].state["timer"]["phase"] == "running"; });
    CHECK(phase() == TimerPhase::running);
    CHECK(game.shows("Pause"));

    const std::int64_t before = session.view().timer.remaining_ms;
    send(phones[0], timer("extend"));
    pump(game, phones, [&] { return session.view().timer.remaining_ms > before; });
    CHECK(session.view().timer.remaining_ms > before);

    // From the card: pausing works there too, and a phone that starts the timer opens it on the TV.
    game.key(SDLK_ESCAPE);
    REQUIRE(game.top() == "card");
    send(phones[1], timer("pause"));
    pump(game, phones, [&] { return phase() == TimerPhase::paused; });
    CHECK(phase() == TimerPhase::paused);
    CHECK(game.top() == "card");
    send(phones[1], timer("start"));
    pump(game, phones, [&] { return game.top() == "timer"; });
    CHECK(game.top() == "timer");
    CHECK(phase() == TimerPhase::running);

    // No timer: the TV goes back to the card and the phones no longer show one.
    send(phones[0], timer("skip"));
    pump(game, phones, [&] { return game.top() == "card" && phones[0].state["timer"].is_null(); });
    CHECK(game.top() == "card");
    CHECK(phase() == TimerPhase::skipped);
}

// ---- the server's lifecycle ----

TEST_CASE("Back from a set-up or the hand-over stops a phones server switched on there, and keeps one started before") {
    testing::TestGame game(1920, 1080, {}, loopback_options());
    app::Game& g = game.game();

    SECTION("The party set-up") {
        game.open("party");
        REQUIRE(g.phone_server() == nullptr);
        switch_phones_on(game);
        REQUIRE(g.phone_server() != nullptr);
        CHECK(game.top() == "phones");
        game.key(SDLK_ESCAPE);  // the join panel
        CHECK(game.top() == "party");
        game.key(SDLK_ESCAPE);  // the set-up
        CHECK(game.top() == "title");
        CHECK(g.phone_server() == nullptr);
    }
    SECTION("The couple night's names") {
        game.open("players");
        REQUIRE(g.phone_server() == nullptr);
        switch_phones_on(game, SDLK_DOWN);
        REQUIRE(g.phone_server() != nullptr);
        game.key(SDLK_ESCAPE);
        CHECK(game.top() == "players");
        game.key(SDLK_ESCAPE);
        CHECK(game.top() == "title");
        CHECK(g.phone_server() == nullptr);
    }
    SECTION("The hand-over") {
        couple_at_the_names(game);
        g.set_phones(false);
        begin_limits(game);
        game.key(SDLK_LEFT);
        game.key(SDLK_RETURN);
        REQUIRE(g.phone_server() != nullptr);
        game.key(SDLK_ESCAPE);  // the join panel
        CHECK(game.top() == "handoff");
        game.key(SDLK_ESCAPE);
        CHECK(game.top() == "players");
        CHECK(g.phone_server() == nullptr);
    }
    SECTION("A server from before (--phones) stays on") {
        game.open("party");
        REQUIRE(g.set_phones(true).empty());
        game.key(SDLK_ESCAPE);
        CHECK(game.top() == "title");
        CHECK(g.phone_server() != nullptr);
    }
}

TEST_CASE("Stopping the phones' server returns at once, no phone event arrives after it, and it starts again at once") {
    testing::TestGame game(1920, 1080, {}, loopback_options());
    couple_at_the_names(game);
    std::vector<Phone> phones = join_seats(game, {0, 1});
    // Phones keep talking right up to the stop; then the stop closes them (away events).
    send(phones[0], timer("pause"));
    send(phones[1], {{"v", 1}, {"type", "ping"}});
    game.game().set_phones(false);
    CHECK(game.game().phone_server() == nullptr);
    // Whatever the stopping server does meanwhile, nothing of it reaches the game's queue.
    for (int wait = 0; wait < 40; ++wait) {
        SDL_Event event;
        while (SDL_PollEvent(&event) != 0) CHECK_FALSE(app::PhoneBridge::is_phone_event(event));
        std::this_thread::sleep_for(std::chrono::milliseconds(25));
    }
    // On again at once: the last server's stop is finished first, and phones can join.
    REQUIRE(game.game().set_phones(true).empty());
    CHECK(game.game().phone_server() != nullptr);
    game.settle(50);
    std::vector<Phone> back = join_seats(game, {0});
    CHECK(back[0].seat == 0);
}
