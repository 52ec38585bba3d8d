// A favourite that comes back as a card of a couple's night (issue 18): the window it is dealt
// in, and, over many random nights through the night's flow, that it never comes back before four
// weeks, never twice, never at a party, never as the first card or after half the night, never
// outside the night's choices or anyone's limits; that it comes back when it fits, and that a
// night it does not fit leaves it waiting.
#include "core/night/favourite_return.hpp"
#include "core/session/night_flow.hpp"
#include "core/store/saved_night.hpp"
#include "support/night_helpers.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

using namespace kindling;
using namespace kindling::testing;

namespace {

constexpr std::int64_t day = 24 * 60 * 60;
constexpr std::int64_t start_time = 1'700'000'000;
const std::vector<std::string> themes{"play", "closeness", "gratitude"};
constexpr Intensity intensities[]{Intensity::company, Intensity::personal, Intensity::private_};

// Two cards of every theme, depth and intensity, kinds cycling.
Deck varied_deck() {
    std::vector<Card> cards;
    int n = 0;
    for (const std::string& theme : themes) {
        for (int level = 1; level <= 3; ++level) {
            for (const Intensity intensity : intensities) {
                for (int copy = 0; copy < 2; ++copy, ++n) {
                    const CardKind kind = all_card_kinds[static_cast<std::size_t>(n) % 4];
                    cards.push_back(card(theme + "-" + std::to_string(level) + "-" +
                                             std::to_string(static_cast<int>(intensity)) + "-" + std::to_string(copy),
                                         kind, theme, level, intensity));
                }
            }
        }
    }
    return deck("varied", std::move(cards));
}

struct Table {
    explicit Table(Card favourite_card, std::int64_t marked_at, std::int64_t returned_at = 0)
        : decks{varied_deck()}, source(decks), clock(start_time), favourite(std::move(favourite_card)),
          key(card_key("varied", favourite)) {
        history.save({{}, {key}});
        BetweenNights between;
        between.favourites = {{key, favourite.text, marked_at, returned_at}};
        store.save(between);
    }
    std::vector<Deck> decks;
    FixedNightDecks source;
    ManualClock clock;
    MemoryHistoryStore history;
    MemoryBetweenStore store;
    NightFlow flow{source, clock, SessionStores{&history, nullptr, &store}};
    Card favourite;
    std::string key;

    [[nodiscard]] std::int64_t returned_at() const { return store.between().favourites.at(0).returned_at; }
};

// What one night showed of the favourite.
struct NightSeen {
    bool started = false;
    int marked_cards = 0;              // deals of the card with the mark
    std::size_t turn = 0;              // cards played before it came back
    std::int64_t active_ms_at = 0;     // time played when it came back
    bool reached_half = false;         // the night went on past its first half
};

struct NightChoice {
    SessionSetup setup;
    std::vector<ConsentLimits> limits;
    bool party = false;
};

NightChoice random_night(std::mt19937_64& random) {
    const auto pick = [&](int below) { return static_cast<int>(random() % static_cast<std::uint64_t>(below)); };
    NightChoice night;
    night.party = pick(8) == 0;
    night.setup = couple(3 + pick(14), random());
    if (pick(4) == 0) night.setup.length = {LengthUnit::minutes, 10 + pick(50)};
    for (const std::string& theme : themes) {
        if (pick(3) == 0) night.setup.themes.push_back(theme);
    }
    night.setup.min_level = 1 + pick(3);
    night.setup.max_level = std::max(night.setup.min_level, 1 + pick(3));
    night.setup.intensity_limit = intensities[pick(3)];
    night.setup.hold_back_nights = 0;
    for (int player = 0; player < 2; ++player) {
        ConsentLimits limits;
        limits.max_intensity = intensities[pick(3) == 0 ? pick(3) : 2];
        if (pick(4) == 0) limits.skip_themes.push_back(themes[static_cast<std::size_t>(pick(3))]);
        if (pick(6) == 0) limits.skip_kinds.push_back(all_card_kinds[static_cast<std::size_t>(pick(4))]);
        night.limits.push_back(limits);
    }
    return night;
}

bool fits(const Card& card, const NightChoice& night) {
    const SessionSetup& setup = night.setup;
    if (!setup.themes.empty() && std::find(setup.themes.begin(), setup.themes.end(), card.theme) == setup.themes.end()) {
        return false;
    }
    if (card.level < setup.min_level || card.level > setup.max_level || card.intensity > setup.intensity_limit) return false;
    ConsentBook book(night.limits.size());
    for (std::size_t i = 0; i < night.limits.size(); ++i) book.set_limits(i, night.limits[i]);
    const std::vector<std::size_t> both{0, 1};
    return book.allows(card, both);
}

// Plays a night to its end: mostly done, sometimes a swap; time passes on every card.
NightSeen play_night(Table& table, const NightChoice& night, std::mt19937_64& random) {
    NightSeen seen;
    NightFlow& flow = table.flow;
    if (night.party) {
        REQUIRE(flow.plan(PlayStyle::party, {"Alex", "Sam", "Kim"}, night.setup.seed));
        flow.draft().length = night.setup.length;
    } else {
        REQUIRE(flow.plan(PlayStyle::couple, {"Alex", "Sam"}, night.setup.seed));
        REQUIRE(flow.begin_consent());
        for (std::size_t i = 0; i < night.limits.size(); ++i) REQUIRE(flow.set_limits(i, night.limits[i]));
        SessionSetup& draft = flow.draft();
        draft.length = night.setup.length;
        draft.themes = night.setup.themes;
        draft.min_level = night.setup.min_level;
        draft.max_level = night.setup.max_level;
        draft.intensity_limit = night.setup.intensity_limit;
        draft.hold_back_nights = night.setup.hold_back_nights;
    }
    seen.started = flow.start().started;
    if (!seen.started) return seen;
    Session& session = *flow.session();
    for (int step = 0; step < 200 && !session.finished(); ++step) {
        const SessionView view = session.view();
        REQUIRE(view.card);
        if (view.card->favourite_marked_at) {
            ++seen.marked_cards;
            seen.turn = view.cards_played;
            seen.active_ms_at = view.elapsed_ms;
            CHECK(key_of(*view.card) == table.key);
            // Recorded as come back as soon as it is on the table.
            CHECK(table.returned_at() != 0);
        }
        const NightProgress progress = night.setup.length.unit == LengthUnit::cards
                                           ? NightProgress{static_cast<std::int64_t>(view.cards_played), night.setup.length.amount}
                                           : NightProgress{view.elapsed_ms, night.setup.length.amount * 60'000LL};
        if (progress.done * 2 >= progress.total) seen.reached_half = true;
        table.clock.advance_seconds(60 + static_cast<std::int64_t>(random() % 240));
        session.apply(random() % 5 == 0 ? Action::swap() : Action::done());
    }
    REQUIRE(flow.end());
    REQUIRE(flow.close());
    return seen;
}

}  // namespace

TEST_CASE("The favourite's window: never the first card, from the seed's point, before half the night") {
    for (int earliest = 0; earliest <= 2; ++earliest) {
        CHECK_FALSE(in_favourite_return_window({0, 10}, 0, earliest));
        CHECK_FALSE(in_favourite_return_window({5, 10}, 5, earliest));
        CHECK(in_favourite_return_window({4, 10}, 4, earliest));
        CHECK_FALSE(in_favourite_return_window({1, 2}, 1, earliest));  // two cards: no first half after the first
    }
    CHECK(in_favourite_return_window({1, 10}, 1, 0));
    CHECK_FALSE(in_favourite_return_window({2, 10}, 2, 2));  // 2/10 is before a quarter
    CHECK(in_favourite_return_window({3, 10}, 3, 2));
    // Timed: by the time played, never on the first card however late it is.
    CHECK_FALSE(in_favourite_return_window({400'000, 1'800'000}, 0, 1));
    CHECK(in_favourite_return_window({400'000, 1'800'000}, 2, 1));
    CHECK_FALSE(in_favourite_return_window({900'000, 1'800'000}, 4, 1));
    for (std::uint64_t seed = 0; seed < 64; ++seed) {
        const int earliest = favourite_return_earliest_eighths(seed * 0x9e3779b97f4a7c15ULL);
        CHECK(earliest >= 0);
        CHECK(earliest <= 2);
    }
}

TEST_CASE("Property: a favourite comes back in a couple night only after four weeks, once, within the night's limits") {
    std::mt19937_64 random(18);
    int came_back = 0;
    int stayed_waiting = 0;
    for (int round = 0; round < 250; ++round) {
        CAPTURE(round);
        const std::string theme = themes[random() % 3];
        const int level = 1 + static_cast<int>(random() % 3);
        const Intensity intensity = intensities[random() % 3];
        const Deck all = varied_deck();
        const auto found = std::find_if(all.cards.begin(), all.cards.end(), [&](const Card& c) {
            return c.theme == theme && c.level == level && c.intensity == intensity;
        });
        REQUIRE(found != all.cards.end());
        const std::int64_t age = static_cast<std::int64_t>(random() % 60) * day + static_cast<std::int64_t>(random() % day);
        const bool came_back_before = random() % 6 == 0;
        Table table(*found, start_time - age, came_back_before ? start_time - 2 * day : 0);

        // Two nights a month apart: across both it comes back at most once.
        int marked_in_all = 0;
        for (int night_number = 0; night_number < 2; ++night_number) {
            CAPTURE(night_number);
            const std::int64_t waited = table.clock.unix_seconds() - (start_time - age);
            const std::int64_t returned_before = table.returned_at();
            const NightChoice night = random_night(random);
            CAPTURE(night.party, night.setup.length.amount, night.setup.themes, night.setup.min_level, night.setup.max_level);
            const NightSeen seen = play_night(table, night, random);
            marked_in_all += seen.marked_cards;
            CHECK(seen.marked_cards <= 1);
            if (seen.marked_cards > 0) {
                ++came_back;
                CHECK(waited >= favourite_return_after_seconds);  // never before four weeks
                CHECK_FALSE(night.party);                           // never at a party
                CHECK(returned_before == 0);                        // never twice
                CHECK(fits(table.favourite, night));                // never outside the limits
                CHECK(seen.turn >= 1);                              // never the first card
                if (night.setup.length.unit == LengthUnit::cards) {
                    CHECK(seen.turn * 2 < static_cast<std::size_t>(night.setup.length.amount));
                } else {
                    CHECK(seen.active_ms_at * 2 < night.setup.length.amount * 60'000LL);
                }
            } else if (returned_before == 0) {
                // Not tonight: it stays waiting for another night.
                CHECK(table.returned_at() == 0);
                ++stayed_waiting;
            }
            // When it may come back and fits, a night counted in cards that reaches its second
            // half brings it (two cards or fewer have no room after the first card).
            const bool due = returned_before == 0 && waited >= favourite_return_after_seconds && !night.party;
            if (due && seen.started && fits(table.favourite, night) && night.setup.length.unit == LengthUnit::cards &&
                night.setup.length.amount >= 3 && seen.reached_half) {
                CHECK(seen.marked_cards == 1);
            }
            table.clock.advance_seconds(30 * day);
        }
        CHECK(marked_in_all <= (came_back_before ? 0 : 1));
    }
    // The rounds really tried both outcomes.
    CHECK(came_back > 20);
    CHECK(stayed_waiting > 20);
}

TEST_CASE("A favourite swapped away has had its one return") {
    const Deck all = varied_deck();
    Table table(all.cards.front(), start_time - 40 * day);
    REQUIRE(table.flow.plan(PlayStyle::couple, {"Alex", "Sam"}, 5));
    REQUIRE(table.flow.begin_consent());
    table.flow.draft().length = {LengthUnit::cards, 12};
    REQUIRE(table.flow.start().started);
    REQUIRE(table.flow.favourite_back());
    Session& session = *table.flow.session();
    CHECK_FALSE(session.view().card->favourite_marked_at);  // never the first card
    for (int turn = 0; turn < 6 && !session.view().card->favourite_marked_at; ++turn) session.apply(Action::done());
    REQUIRE(session.view().card->favourite_marked_at == start_time - 40 * day);
    CHECK_FALSE(table.flow.favourite_back());
    CHECK(table.returned_at() != 0);
    session.apply(Action::swap());
    while (!session.finished()) {
        CHECK_FALSE(session.view().card->favourite_marked_at);
        CHECK(key_of(*session.view().card) != table.key);
        session.apply(Action::done());
    }
    REQUIRE(table.flow.end());
    REQUIRE(table.flow.close());
    table.clock.advance_seconds(40 * day);
    REQUIRE(table.flow.plan(PlayStyle::couple, {"Alex", "Sam"}, 6));
    REQUIRE(table.flow.begin_consent());
    REQUIRE(table.flow.start().started);
    CHECK_FALSE(table.flow.favourite_back());
}

TEST_CASE("A favourite come back keeps its mark in a night kept for later") {
    NightState night;
    night.seats.resize(2);
    night.current = "varied/play-1-0-0";
    night.favourite_back = "varied/play-1-0-0";
    night.favourite_back_marked_at = start_time - 30 * day;
    SavedNight saved{couple(8), night, start_time};
    DiagnosticList diagnostics("night.yaml");
    const std::optional<SavedNight> back = decode_saved_night(encode_saved_night(saved), diagnostics);
    std::string problems;
    for (const Diagnostic& item : diagnostics.items()) problems += item.message + "\n";
    INFO(problems);
    REQUIRE(back);
    CHECK(*back == saved);
    CHECK(back->night.favourite_back == night.favourite_back);
    CHECK(back->night.favourite_back_marked_at == night.favourite_back_marked_at);
}
