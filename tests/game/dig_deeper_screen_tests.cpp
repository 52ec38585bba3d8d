// "Dig deeper" on the card screen, driven through SDL's event queue: the keyboard, the mouse and
// the gamepad each ask for a follow-up, which shows under the card for the player who asked and
// leaves with the card; once asked, the action is gone until the next level.
#include "game/game_fixture.hpp"

#include <catch2/catch.hpp>

using namespace kindling;
using namespace kindling::testing;

namespace {

// The one who asks on the card on the table, by name.
std::string asker_name(TestGame& game) {
    NightFlow& night = game.game().night();
    return night.session()->setup().players.at(night.follow_up_asker().value());
}

void check_follow_up_shown(TestGame& game, const std::string& asker) {
    NightFlow& night = game.game().night();
    REQUIRE(night.session()->state().follow_ups.size() == 1);
    CHECK(game.shows(asker + " asks:"));
    CHECK_FALSE(night.can_dig_deeper(night.follow_up_asker().value()));
    CHECK_FALSE(game.shows("Dig deeper"));
    CHECK(game.focus() == "done");
}

}  // namespace

TEST_CASE("Dig deeper with the keyboard shows a follow-up under the card until the next card") {
    TestGame game(1920, 1080);
    game.open("card");
    REQUIRE(game.shows("Dig deeper"));
    const std::string asker = asker_name(game);
    for (int i = 0; i < 8 && game.focus() != "dig-deeper"; ++i) game.key(SDLK_RIGHT);
    REQUIRE(game.focus() == "dig-deeper");
    game.key(SDLK_RETURN);
    check_follow_up_shown(game, asker);
    // The prompt is the night's, in the players' language.
    const std::string key = game.game().night().session()->state().follow_ups.front().key;
    CHECK(key.starts_with("follow-up/"));

    game.key(SDLK_RETURN);  // done: the next card
    REQUIRE(game.top() == "card");
    CHECK(game.game().night().session()->view().turn.number == 2);
    CHECK_FALSE(game.shows_part(" asks:"));
}

TEST_CASE("Dig deeper with the mouse and with the gamepad") {
    SECTION("mouse") {
        TestGame game(1920, 1080);
        game.open("card");
        const std::string asker = asker_name(game);
        game.click_text("Dig deeper");
        check_follow_up_shown(game, asker);
    }
    SECTION("gamepad") {
        TestGame game(1920, 1080);
        game.open("card");
        const std::string asker = asker_name(game);
        for (int i = 0; i < 8 && game.focus() != "dig-deeper"; ++i) game.pad(SDL_CONTROLLER_BUTTON_DPAD_RIGHT);
        REQUIRE(game.focus() == "dig-deeper");
        game.pad(SDL_CONTROLLER_BUTTON_A);
        check_follow_up_shown(game, asker);
    }
}

TEST_CASE("The follow-up speaks German when the game does") {
    TestGame game(1920, 1080);
    game.open("card");
    Settings german = game.game().settings();
    german.language = "de";
    REQUIRE(game.game().change_settings(german).empty());
    game.settle();
    const std::string asker = asker_name(game);
    game.click_text("Tiefer graben");
    CHECK(game.shows(asker + " fragt:"));
}
