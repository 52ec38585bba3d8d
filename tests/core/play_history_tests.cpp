// The per-user play history: what is held back, favourites, fresh starts, and a damaged file.
#include "core/store/play_history.hpp"
#include "support/fixtures.hpp"

#include <catch2/catch.hpp>

#include <fstream>

using namespace kindling;
using namespace kindling::testing;

TEST_CASE("Cards of the most recent nights are held back, favourites optionally excepted") {
    PlayHistory history;
    history.nights = {{100, {"d/old"}}, {200, {"d/a", "d/b"}}, {300, {"d/c"}}};
    history.favourites = {"d/b"};
    CHECK(held_back_cards(history, 0, false).empty());
    CHECK(held_back_cards(history, 2, false) == std::unordered_set<std::string>{"d/a", "d/b", "d/c"});
    CHECK(held_back_cards(history, 2, true) == std::unordered_set<std::string>{"d/a", "d/c"});
    CHECK(held_back_cards(history, 10, false).size() == 4);
}

TEST_CASE("A night is added with its favourite changes; old nights are dropped") {
    PlayHistory history;
    history.favourites = {"d/keep", "d/drop"};
    for (std::size_t i = 0; i < max_nights_in_history + 5; ++i) {
        history = with_night(history, {static_cast<std::int64_t>(i), {"d/" + std::to_string(i)}}, {});
    }
    CHECK(history.nights.size() == max_nights_in_history);
    CHECK(history.nights.front().ended_at == 5);
    const std::vector<FavouriteChange> changes{{"d/drop", false}, {"d/new", true}, {"d/keep", true}};
    history = with_night(history, {}, changes);
    CHECK(history.favourites == std::vector<std::string>{"d/keep", "d/new"});
    CHECK(fresh_start(history, true).nights.empty());
    CHECK(fresh_start(history, true).favourites.size() == 2);
    CHECK(fresh_start(history, false) == PlayHistory{});
}

TEST_CASE("The history file round-trips and lives under the XDG data folder") {
    TemporaryDirectory directory;
    ManualClock clock;
    FileHistoryStore store(directory.path() / "kindling" / "history.yaml", clock);
    CHECK(store.load().history == PlayHistory{});  // no file yet: an empty history, no notice
    PlayHistory history;
    history.nights = {{1'700'000'000, {"inner-world/dream-untold", "play/~00ff00ff00ff00ff"}}, {1'700'100'000, {}}};
    history.favourites = {"gratitude/\"odd\" id: #1"};
    REQUIRE(store.save(history));
    const LoadedHistory loaded = store.load();
    CHECK(loaded.notice.empty());
    CHECK(loaded.history == history);
    CHECK(default_history_path().filename() == "history.yaml");
    REQUIRE(start_fresh(store, true));
    CHECK(store.load().history.nights.empty());
    CHECK(store.load().history.favourites == history.favourites);
    CHECK(default_history_path().parent_path().filename() == "kindling");
}

TEST_CASE("A damaged history file is set aside with a located message and a new one starts") {
    TemporaryDirectory directory;
    const auto path = directory.path() / "history.yaml";
    std::ofstream(path) << "kindling_history: 1\nfavourites: []\nnights:\n  - ended: yesterday\n    cards: []\n";
    ManualClock clock(1'700'000'000);
    FileHistoryStore store(path, clock);
    const LoadedHistory loaded = store.load();
    CHECK(loaded.history == PlayHistory{});
    CHECK(loaded.notice.find(path.string() + ":4:12: error: \"ended\" must be a whole number") != std::string::npos);
    CHECK(loaded.notice.find("history.yaml.corrupt-20231114-221320") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(path));
    CHECK(std::filesystem::exists(directory.path() / "history.yaml.corrupt-20231114-221320"));
}
