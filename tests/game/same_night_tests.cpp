// One night, four drivers: the game played with the keyboard, the editor's play-test and
// `kindling-deck simulate` all go through the core's night flow, so the same decks, set-up and
// seed deal the same cards in the same order.
#include "core/deck/deck_catalogue.hpp"
#include "core/session/night_simulation.hpp"
#include "game/game_fixture.hpp"
#include "model/play_test_dealer.hpp"
#include "support/fixtures.hpp"

#include <catch2/catch.hpp>

using namespace kindling;
using namespace kindling::testing;

namespace {

constexpr std::uint64_t game_seed = 7;  // what the test game's --seed gives every night
constexpr int night_cards = 20;         // the game's default length

// Plays a couple's night as players do, one key per step: the title, the names left as they
// are, both players' limits left open, the set-up as offered, then Done on every card.
std::vector<std::string> texts_played_in_the_game(TestGame& game) {
    game.start_at_title();
    game.key(SDLK_RETURN);
    REQUIRE(game.top() == "players");
    for (int step = 0; step < 3; ++step) game.key(SDLK_RETURN);
    for (int player = 0; player < 2; ++player) {
        REQUIRE(game.top() == "handoff");
        game.key(SDLK_RETURN);
        REQUIRE(game.top() == "consent");
        game.key(SDLK_RETURN);
    }
    REQUIRE(game.top() == "setup");
    REQUIRE(game.focus() == "deal");
    game.key(SDLK_RETURN);
    std::vector<std::string> texts;
    for (int guard = 0; guard < 2 * night_cards && game.top() == "card"; ++guard) {
        const Session* session = game.game().night().session();
        REQUIRE(session != nullptr);
        texts.push_back(session->view().card->text);
        game.key(SDLK_RETURN);
    }
    CHECK(game.top() == "summary");
    return texts;
}

std::vector<std::string> texts_simulated(std::span<const Deck> decks) {
    SimulationOptions options;
    options.seed = game_seed;
    options.cards = night_cards;
    const Simulation night = simulate_night(decks, options);
    REQUIRE(night.problems.empty());
    std::vector<std::string> texts;
    for (const SimulatedTurn& turn : night.turns) texts.push_back(turn.text);
    return texts;
}

}  // namespace

TEST_CASE("One deck, one set-up, one seed: the game, the editor's play-test and simulate deal the same night") {
    DeckCatalogue library = load_deck_catalogue({data_directory() / "decks" / "play.yaml"}, false);
    REQUIRE(library.problems.empty());
    REQUIRE(library.decks.size() == 1);
    const Deck deck = library.decks.front();

    TestGame game(std::move(library), 1280, 720);
    const std::vector<std::string> played = texts_played_in_the_game(game);
    REQUIRE(played.size() == static_cast<std::size_t>(night_cards));

    editor::PlayTestSettings settings;
    settings.cards = night_cards;
    settings.seed = game_seed;
    std::vector<std::string> play_tested;
    for (const std::size_t index : editor::GameNightDealer().deal(deck, settings)) {
        play_tested.push_back(deck.cards.at(index).text);
    }
    CHECK(play_tested == played);
    CHECK(texts_simulated(std::span<const Deck>(&deck, 1)) == played);
}

TEST_CASE("Every built-in deck, a couple's default set-up: the game and simulate deal the same night") {
    TestGame game(1280, 720);
    const std::vector<std::string> played = texts_played_in_the_game(game);
    REQUIRE(played.size() == static_cast<std::size_t>(night_cards));
    CHECK(texts_simulated(builtin_library().as_written) == played);
}
