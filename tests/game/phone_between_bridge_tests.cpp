// Between nights on phones: a partner's closeness check and note from their own phone reach the
// night's flow through the bridge exactly as the TV's hand-over gives them, once, and only then.
#include "app/phone_bridge.hpp"
#include "core/session/night_flow.hpp"
#include "support/night_helpers.hpp"

#include <catch2/catch.hpp>

using namespace kindling;
using namespace kindling::testing;
using kindling::app::PhoneBridge;

namespace {

struct CoupleNight {
    CoupleNight()
        : decks{generous_deck("two", {"play", "closeness"}, 4)}, source(decks), clock(1'700'000'000),
          flow(source, clock, SessionStores{&history, nullptr, &store}) {
        REQUIRE(flow.plan(PlayStyle::couple, {"Alex", "Sam"}, 3));
        REQUIRE(flow.begin_consent());
        flow.draft().length = {LengthUnit::cards, 3};
        REQUIRE(flow.start().started);
    }
    std::vector<Deck> decks;
    FixedNightDecks source;
    ManualClock clock;
    MemoryHistoryStore history;
    MemoryBetweenStore store;
    NightFlow flow;
};

phones::PhoneEvent closeness(std::optional<int> seat, std::optional<int> value, bool share) {
    phones::PhoneEvent event;
    event.kind = phones::PhoneEvent::Kind::closeness;
    event.seat = seat;
    event.closeness = phones::ClosenessMessage{value, share};
    return event;
}

phones::PhoneEvent note(int seat, std::optional<std::string> text) {
    phones::PhoneEvent event;
    event.kind = phones::PhoneEvent::Kind::note;
    event.seat = seat;
    event.note = std::move(text);
    return event;
}

}  // namespace

TEST_CASE("A closeness check from a partner's phone is taken once per moment, a skip counts, others are refused") {
    CoupleNight night;
    CHECK_FALSE(PhoneBridge::give_closeness(closeness(std::nullopt, 40, false), CheckMoment::start, night.flow));
    CHECK_FALSE(PhoneBridge::give_closeness(closeness(0, 40, false), CheckMoment::end, night.flow));  // not yet
    phones::PhoneEvent wrong_kind = closeness(0, 40, false);
    wrong_kind.kind = phones::PhoneEvent::Kind::note;
    CHECK_FALSE(PhoneBridge::give_closeness(wrong_kind, CheckMoment::start, night.flow));

    CHECK(PhoneBridge::give_closeness(closeness(0, 40, true), CheckMoment::start, night.flow));
    CHECK_FALSE(PhoneBridge::give_closeness(closeness(0, 90, true), CheckMoment::start, night.flow));  // once
    // The other partner, without a phone, is next on the TV's hand-over.
    CHECK(night.flow.next_check(CheckMoment::start) == std::optional<std::size_t>(1));
    CHECK(PhoneBridge::give_closeness(closeness(1, std::nullopt, false), CheckMoment::start, night.flow));  // skipped
    CHECK_FALSE(night.flow.next_check(CheckMoment::start));
}

TEST_CASE("A note from a partner's phone is sealed only in the summary, once, and none declines it") {
    CoupleNight night;
    CHECK_FALSE(PhoneBridge::give_note(note(0, "see you soon"), night.flow));  // still in the cards
    night.flow.session()->apply(Action::done());
    night.clock.advance_seconds(600);
    REQUIRE(night.flow.end());
    CHECK(PhoneBridge::give_note(note(0, "see you soon"), night.flow));
    CHECK(night.flow.note_written(0));
    CHECK_FALSE(PhoneBridge::give_note(note(0, "again"), night.flow));
    CHECK(PhoneBridge::give_note(note(1, std::nullopt), night.flow));
    CHECK_FALSE(night.flow.next_note_writer());
}
