// Between nights on phones (issues 15 and 18), headless with the phone server on 127.0.0.1: the
// partners take the closeness check at the start and the end of a couple night and write their
// note for next time on their own phones while the TV shows only who is done; the night keeps
// what they gave in between.yaml; a partner without a phone answers on the TV after the usual
// hand-over; and a phone never hears the other partner's value, share choice or note.
#include "phone_fixture.hpp"

#include "app/game.hpp"
#include "core/store/between_nights.hpp"
#include "core/text/clock.hpp"
#include "screens/screens.hpp"
#include "support/fixtures.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <regex>

using namespace kindling;
using testing::loopback_options;
using testing::Phone;
using testing::join_seats;
using testing::pump;
using testing::send;
using testing::TemporaryDirectory;
using Json = nlohmann::json;

namespace {

// Ana and Ben at the names of a couple night kept in `store`, with the phones' server on.
void couple_at_the_names(testing::TestGame& game, BetweenStore& store) {
    app::Game& g = game.game();
    REQUIRE(g.night().use_between_store(&store));
    REQUIRE(g.night().plan(PlayStyle::couple, {"Ana", "Ben"}, 7));
    g.screens().reset(screens::make_title_screen(g.screen_context()));
    g.screens().push(screens::make_players_screen(g.screen_context()));
    g.screens().apply_pending();
    REQUIRE(g.set_phones(true).empty());
    game.settle(50);
}

// Past the limits (given on the TV: the same for both tests) into a night of three cards.
void start_three_cards(testing::TestGame& game, std::vector<Phone>& phones) {
    app::Game& g = game.game();
    screens::begin_consent(g.screen_context());
    g.screens().apply_pending();
    game.settle(50);
    for (Phone& phone : phones) {
        send(phone, {{"v", 1}, {"type", "limits"}, {"most_private", 3}, {"skip_themes", Json::array()},
                     {"skip_kinds", Json::array()}});
    }
    for (int player = 0; player < 2 && game.top() != "setup"; ++player) {
        pump(game, phones, [&] { return game.top() == "handoff" || game.top() == "setup"; });
        if (game.top() != "handoff") break;
        game.key(SDLK_RETURN);  // "I'm ..."
        game.key(SDLK_RETURN);  // "Done, hide my limits"
    }
    pump(game, phones, [&] { return game.top() == "setup"; });
    REQUIRE(game.top() == "setup");
    g.night().draft().length = {LengthUnit::cards, 3};
    screens::start_night(g.screen_context());
    g.screens().apply_pending();
    game.settle(50);
}

void play_the_cards(testing::TestGame& game) {
    for (int card = 0; card < 10 && game.top() == "card"; ++card) game.key(SDLK_RETURN);
}

Json closeness(std::optional<int> value, bool share) {
    return {{"v", 1}, {"type", "closeness"}, {"value", value ? Json(*value) : Json(nullptr)}, {"share", share}};
}

Json note(std::optional<std::string> text) {
    return {{"v", 1}, {"type", "note"}, {"text", text ? Json(*text) : Json(nullptr)}};
}

bool asked(const Phone& phone, const char* step, const char* moment) {
    const Json& between = phone.state["between"];
    return between.is_object() && between["step"] == step && between["moment"] == moment && between["yours"] == true;
}

BetweenNights kept_in(const std::filesystem::path& path) {
    ManualClock clock(1'700'000'000);
    FileBetweenStore reader(path, clock);
    LoadedBetween loaded = reader.load();
    REQUIRE(loaded.notice.code.empty());
    return loaded.between;
}

}  // namespace

TEST_CASE("Both partners take both closeness checks and write their note on their phones, and the night keeps them") {
    TemporaryDirectory directory;
    const auto path = directory.path() / "between.yaml";
    ManualClock clock(1'700'000'000);
    FileBetweenStore store(path, clock);
    testing::TestGame game(1920, 1080, {}, loopback_options());
    couple_at_the_names(game, store);
    std::vector<Phone> phones = join_seats(game, {0, 1});
    Phone& ana = phones[0];
    Phone& ben = phones[1];
    start_three_cards(game, phones);

    // The start's check: no hand-over, the TV waits for both phones and names them.
    pump(game, phones, [&] { return asked(ana, "closeness", "start") && asked(ben, "closeness", "start"); });
    REQUIRE(game.top() == "phone-between");
    CHECK(game.shows_part("Waiting for Ana and Ben to answer on their phones."));
    CHECK(game.shows_part("Ana: still answering"));
    CHECK(ana.state["between"]["done"] == Json::array({false, false}));
    CHECK(ana.state["between"]["share"] == true);
    CHECK(ana.state["card"] == "");  // no card on the phones before the check is done
    CHECK_FALSE(ana.state["between"].contains("asked_by_seat"));

    // Ana answers and shares; the TV and Ben's phone learn only that she is done.
    send(ana, closeness(73, true));
    pump(game, phones, [&] {
        return ben.state["between"]["done"] == Json::array({true, false}) && ana.state["between"]["yours"] == false;
    });
    CHECK(ana.state["between"]["yours"] == false);
    CHECK(asked(ben, "closeness", "start"));
    CHECK(game.top() == "phone-between");
    CHECK(game.shows_part("Waiting for Ben to answer on their phone."));
    CHECK(game.shows_part("Ana: done"));
    CHECK_FALSE(game.shows_part("73"));
    // Answered once: a second answer from Ana's phone is not taken.
    send(ana, closeness(10, false));
    // Ben skips; the first card comes up on the TV.
    send(ben, closeness(std::nullopt, false));
    pump(game, phones, [&] { return game.top() == "card" && ana.state["between"].is_null(); });
    REQUIRE(game.top() == "card");
    CHECK(game.game().night().checked(CheckMoment::start, 0));
    CHECK(game.game().night().checked(CheckMoment::start, 1));

    // The end's check, then the note for next time.
    play_the_cards(game);
    pump(game, phones, [&] { return asked(ana, "closeness", "end") && asked(ben, "closeness", "end"); });
    REQUIRE(game.top() == "phone-between");
    CHECK(game.shows_part("One more quiet question on your phones"));
    send(ben, closeness(41, false));
    send(ana, closeness(88, true));
    pump(game, phones, [&] { return asked(ana, "note", "end") && asked(ben, "note", "end"); });
    REQUIRE(game.top() == "phone-between");
    CHECK(game.shows_part("Waiting for Ana and Ben to finish on their phones."));
    CHECK(game.shows_part("Ben: still writing"));

    // A blank note is refused (as on the TV) and asks again; Ana then writes one, Ben leaves it.
    send(ana, note("   "));
    pump(game, phones, [&] { return !ana.errors.empty(); });
    REQUIRE_FALSE(ana.errors.empty());
    CHECK(ana.errors.back()["field"] == "text");
    send(ana, note("Saturday was lovely, thank you"));
    pump(game, phones, [&] { return ben.state["between"]["done"] == Json::array({true, false}); });
    CHECK_FALSE(game.shows_part("Saturday"));
    CHECK(game.shows_part("Ana: done"));
    send(ben, note(std::nullopt));
    pump(game, phones, [&] { return game.top() == "summary"; });
    REQUIRE(game.top() == "summary");

    // Kept in the file through the core: both checks with their share choices, and the note.
    const BetweenNights kept = kept_in(path);
    REQUIRE(kept.nights.size() == 1);
    REQUIRE(kept.nights[0].checks.size() == 2);
    CHECK(kept.nights[0].checks[0].before == ClosenessAnswer{73, true});
    CHECK(kept.nights[0].checks[0].after == ClosenessAnswer{88, true});
    CHECK_FALSE(kept.nights[0].checks[1].before);
    CHECK(kept.nights[0].checks[1].after == ClosenessAnswer{41, false});
    REQUIRE(kept.notes.size() == 1);
    CHECK(kept.notes[0].from == "Ana");
    CHECK(kept.notes[0].to == "Ben");
    CHECK(kept.notes[0].text == "Saturday was lovely, thank you");

    // Neither phone ever heard the other's value or note (a number on its own, not a digit of
    // a longer one such as a timer's milliseconds).
    const auto heard_number = [](const Phone& phone, const char* number) {
        return std::regex_search(phone.heard, std::regex(std::string("[^0-9]") + number + "[^0-9]"));
    };
    CHECK_FALSE(heard_number(ben, "73"));
    CHECK_FALSE(heard_number(ben, "88"));
    CHECK_FALSE(heard_number(ana, "41"));
    CHECK(ben.heard.find("Saturday") == std::string::npos);
    CHECK(ben.heard.find("\"value\"") == std::string::npos);
}

TEST_CASE("With one phone, the partner without one takes the check and the note on the TV after the hand-over") {
    TemporaryDirectory directory;
    const auto path = directory.path() / "between.yaml";
    ManualClock clock(1'700'000'000);
    FileBetweenStore store(path, clock);
    testing::TestGame game(1920, 1080, {}, loopback_options());
    couple_at_the_names(game, store);
    std::vector<Phone> phones = join_seats(game, {1});  // only Ben has a phone
    Phone& ben = phones[0];
    start_three_cards(game, phones);

    // Ana on the TV after the hand-over; Ben's phone asks him meanwhile.
    REQUIRE(game.top() == "closeness-check");
    CHECK(game.shows("Hand the device to Ana"));
    pump(game, phones, [&] { return asked(ben, "closeness", "start"); });
    CHECK(asked(ben, "closeness", "start"));
    game.key(SDLK_RETURN);  // "I'm Ana"
    game.key(SDLK_RIGHT);   // 55
    game.key(SDLK_RETURN);  // done
    REQUIRE(game.top() == "phone-between");
    CHECK(game.shows_part("Waiting for Ben to answer on their phone."));
    CHECK(game.shows_part("Ana: done"));
    send(ben, closeness(30, false));
    pump(game, phones, [&] { return game.top() == "card"; });
    REQUIRE(game.top() == "card");

    // At the end Ben answers first; then Ana on the TV, and her note; Ben leaves none.
    play_the_cards(game);
    REQUIRE(game.top() == "closeness-check");
    pump(game, phones, [&] { return asked(ben, "closeness", "end"); });
    send(ben, closeness(35, true));
    pump(game, phones, [&] { return ben.state["between"]["done"] == Json::array({false, true}); });
    REQUIRE(game.top() == "closeness-check");
    game.key(SDLK_RETURN);
    game.key(SDLK_LEFT);  // 45
    game.key(SDLK_RETURN);
    REQUIRE(game.top() == "note");
    CHECK(game.shows("Hand the device to Ana"));
    pump(game, phones, [&] { return asked(ben, "note", "end"); });
    game.key(SDLK_RETURN);
    game.type("Until next time");
    game.key(SDLK_RETURN);
    REQUIRE(game.top() == "phone-between");
    CHECK(game.shows_part("Ben: still writing"));
    send(ben, note(std::nullopt));
    pump(game, phones, [&] { return game.top() == "summary"; });
    REQUIRE(game.top() == "summary");

    const BetweenNights kept = kept_in(path);
    REQUIRE(kept.nights.size() == 1);
    REQUIRE(kept.nights[0].checks.size() == 2);
    CHECK(kept.nights[0].checks[0].before == ClosenessAnswer{55, false});
    CHECK(kept.nights[0].checks[1].before == ClosenessAnswer{30, false});
    CHECK(kept.nights[0].checks[0].after == ClosenessAnswer{45, false});
    CHECK(kept.nights[0].checks[1].after == ClosenessAnswer{35, true});
    REQUIRE(kept.notes.size() == 1);
    CHECK(kept.notes[0].text == "Until next time");
    CHECK(ben.heard.find("Until next time") == std::string::npos);
}

TEST_CASE("A phone removed while the TV waits for it sends its partner to the TV's hand-over") {
    MemoryBetweenStore store;
    testing::TestGame game(1920, 1080, {}, loopback_options());
    couple_at_the_names(game, store);
    std::vector<Phone> phones = join_seats(game, {0, 1});
    start_three_cards(game, phones);
    pump(game, phones, [&] { return asked(phones[1], "closeness", "start"); });
    send(phones[0], closeness(60, false));
    pump(game, phones, [&] { return phones[1].state["between"]["done"] == Json::array({true, false}); });
    REQUIRE(game.top() == "phone-between");

    // The host opens the join panel and removes Ben's phone there; back from the panel, Ben is
    // asked on the TV instead.
    game.key(SDLK_RETURN);
    REQUIRE(game.top() == "phones");
    phones::PhoneServer& server = *game.game().phone_server();
    for (const phones::DeviceSummary& device : server.devices()) {
        if (device.seat == 1) REQUIRE(server.remove_device(device.id));
    }
    game.key(SDLK_ESCAPE);
    game.settle(50);
    REQUIRE(game.top() == "closeness-check");
    CHECK(game.shows("Hand the device to Ben"));
    game.key(SDLK_RETURN);  // "I'm Ben"
    game.key(SDLK_RETURN);  // done
    CHECK(game.top() == "card");
    CHECK(store.between().nights.empty());  // the start's checks are kept with the night until its end
    CHECK(game.game().night().checked(CheckMoment::start, 1));
}
