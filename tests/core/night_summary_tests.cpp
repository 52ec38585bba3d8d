// The end-of-night summary, its Markdown export, and `kindling-deck simulate`'s lines.
#include "core/session/night_simulation.hpp"
#include "core/night/night_summary.hpp"
#include "support/fixtures.hpp"
#include "support/night_helpers.hpp"

#include <catch2/catch.hpp>

using namespace kindling;
using namespace kindling::testing;

TEST_CASE("The summary counts cards per theme and kind and lists tonight's favourites") {
    NightState night;
    night.active_ms = 47 * 60'000 + 40'000;
    night.end_reason = EndReason::completed;
    night.played = {{"d/a", "d", "A", "play", "Play", CardKind::dare, 1, Intensity::company, 0},
                    {"d/b", "d", "B", "gratitude", "Gratitude and affirmation", CardKind::gratitude, 1,
                     Intensity::company, 1},
                    {"d/c", "d", "C", "play", "Play", CardKind::vote, 2, Intensity::company, 0}};
    night.favourites = {{"d/a", "Bark *twice*", "Play", CardKind::dare, true},
                        {"d/x", "Un-marked", "Play", CardKind::dare, false}};
    const NightSummary summary = summarise_night(night, "game-night", "Game Night", {});
    CHECK(summary.cards_played == 3);
    CHECK(summary.themes == std::vector<Tally>{{"play", "Play", 2}, {"gratitude", "Gratitude and affirmation", 1}});
    CHECK(summary.kinds ==
          std::vector<Tally>{{"dare", "Dares", 1}, {"gratitude", "Gratitude", 1}, {"vote", "Votes", 1}});
    REQUIRE(summary.favourites.size() == 1);
    CHECK(summary.minutes == 48);
    const std::string markdown = summary_markdown(summary);
    CHECK(markdown ==
          "# Our Kindling night\n\n"
          "- Way of playing: Game Night\n"
          "- Cards played: 3\n"
          "- Time together: 48 minutes\n"
          "\n## Themes\n\n| | cards |\n|---|---|\n| Play | 2 |\n| Gratitude | 1 |\n"
          "\n## Kinds of cards\n\n| | cards |\n|---|---|\n| Dares | 1 |\n| Thank-yous | 1 |\n| Votes | 1 |\n"
          "\n## Your favourites\n\n- Bark \\*twice\\* (Play)\n");
    TemporaryDirectory directory;
    REQUIRE(export_summary_markdown(summary, directory.path() / "night.md"));
    CHECK(read_text_file(directory.path() / "night.md") == markdown);

    // In the players' language: labels, built-in themes and kinds, and Game Night's name.
    const UiStringsLoad german = load_ui_strings("de");
    REQUIRE(german.strings.language() == "de");
    CHECK(summary_markdown(summary, german.strings) ==
          "# Unser Kindling-Abend\n\n"
          "- Spielweise: Spieleabend\n"
          "- Gespielte Karten: 3\n"
          "- Gemeinsame Zeit: 48 Minuten\n"
          "\n## Themen\n\n| | Karten |\n|---|---|\n| Spiel | 2 |\n| Dankbarkeit | 1 |\n"
          "\n## Arten von Karten\n\n| | Karten |\n|---|---|\n| Mutproben | 1 |\n| Dankeschöns | 1 |\n"
          "| Abstimmungen | 1 |\n"
          "\n## Eure Lieblingskarten\n\n- Bark \\*twice\\* (Play)\n");
}

TEST_CASE("A party's saved summary says it was a party and keeps its scores, not Game Night and favourites") {
    NightState night;
    night.active_ms = 20 * 60'000;
    night.played = {{"d/a", "d", "A", "play", "Play", CardKind::vote, 1, Intensity::company, 0}};
    NightSummary summary = summarise_night(night, std::string(game_night_mode_id), "Game Night", {});
    summary.party = true;
    summary.scores = {{"Ana", 3, 1}, {"Ben", 3, 1}, {"Cleo", 1, 3}};
    const std::string markdown = summary_markdown(summary);
    CHECK_THAT(markdown, Catch::Contains("- Way of playing: Party\n"));
    CHECK_THAT(markdown, !Catch::Contains("Game Night"));
    CHECK_THAT(markdown, Catch::Contains("## Scores\n\n| | points |\n|---|---|\n| 1. Ana | 3 |\n| 1. Ben | 3 |\n"
                                         "| 3. Cleo | 1 |\n"));
    CHECK_THAT(markdown, !Catch::Contains("favourites"));
    const UiStringsLoad german = load_ui_strings("de");
    CHECK_THAT(summary_markdown(summary, german.strings), Catch::Contains("## Punkte\n\n| | Punkte |"));
}

TEST_CASE("A simulated night lists every turn and is the same for the same seed") {
    const std::vector<Deck> decks{generous_deck("mixed", {"inner-world", "play", "gratitude"}, 3)};
    SimulationOptions options;
    options.seed = 8;
    options.cards = 10;
    options.players = {"Alex", "Sam"};
    const Simulation night = simulate_night(decks, options);
    REQUIRE(night.problems.empty());
    REQUIRE(night.turns.size() == 10);
    CHECK(night.end_reason == EndReason::completed);
    for (std::size_t i = 0; i < night.turns.size(); ++i) {
        const SimulatedTurn& turn = night.turns[i];
        CHECK(turn.turn == static_cast<int>(i) + 1);
        CHECK(turn.reader == (i % 2 == 0 ? "Alex" : "Sam"));
        CHECK_FALSE(turn.answerer.empty());
        CHECK_FALSE(turn.text.empty());
        CHECK(turn.level >= 1);
        CHECK(turn.set.empty());
    }
    CHECK(night.turns.front().level == 1);
    const Simulation again = simulate_night(decks, options);
    REQUIRE(again.turns.size() == night.turns.size());
    for (std::size_t i = 0; i < night.turns.size(); ++i) CHECK(again.turns[i].text == night.turns[i].text);
    options.seed = 9;
    const Simulation other = simulate_night(decks, options);
    bool differs = false;
    for (std::size_t i = 0; i < night.turns.size(); ++i) differs = differs || other.turns[i].text != night.turns[i].text;
    CHECK(differs);
}

TEST_CASE("A simulated mode names its sets and closing step, bad options give problems") {
    Deck ladder_like = generous_deck("closeness-ladder", {"inner-world"}, 1);
    for (int set = 1; set <= 3; ++set) {
        for (int number = 1; number <= 12; ++number) {
            Card question = card("ladder-" + std::to_string(set) + "-" + (number < 10 ? "0" : "") + std::to_string(number),
                                 CardKind::question, "inner-world", set);
            ladder_like.cards.push_back(question);
        }
    }
    SimulationOptions options;
    options.mode = "closeness-ladder";
    const Simulation night = simulate_night(std::vector<Deck>{ladder_like}, options);
    REQUIRE(night.turns.size() == 37);
    CHECK(night.turns.front().set == "Set I");
    CHECK(night.turns.front().answerer == "Player 1 then Player 2");
    CHECK(night.turns[12].set == "Set II");
    CHECK(night.turns.back().set == "closing");
    options.players = {"Solo"};
    const Simulation refused = simulate_night(std::vector<Deck>{ladder_like}, options);
    CHECK(refused.turns.empty());
    CHECK_FALSE(refused.problems.empty());
}
