// A couple night with both closeness checks and a note, driven through SDL's event queue like a
// keyboard would: the hand-over page, the slider, sharing, the note sealed at the end, opened
// once at the next night's start; a favourite come back as a card with its mark; and "Our
// nights" with a damaged record.
#include "game/game_fixture.hpp"
#include "support/fixtures.hpp"

#include "core/night/card_pool.hpp"

#include <algorithm>
#include <ctime>
#include <fstream>

#include <catch2/catch.hpp>

using namespace kindling;
using namespace kindling::testing;

namespace {

void to_setup(TestGame& game) {
    game.start_at_title();
    REQUIRE(game.focus() == "start");
    game.key(SDLK_RETURN);
    REQUIRE(game.top() == "players");
    game.key(SDLK_RETURN);
    game.key(SDLK_RETURN);
    game.key(SDLK_RETURN);
    for (int player = 0; player < 2; ++player) {
        REQUIRE(game.top() == "handoff");
        game.key(SDLK_RETURN);
        REQUIRE(game.top() == "consent");
        game.key(SDLK_RETURN);
    }
    REQUIRE(game.top() == "setup");
}

}  // namespace

TEST_CASE("A night with both closeness checks and a note, through SDL's event queue") {
    TestGame game(1280, 720);
    MemoryBetweenStore store;
    REQUIRE(game.game().night().use_between_store(&store));
    to_setup(game);
    game.key(SDLK_RETURN);  // deal

    // Player 1: the hand-over page first, then the slider moved right three steps, shared.
    REQUIRE(game.top() == "closeness-check");
    CHECK(game.shows("Hand the device to Player 1"));
    game.key(SDLK_RETURN);
    CHECK(game.focus() == "slider");
    for (int i = 0; i < 3; ++i) game.key(SDLK_RIGHT);
    game.key(SDLK_DOWN);  // to the buttons: Done has the focus
    CHECK(game.focus() == "done");
    game.key(SDLK_LEFT);
    CHECK(game.focus() == "share");
    game.key(SDLK_RETURN);
    CHECK(game.shows("Share with Player 2: yes"));
    game.key(SDLK_RIGHT);
    game.key(SDLK_RETURN);

    // Player 2 skips with Escape on the slider.
    REQUIRE(game.top() == "closeness-check");
    CHECK(game.shows("Hand the device to Player 2"));
    game.key(SDLK_RETURN);
    game.key(SDLK_ESCAPE);
    REQUIRE(game.top() == "card");

    // Play the night to its end.
    for (int card = 0; card < 40 && game.top() == "card"; ++card) game.key(SDLK_RETURN);
    REQUIRE(game.top() == "closeness-check");
    for (int player = 0; player < 2; ++player) {
        REQUIRE(game.top() == "closeness-check");
        game.key(SDLK_RETURN);  // I'm ...
        game.key(player == 0 ? SDLK_LEFT : SDLK_RIGHT);
        game.key(SDLK_RETURN);  // done, on the slider
    }
    // The note for next time: player 1 writes, player 2 leaves it.
    REQUIRE(game.top() == "note");
    game.key(SDLK_RETURN);
    game.type("Thank you for tonight");
    game.key(SDLK_RETURN);
    REQUIRE(game.top() == "note");
    game.key(SDLK_ESCAPE);
    REQUIRE(game.top() == "summary");

    const BetweenNights& kept = store.between();
    REQUIRE(kept.nights.size() == 1);
    REQUIRE(kept.nights[0].checks.size() == 2);
    CHECK(kept.nights[0].checks[0].before == ClosenessAnswer{65, true});
    CHECK_FALSE(kept.nights[0].checks[1].before);
    CHECK(kept.nights[0].checks[0].after == ClosenessAnswer{45, false});
    CHECK(kept.nights[0].checks[1].after == ClosenessAnswer{55, false});
    REQUIRE(kept.notes.size() == 1);
    CHECK(kept.notes[0].text == "Thank you for tonight");
    CHECK(kept.notes[0].to == "Player 2");

    // The next night: after both checks (skipped), Player 2 opens the note, once.
    game.key(SDLK_RETURN);
    REQUIRE(game.top() == "title");
    game.settle(60'000);
    to_setup(game);
    game.key(SDLK_RETURN);
    for (int player = 0; player < 2; ++player) {
        REQUIRE(game.top() == "closeness-check");
        game.key(SDLK_ESCAPE);
    }
    REQUIRE(game.top() == "note-read");
    CHECK(game.shows("Hand the device to Player 2"));
    game.key(SDLK_RETURN);
    CHECK(game.shows("Player 2, Player 1 left you this"));
    CHECK(game.shows_part("Thank you for tonight"));
    CHECK(store.between().notes.empty());
    game.key(SDLK_RETURN);
    CHECK(game.top() == "card");
}

TEST_CASE("Our nights is reached from the title, a damaged record gives a message and an empty chart") {
    TemporaryDirectory directory;
    const auto path = directory.path() / "between.yaml";
    std::ofstream(path) << "kindling_between: 1\nnights:\n  - ended: soon\n";
    ManualClock clock(1'700'000'000);
    FileBetweenStore store(path, clock);
    TestGame game(1920, 1080);
    REQUIRE(game.game().night().use_between_store(&store));
    game.start_at_title();
    game.click_text("Our nights");
    REQUIRE(game.top() == "our-nights");
    CHECK(game.shows_part("could not read what it keeps between your nights"));
    CHECK(game.shows_part(":3:12:"));
    CHECK(game.shows("Nothing here yet. After a night with the closeness check, it shows up here."));
    CHECK(std::filesystem::exists(directory.path() / "between.yaml.corrupt-20231114-221320"));
}

TEST_CASE("Forget everything on Our nights asks first, then leaves no file behind") {
    TemporaryDirectory directory;
    const auto path = directory.path() / "between.yaml";
    ManualClock clock(1'700'000'000);
    FileBetweenStore store(path, clock);
    BetweenNights between;
    between.nights.push_back({1'699'000'000, {"Play"}, {}});
    REQUIRE(store.save(between));
    REQUIRE(store.save(between));
    TestGame game(1920, 1080);
    REQUIRE(game.game().night().use_between_store(&store));
    game.start_at_title();
    game.click_text("Our nights");
    REQUIRE(game.top() == "our-nights");
    game.click_text("Forget everything");
    CHECK(std::filesystem::exists(path));  // only asked so far
    game.key(SDLK_ESCAPE);                 // back keeps it
    CHECK(std::filesystem::exists(path));
    game.click_text("Forget everything");
    game.key(SDLK_RIGHT);
    game.key(SDLK_RETURN);
    CHECK(std::filesystem::is_empty(directory.path()));
    CHECK(game.shows_part("Everything is forgotten."));
}

TEST_CASE("A note takes up to 200 characters, wrapped over lines, at 1080p and 4K") {
    // Words of eight letters, 188 characters; typed twice, 377 are offered and 200 kept.
    std::string long_note;
    for (int word = 0; word < 21; ++word) long_note += (word == 0 ? "" : " ") + std::string("word") + char('a' + word) + "xyz";
    REQUIRE(long_note.size() == 21 * 9 - 1);
    for (const auto& [w, h] : {std::pair{1920, 1080}, std::pair{3840, 2160}}) {
        CAPTURE(w, h);
        TestGame game(w, h);
        MemoryBetweenStore store;
        REQUIRE(game.game().night().use_between_store(&store));
        to_setup(game);
        game.key(SDLK_RETURN);
        for (int player = 0; player < 2; ++player) {
            REQUIRE(game.top() == "closeness-check");
            game.key(SDLK_ESCAPE);
        }
        for (int card = 0; card < 40 && game.top() == "card"; ++card) game.key(SDLK_RETURN);
        for (int player = 0; player < 2; ++player) {
            REQUIRE(game.top() == "closeness-check");
            game.key(SDLK_ESCAPE);
        }
        REQUIRE(game.top() == "note");
        game.key(SDLK_RETURN);
        const std::string typed = long_note + " " + long_note;
        // SDL hands typed text over in pieces of at most 31 bytes.
        for (std::size_t at = 0; at < typed.size(); at += 20) game.type(typed.substr(at, 20));
        // Wrapped: the first words and the 200th character's word are all on screen.
        CHECK(game.shows_part("wordaxyz"));
        CHECK(game.shows_part("wordtxyz"));
        game.key(SDLK_RETURN);
        REQUIRE(store.between().notes.size() == 1);
        CHECK(store.between().notes[0].text == typed.substr(0, max_note_chars));
    }
}

TEST_CASE("A favourite marked five weeks ago comes back as a card of the night, with its mark, through SDL's event queue") {
    constexpr std::int64_t day = 24 * 60 * 60;
    TestGame game(1920, 1080);
    app::Game& played = game.game();
    // A warm-up card the night's default choices deal, remembered as a favourite five weeks ago.
    SessionSetup setup = default_setup(PlayStyle::couple, {"Player 1", "Player 2"});
    setup.decks = played.night().default_decks(PlayStyle::couple);
    const std::vector<PoolCard> pool = game_night_pool(setup, played.decks().as_written);
    const auto chosen = std::find_if(pool.begin(), pool.end(), [](const PoolCard& card) {
        return card.card.level == 1 && card.card.intensity == Intensity::company;
    });
    REQUIRE(chosen != pool.end());
    const std::int64_t now = played.environment().session_clock->unix_seconds();
    const std::int64_t marked_at = now - 35 * day;
    game.headless().history().save({{}, {chosen->key}});
    BetweenNights between;
    between.favourites = {{chosen->key, chosen->card.text, marked_at, 0}};
    MemoryBetweenStore store(between);
    REQUIRE(played.night().use_between_store(&store));

    // The date as English players read it: "3 October" in the year it was marked.
    const std::time_t at = static_cast<std::time_t>(marked_at);
    std::tm parts{};
    gmtime_r(&at, &parts);
    static const char* const months[]{"January", "February", "March", "April", "May", "June", "July",
                                      "August", "September", "October", "November", "December"};
    const std::string date = std::to_string(parts.tm_mday) + " " + months[parts.tm_mon];
    const std::string mark = "You marked this as a favourite on " + date;

    to_setup(game);
    game.key(SDLK_RETURN);  // deal
    for (int player = 0; player < 2; ++player) {
        REQUIRE(game.top() == "closeness-check");
        game.key(SDLK_ESCAPE);
    }
    REQUIRE(game.top() == "card");
    CHECK_FALSE(game.shows_part("You marked this as a favourite"));  // never the first card
    CHECK(store.between().favourites[0].returned_at == 0);
    int turn = 0;
    while (turn < 40 && game.top() == "card" && !game.shows_part("You marked this as a favourite")) {
        game.key(SDLK_RETURN);  // done
        game.settle(60'000);
        ++turn;
    }
    REQUIRE(game.top() == "card");
    CHECK(turn >= 1);
    CHECK(game.shows_part(mark));
    CHECK(game.shows_part("has your answer changed?"));
    const SessionView view = played.night().session()->view();
    REQUIRE(view.card);
    CHECK(view.card->deck_id == chosen->deck_id);
    CHECK(view.card->card_id == chosen->card.id);
    CHECK(store.between().favourites[0].returned_at != 0);
    // The card plays on like any other: done, and the next card carries no mark.
    game.key(SDLK_RETURN);
    game.settle(2000);
    REQUIRE(game.top() == "card");
    CHECK_FALSE(game.shows_part("You marked this as a favourite"));
}
