// Property tests over thousands of random records of what waits between nights: notes are never
// shown to their writer, never twice, never in a party night, never before a later night
// together; a favourite comes back only after four weeks, only while still a favourite, at most
// once; the chart shows a moment's closeness only when everyone shared it.
#include "core/store/between_rules.hpp"
#include "core/text/random.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace kindling;

namespace {

constexpr int worlds = 5'000;
const std::vector<std::string> names{"Alex", "Sam", "Kim", "Noor"};
constexpr std::int64_t day = 24 * 60 * 60;

const std::string& any_name(Random& random) { return names[random.below(static_cast<std::uint32_t>(names.size()))]; }

BetweenNights random_record(Random& random, std::int64_t now) {
    BetweenNights between;
    const std::uint32_t notes = random.below(6);
    for (std::uint32_t i = 0; i < notes; ++i) {
        between.notes.push_back({any_name(random), any_name(random), "note " + std::to_string(i),
                                 now - static_cast<std::int64_t>(random.below(60)) * day + static_cast<std::int64_t>(random.below(3)) - 1});
    }
    const std::uint32_t favourites = random.below(6);
    for (std::uint32_t i = 0; i < favourites; ++i) {
        const std::int64_t marked = now - static_cast<std::int64_t>(random.below(60)) * day - random.below(2);
        between.favourites.push_back({"deck/card-" + std::to_string(i), "card", marked,
                                      random.below(3) == 0 ? marked + day : 0});
    }
    return between;
}

}  // namespace

TEST_CASE("Notes are shown only to the one they are for, once, in a later couple night with the writer") {
    Random random(18);
    for (int world = 0; world < worlds; ++world) {
        const std::int64_t now = 1'800'000'000 + world;
        BetweenNights between = random_record(random, now);
        const bool party = random.below(4) == 0;
        std::vector<std::string> tonight{any_name(random), any_name(random)};
        for (const std::string& reader : names) {
            std::vector<SealedNote> shown_to_reader;
            // Open every note waiting, one at a time, as the flow does.
            for (int guard = 0; guard < 10; ++guard) {
                const std::vector<SealedNote> waiting = notes_for(between, reader, tonight, now, party);
                if (waiting.empty()) break;
                const SealedNote& note = waiting.front();
                CHECK_FALSE(party);
                CHECK(note.to == reader);
                CHECK(note.from != reader);
                CHECK(std::find(tonight.begin(), tonight.end(), note.from) != tonight.end());
                CHECK(std::find(tonight.begin(), tonight.end(), reader) != tonight.end());
                CHECK(note.written_at <= now);
                const std::size_t before = between.notes.size();
                between = without_note(std::move(between), note);
                CHECK(between.notes.size() + 1 == before);
                shown_to_reader.push_back(note);
            }
            // Never twice: a note opened is waiting for nobody, on any later night.
            for (const SealedNote& opened : shown_to_reader) {
                CHECK(std::find(between.notes.begin(), between.notes.end(), opened) == between.notes.end());
                for (const std::string& other : names) {
                    const std::vector<SealedNote> again = notes_for(between, other, tonight, now + day, false);
                    CHECK(std::find(again.begin(), again.end(), opened) == again.end());
                }
            }
        }
    }
}

TEST_CASE("A note written tonight stays sealed until a later night") {
    BetweenNights between;
    between.notes.push_back({"Alex", "Sam", "see you", 1'000});
    const std::vector<std::string> couple{"Alex", "Sam"};
    CHECK(notes_for(between, "Sam", couple, 999, false).empty());
    CHECK(notes_for(between, "Sam", couple, 1'000, false).size() == 1);
    CHECK(notes_for(between, "Alex", couple, 5'000, false).empty());
    CHECK(notes_for(between, "Sam", couple, 5'000, true).empty());
    CHECK(notes_for(between, "Sam", {{"Sam", "Kim"}}, 5'000, false).empty());
    CHECK(notes_for(between, "Sam", couple, 5'000, false).size() == 1);
}

TEST_CASE("A favourite comes back only four weeks after it was marked, while still a favourite, at most once") {
    Random random(28);
    for (int world = 0; world < worlds; ++world) {
        const std::int64_t now = 1'800'000'000 + world;
        BetweenNights between = random_record(random, now);
        std::vector<std::string> still;
        for (const FavouriteMoment& favourite : between.favourites) {
            if (random.below(4) != 0) still.push_back(favourite.key);
        }
        const bool party = random.below(5) == 0;
        std::vector<std::string> came_back;
        std::int64_t night = now;
        // Many later nights: each gives at most one, each favourite at most once.
        for (int later = 0; later < 12; ++later, night += 3 * day) {
            const std::optional<FavouriteMoment> back = favourite_coming_back(between, still, night, party);
            if (!back) continue;
            CHECK_FALSE(party);
            CHECK(night - back->marked_at >= favourite_return_after_seconds);
            CHECK(back->returned_at == 0);
            CHECK(std::find(still.begin(), still.end(), back->key) != still.end());
            CHECK(std::find(came_back.begin(), came_back.end(), back->key) == came_back.end());
            // The one waiting longest comes first.
            for (const FavouriteMoment& other : between.favourites) {
                if (other.returned_at == 0 && night - other.marked_at >= favourite_return_after_seconds &&
                    std::find(still.begin(), still.end(), other.key) != still.end()) {
                    CHECK(back->marked_at <= other.marked_at);
                }
            }
            came_back.push_back(back->key);
            between = with_favourite_returned(std::move(between), back->key, night);
        }
    }
}

TEST_CASE("Favourite marks keep their first time and forget un-marked cards") {
    BetweenNights between;
    const std::vector<FavouriteMark> first{{"d/a", "A", "", CardKind::question, true}, {"d/b", "B", "", CardKind::question, true}};
    between = with_favourite_marks(std::move(between), first, 100);
    const std::vector<FavouriteMark> second{{"d/a", "A", "", CardKind::question, true}, {"d/b", "B", "", CardKind::question, false}};
    between = with_favourite_marks(std::move(between), second, 900);
    REQUIRE(between.favourites.size() == 1);
    CHECK(between.favourites[0].key == "d/a");
    CHECK(between.favourites[0].marked_at == 100);
}

TEST_CASE("The chart shows a moment's closeness only when everyone who answered shared it") {
    Random random(1992);
    for (int world = 0; world < worlds; ++world) {
        NightBetween night;
        const std::uint32_t players = 1 + random.below(3);
        for (std::uint32_t i = 0; i < players; ++i) {
            PlayerCloseness check{names[i], std::nullopt, std::nullopt};
            if (random.below(4) != 0) check.before = ClosenessAnswer{static_cast<int>(random.below(101)), random.below(3) != 0};
            if (random.below(4) != 0) check.after = ClosenessAnswer{static_cast<int>(random.below(101)), random.below(3) != 0};
            night.checks.push_back(check);
        }
        const VisibleCloseness visible = visible_closeness(night);
        const auto all_shared = [&](bool before) {
            return std::all_of(night.checks.begin(), night.checks.end(), [&](const PlayerCloseness& c) {
                const auto& answer = before ? c.before : c.after;
                return answer && answer->shared;
            });
        };
        for (const bool before : {true, false}) {
            const std::vector<int>& shown = before ? visible.before : visible.after;
            if (!all_shared(before) || players < 2) {
                CHECK(shown.empty());
                continue;
            }
            REQUIRE(shown.size() == players);
            for (std::uint32_t i = 0; i < players; ++i) {
                CHECK(shown[i] == (before ? night.checks[i].before : night.checks[i].after)->value);
            }
        }
    }
}
