// The built-in decks keep the promises of the content brief, checked through `kindling-deck
// stats` as a deck author would check them.
#include "support/fixtures.hpp"
#include "support/run_command.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace kindling::testing;

namespace {

nlohmann::json builtin_stats() {
    const CommandResult result = run_command(shell_quote(KINDLING_DECK_TOOL) + " stats --format json " +
                                             shell_quote((data_directory() / "decks").string()));
    REQUIRE(result.exit_code == 0);
    return nlohmann::json::parse(result.output);
}

const nlohmann::json& deck(const nlohmann::json& stats, const std::string& id) {
    for (const auto& entry : stats["per_deck"]) {
        if (entry["id"] == id) return entry;
    }
    FAIL("no built-in deck with id " << id);
    throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("Each of the six theme decks has at least 50 cards, 12 per level, all of its theme") {
    const nlohmann::json stats = builtin_stats();
    for (const std::string theme : {"inner-world", "quality-time", "gratitude", "kind-words", "closeness", "play"}) {
        INFO(theme);
        const auto& entry = deck(stats, theme);
        CHECK(entry["cards"].get<int>() >= 50);
        for (const char* level : {"1", "2", "3"}) CHECK(entry["by_level"][level].get<int>() >= 12);
        CHECK(entry["by_theme"][theme] == entry["cards"]);
    }
}

TEST_CASE("The party deck has at least 60 cards, every one fine with friends around") {
    const nlohmann::json stats = builtin_stats();
    const auto& party = deck(stats, "party");
    CHECK(party["cards"].get<int>() >= 60);
    CHECK(party["by_intensity"]["company"] == party["cards"]);
    CHECK(party["by_kind"]["gesture"] == 0);
    CHECK(party["by_kind"]["vote"].get<int>() >= 10);
}

TEST_CASE("The Closeness Ladder is three sets of twelve questions that both answer") {
    const nlohmann::json stats = builtin_stats();
    const auto& ladder = deck(stats, "closeness-ladder");
    CHECK(ladder["cards"] == 36);
    CHECK(ladder["by_kind"]["question"] == 36);
    CHECK(ladder["by_answers"]["both"] == 36);
    for (const char* level : {"1", "2", "3"}) CHECK(ladder["by_level"][level] == 12);
}

TEST_CASE("Kind Words has at least 95 cards, a dozen of them fine with friends around") {
    const nlohmann::json stats = builtin_stats();
    const auto& kind_words = deck(stats, "kind-words");
    CHECK(kind_words["cards"].get<int>() >= 95);
    CHECK(kind_words["by_intensity"]["company"].get<int>() >= 12);
}

TEST_CASE("Repair & Reconnect has at least 75 kind-words cards, 12 per level, in many kinds") {
    const nlohmann::json stats = builtin_stats();
    const auto& repair = deck(stats, "repair");
    CHECK(repair["title"] == "Repair & Reconnect");
    CHECK(repair["cards"].get<int>() >= 75);
    for (const char* level : {"1", "2", "3"}) CHECK(repair["by_level"][level].get<int>() >= 12);
    CHECK(repair["by_theme"]["kind-words"] == repair["cards"]);
    for (const char* kind : {"question", "feeling", "gratitude", "gesture", "activity"}) {
        INFO(kind);
        CHECK(repair["by_kind"][kind].get<int>() >= 3);
    }
}

TEST_CASE("Kind Words and Repair & Reconnect are translated into German card for card") {
    const nlohmann::json stats = builtin_stats();
    for (const std::string base : {"kind-words", "repair"}) {
        INFO(base);
        bool found = false;
        for (const auto& translation : stats["per_translation"]) {
            if (translation["translation_of"] != base || translation["language"] != "de") continue;
            found = true;
            CHECK(translation["translated"] == translation["base_cards"]);
            CHECK(translation["base_cards"] == deck(stats, base)["cards"]);
        }
        CHECK(found);
    }
}
