// The night's flow between nights: the closeness check at start and end, the notes sealed for
// next time and opened once, and a favourite coming back as a card, driven headless like the screens do.
#include "core/session/night_flow.hpp"
#include "support/night_helpers.hpp"

#include <catch2/catch.hpp>

using namespace kindling;
using namespace kindling::testing;

namespace {

constexpr std::int64_t day = 24 * 60 * 60;

struct Between {
    explicit Between(std::int64_t now = 1'700'000'000)
        : decks{generous_deck("two", {"play", "closeness"}, 4)}, source(decks), clock(now),
          flow(source, clock, SessionStores{&history, nullptr, &store}) {}
    std::vector<Deck> decks;
    FixedNightDecks source;
    ManualClock clock;
    MemoryHistoryStore history;
    MemoryBetweenStore store;
    NightFlow flow;

    void start_couple(std::vector<std::string> players = {"Alex", "Sam"}) {
        REQUIRE(flow.plan(PlayStyle::couple, std::move(players), 3));
        REQUIRE(flow.begin_consent());
        flow.draft().length = {LengthUnit::cards, 3};
        REQUIRE(flow.start().started);
    }
    void play_and_end(bool favourite = false) {
        if (favourite) flow.session()->apply(Action::favourite());
        flow.session()->apply(Action::done());
        clock.advance_seconds(600);
        REQUIRE(flow.end());
    }
};

}  // namespace

TEST_CASE("The closeness check is asked of each player once, at the start and at the end, and kept") {
    Between b;
    CHECK_FALSE(b.flow.check_open(CheckMoment::start));
    CHECK_FALSE(b.flow.check_closeness(CheckMoment::start, 0, ClosenessAnswer{10, true}));
    b.start_couple();
    CHECK(b.flow.check_open(CheckMoment::start));
    CHECK_FALSE(b.flow.check_open(CheckMoment::end));
    CHECK(b.flow.next_check(CheckMoment::start) == 0u);
    CHECK(b.flow.check_closeness(CheckMoment::start, 0, ClosenessAnswer{30, true}));
    CHECK_FALSE(b.flow.check_closeness(CheckMoment::start, 0, ClosenessAnswer{90, true}));  // once
    CHECK(b.flow.next_check(CheckMoment::start) == 1u);
    CHECK(b.flow.check_closeness(CheckMoment::start, 1, std::nullopt));  // skipped
    CHECK_FALSE(b.flow.next_check(CheckMoment::start));
    CHECK_FALSE(b.flow.check_closeness(CheckMoment::end, 0, ClosenessAnswer{50, true}));  // not yet
    b.play_and_end();
    // Once a card was answered the start has passed.
    CHECK_FALSE(b.flow.check_open(CheckMoment::start));
    REQUIRE(b.store.between().nights.size() == 1);
    CHECK(b.flow.next_check(CheckMoment::end) == 0u);
    CHECK(b.flow.check_closeness(CheckMoment::end, 0, ClosenessAnswer{150, true}));  // clamped
    CHECK(b.flow.check_closeness(CheckMoment::end, 1, ClosenessAnswer{64, false}));
    const NightBetween& kept = b.store.between().nights.back();
    REQUIRE(kept.checks.size() == 2);
    CHECK(kept.checks[0] == PlayerCloseness{"Alex", ClosenessAnswer{30, true}, ClosenessAnswer{100, true}});
    CHECK(kept.checks[1] == PlayerCloseness{"Sam", std::nullopt, ClosenessAnswer{64, false}});
    CHECK(kept.ended_at == 1'700'000'600);
    CHECK_FALSE(kept.themes.empty());
    REQUIRE(b.flow.close());
    CHECK_FALSE(b.flow.check_closeness(CheckMoment::end, 1, ClosenessAnswer{1, true}));
}

TEST_CASE("A note is sealed until the next night together, shown once to the one it is for") {
    Between b;
    b.start_couple();
    CHECK(b.flow.notes_waiting(0).empty());
    CHECK_FALSE(b.flow.write_note(0, "too early"));  // only at the end
    b.play_and_end();
    CHECK_FALSE(b.flow.write_note(0, "   "));
    CHECK(b.flow.write_note(0, "Thank you for the story about the lighthouse."));
    CHECK(b.flow.note_written(0));
    CHECK_FALSE(b.flow.write_note(0, "a second one"));
    REQUIRE(b.flow.close());
    REQUIRE(b.store.between().notes.size() == 1);

    // A party the next day: no note there.
    b.clock.advance_seconds(day);
    REQUIRE(b.flow.plan(PlayStyle::party, {"Alex", "Sam", "Kim"}, 4));
    if (b.flow.start().started) {
        for (std::size_t player = 0; player < 3; ++player) CHECK(b.flow.notes_waiting(player).empty());
        CHECK_FALSE(b.flow.open_note(1));
        CHECK_FALSE(b.flow.check_open(CheckMoment::start));
        REQUIRE(b.flow.end());
        REQUIRE(b.flow.close());
    }
    // The next couple night: for Sam, not for Alex who wrote it, and only once.
    b.start_couple();
    CHECK(b.flow.notes_waiting(0).empty());
    REQUIRE(b.flow.notes_waiting(1).size() == 1);
    const std::optional<SealedNote> opened = b.flow.open_note(1);
    REQUIRE(opened);
    CHECK(opened->text == "Thank you for the story about the lighthouse.");
    CHECK(opened->from == "Alex");
    CHECK(b.store.between().notes.empty());  // gone from the file at once
    CHECK_FALSE(b.flow.open_note(1));
}

TEST_CASE("A favourite marked four weeks ago comes back once, as a card of the night, with when it was marked") {
    Between b;
    b.start_couple();
    const std::string marked = key_of(*b.flow.session()->view().card);
    b.play_and_end(true);
    REQUIRE(b.flow.close());
    REQUIRE(b.store.between().favourites.size() == 1);
    CHECK(b.store.between().favourites[0].key == marked);

    b.clock.advance_seconds(7 * day);
    b.start_couple();
    CHECK_FALSE(b.flow.favourite_back());  // a week is too soon
    b.play_and_end();
    REQUIRE(b.flow.close());

    b.clock.advance_seconds(28 * day);
    b.start_couple();
    REQUIRE(b.flow.favourite_back());
    CHECK(b.flow.favourite_back()->key == marked);
    Session& session = *b.flow.session();
    // Never the first card.
    CHECK_FALSE(session.view().card->favourite_marked_at);
    CHECK(key_of(*session.view().card) != marked);
    CHECK(b.store.between().favourites[0].returned_at == 0);
    session.apply(Action::done());
    // Three cards: the second is the only one in the first half after the first.
    REQUIRE(session.view().card);
    CHECK(key_of(*session.view().card) == marked);
    CHECK(session.view().card->favourite_marked_at == 1'700'000'600);
    CHECK_FALSE(b.flow.favourite_back());
    CHECK(b.store.between().favourites[0].returned_at != 0);  // recorded once shown
    session.apply(Action::done());
    REQUIRE(session.view().card);
    CHECK_FALSE(session.view().card->favourite_marked_at);
    b.clock.advance_seconds(600);
    REQUIRE(b.flow.end());
    REQUIRE(b.flow.close());

    b.clock.advance_seconds(30 * day);
    b.start_couple();
    CHECK_FALSE(b.flow.favourite_back());  // it came back already
}

TEST_CASE("Without a between store nothing between nights is offered") {
    std::vector<Deck> decks{generous_deck("two", {"play"}, 4)};
    FixedNightDecks source(decks);
    ManualClock clock;
    NightFlow flow(source, clock, {});
    REQUIRE(flow.plan(PlayStyle::couple, {"Alex", "Sam"}, 3));
    REQUIRE(flow.begin_consent());
    REQUIRE(flow.start().started);
    CHECK_FALSE(flow.check_open(CheckMoment::start));
    CHECK_FALSE(flow.next_check(CheckMoment::start));
    REQUIRE(flow.end());
    CHECK_FALSE(flow.write_note(0, "hello"));
    CHECK(flow.between_store() == nullptr);
}
