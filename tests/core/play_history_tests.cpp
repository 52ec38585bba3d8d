// The per-user play history: what is held back, favourites, fresh starts, and a damaged file.
#include "core/store/play_history.hpp"
#include "core/format/ui_strings.hpp"
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

TEST_CASE("A night is added with its favourite changes, old nights are dropped") {
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
    CHECK(loaded.notice.code.empty());
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
    const std::string notice = english_words(loaded.notice);
    CHECK(notice.find(path.string() + ":4:12: \"ended\" must be a whole number") != std::string::npos);
    CHECK(notice.find("history.yaml.corrupt-20231114-221320") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(path));
    CHECK(std::filesystem::exists(directory.path() / "history.yaml.corrupt-20231114-221320"));
}

TEST_CASE("A damaged history is explained in German to German players, located") {
    TemporaryDirectory directory;
    const auto path = directory.path() / "history.yaml";
    std::ofstream(path) << "kindling_history: 1\nnights:\n  - ended: yesterday\n";
    ManualClock clock(1'700'000'000);
    FileHistoryStore store(path, clock);
    const std::string notice = words(store.load().notice, load_ui_strings("de").strings);
    CHECK(notice == "Kindling konnte seinen Spielverlauf nicht lesen: " + path.string() +
                        ":3:12: \"ended\" muss eine ganze Zahl von 0 bis 9223372036854775807 sein, nicht \"yesterday\". "
                        "Er wurde als " + (directory.path() / "history.yaml.corrupt-20231114-221320").string() +
                        " aufbewahrt, und ein neuer Spielverlauf beginnt.");
}

TEST_CASE("What is wrong with a stored file is worded in German for German strings") {
    const UiStrings german = load_ui_strings("de").strings;
    const std::vector<std::pair<std::string, std::string>> cases{
        {"kindling_history: 2\nnights: []\n", "history.yaml:1:19: error: diese Datei stammt von einem neueren Kindling (Format 2); aktualisiere Kindling, um sie zu lesen"},
        {"- 1\n", "history.yaml:1:1: error: erwartet wurde ein Spielverlauf, aber die oberste Ebene ist keine Zuordnung"},
        {"nights: []\n", "history.yaml:1:1: error: erwartet wurde ein Spielverlauf, aber \"kindling_history\" fehlt"},
        {"kindling_history: 1\nnights: {a: 1}\n", "history.yaml:2:9: error: \"nights\" muss eine Liste sein, nicht eine Zuordnung"},
        {"kindling_history: 1\nnights: [5]\n", "history.yaml:2:10: error: \"nights\" muss eine Zuordnung sein, nicht \"5\""},
    };
    for (const auto& [text, expected] : cases) {
        INFO(text);
        DiagnosticList diagnostics("history.yaml");
        CHECK_FALSE(decode_history(text, diagnostics));
        REQUIRE_FALSE(diagnostics.items().empty());
        CHECK(format_diagnostic(diagnostics.items().front(), german) == expected);
    }
}

TEST_CASE("The history reader takes its fields from the description: optional ones may be absent, unknown ones are named") {
    DiagnosticList diagnostics("history.yaml");
    // favourites is optional in the description, nights required.
    const auto history = decode_history("kindling_history: 1\nnights:\n  - ended: 5\n    card: []\n", diagnostics);
    REQUIRE(history);
    CHECK(history->nights.size() == 1);
    CHECK(history->nights[0].ended_at == 5);
    REQUIRE(diagnostics.items().size() == 1);
    CHECK(format_diagnostic(diagnostics.items()[0]) ==
          "history.yaml:4:5: warning: unknown field \"card\" in a night of the play history; did you mean \"cards\"?");
    DiagnosticList missing("history.yaml");
    CHECK_FALSE(decode_history("kindling_history: 1\nfavourites: []\n", missing));
    REQUIRE(missing.items().size() == 1);
    CHECK(format_diagnostic(missing.items()[0]) == "history.yaml:1:1: error: missing required field \"nights\"");
}
