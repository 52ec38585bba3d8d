// The built-in decks keep the promises of the content brief, checked through `kindling-deck
// stats` as a deck author would check them.
#include "core/deck/deck_reader.hpp"
#include "support/fixtures.hpp"
#include "support/run_command.hpp"

#include <algorithm>
#include <map>

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

// The built-in decks as the core reads them, for counts `stats` does not give (tags, kinds per level).
std::vector<kindling::Deck> builtin_decks() {
    std::vector<kindling::Deck> decks;
    for (const auto& file : files_with_extension(data_directory() / "decks", ".yaml")) {
        if (file.stem().extension() == ".de") continue;  // translations
        kindling::DeckReadResult read = kindling::read_deck_file(file);
        REQUIRE(read.error_count() == 0);
        decks.push_back(std::move(read.deck));
    }
    REQUIRE(decks.size() >= 9);
    return decks;
}

bool has_tag(const kindling::Card& card, const std::string& tag) {
    return std::find(card.tags.begin(), card.tags.end(), tag) != card.tags.end();
}

std::size_t count_cards(const std::vector<kindling::Deck>& decks, const auto& holds) {
    std::size_t count = 0;
    for (const auto& deck : decks) count += static_cast<std::size_t>(std::count_if(deck.cards.begin(), deck.cards.end(), [&](const auto& card) { return holds(deck, card); }));
    return count;
}

}  // namespace

TEST_CASE("The built-in decks hold at least 800 cards, every deck at least 12 per level") {
    const nlohmann::json stats = builtin_stats();
    CHECK(stats["cards"].get<int>() >= 800);
    for (const auto& entry : stats["per_deck"]) {
        INFO(entry["id"]);
        if (entry["id"] == "follow-up") continue;  // follow-up prompts are never dealt by level
        for (const char* level : {"1", "2", "3"}) CHECK(entry["by_level"][level].get<int>() >= 12);
    }
}

TEST_CASE("The follow-up deck holds at least 40 prompts, kept apart for Dig deeper") {
    const std::vector<kindling::Deck> decks = builtin_decks();
    const auto follow_up = std::find_if(decks.begin(), decks.end(), [](const kindling::Deck& d) { return d.id == "follow-up"; });
    REQUIRE(follow_up != decks.end());
    CHECK(follow_up->purpose == kindling::DeckPurpose::follow_up);
    CHECK(follow_up->cards.size() >= 40);
    for (const kindling::Card& card : follow_up->cards) {
        INFO(card.text);
        CHECK_FALSE(card.id.empty());  // so its translation and the saved night can name it
        CHECK(card.intensity == kindling::Intensity::company);
    }
    // No other built-in deck is one.
    CHECK(std::count_if(decks.begin(), decks.end(),
                        [](const kindling::Deck& d) { return d.purpose == kindling::DeckPurpose::follow_up; }) == 1);
}

TEST_CASE("The thin places of the first edition are filled") {
    const auto decks = builtin_decks();
    using kindling::Card;
    using kindling::Deck;
    // Level-3 guesses, for couples who know each other well.
    CHECK(count_cards(decks, [](const Deck&, const Card& card) { return card.kind == kindling::CardKind::guess && card.level == 3; }) >= 15);
    // Kind words a party night can touch: company-safe cards of the kind-words theme.
    CHECK(count_cards(decks, [](const Deck&, const Card& card) {
              return card.theme == "kind-words" && card.intensity == kindling::Intensity::company;
          }) >= 12);
    // Cooperative challenges against the clock, and gestures that ask for little touch.
    CHECK(count_cards(decks, [](const Deck&, const Card& card) { return has_tag(card, "beat-the-clock") && card.timer_seconds; }) >= 12);
    CHECK(count_cards(decks, [](const Deck&, const Card& card) {
              return has_tag(card, "low-touch") && card.kind == kindling::CardKind::gesture;
          }) >= 12);
    // Cards that work over a video call, which a night's set-up can ask for.
    CHECK(count_cards(decks, [](const Deck&, const Card& card) { return has_tag(card, "apart"); }) >= 60);
    // Planning homework stays at most a fifth of quality time.
    for (const auto& deck : decks) {
        if (deck.id != "quality-time") continue;
        const auto plans = std::count_if(deck.cards.begin(), deck.cards.end(), [](const Card& card) { return has_tag(card, "plans"); });
        CHECK(static_cast<std::size_t>(plans) * 5 <= deck.cards.size());
    }
}

TEST_CASE("Party has at least 130 cards and 25 at level 3") {
    const nlohmann::json stats = builtin_stats();
    const auto& party = deck(stats, "party");
    CHECK(party["cards"].get<int>() >= 130);
    CHECK(party["by_level"]["3"].get<int>() >= 25);
}

TEST_CASE("Every built-in deck is in German card for card") {
    const nlohmann::json stats = builtin_stats();
    for (const auto& entry : stats["per_deck"]) {
        const std::string base = entry["id"];
        INFO(base);
        bool found = false;
        for (const auto& translation : stats["per_translation"]) {
            if (translation["translation_of"] != base || translation["language"] != "de") continue;
            found = true;
            CHECK(translation["translated"] == translation["base_cards"]);
            CHECK(translation["base_cards"] == entry["cards"]);
        }
        CHECK(found);
    }
}

TEST_CASE("Each of the six theme decks has at least 95 cards, 12 per level, all of its theme") {
    const nlohmann::json stats = builtin_stats();
    for (const std::string theme : {"inner-world", "quality-time", "gratitude", "kind-words", "closeness", "play"}) {
        INFO(theme);
        const auto& entry = deck(stats, theme);
        CHECK(entry["cards"].get<int>() >= 95);
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
    CHECK(party["by_kind"]["write"].get<int>() >= 12);  // a write round now and then (issue 15)
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
