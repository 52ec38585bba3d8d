// The game driven only by injected SDL events: keyboard, mouse and gamepad buttons
// (SDL_CONTROLLERBUTTONDOWN) reach every screen; Esc and gamepad B always go back; typing goes
// into names; one player's limits never show to the next.
#include "game/game_fixture.hpp"
#include "ui/card_content.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace kindling;
using namespace kindling::testing;

namespace {

// Swaps until a card with a timer is dealt, then opens its timer (not yet started).
Session& open_timer_of_a_timed_card(TestGame& game) {
    game.open("card");
    Session& session = *game.game().night().session();
    for (int i = 0; i < 80 && session.view().timer.phase == TimerPhase::none; ++i) game.key(SDLK_s);
    REQUIRE(session.view().timer.phase == TimerPhase::ready);
    game.key(SDLK_t);
    REQUIRE(game.top() == "timer");
    return session;
}

// From the title to the first card with one key (or button) per step.
void deal_first_card(TestGame& game, const std::function<void()>& press) {
    game.start_at_title();
    REQUIRE(game.focus() == "start");
    press();
    REQUIRE(game.top() == "players");
    press();  // first name -> second name
    press();  // second name -> Continue
    REQUIRE(game.focus() == "continue");
    press();
    for (int player = 0; player < 2; ++player) {
        REQUIRE(game.top() == "handoff");
        press();
        REQUIRE(game.top() == "consent");
        REQUIRE(game.focus() == "done");
        press();
    }
    REQUIRE(game.top() == "setup");
    REQUIRE(game.focus() == "deal");
    press();
    REQUIRE(game.top() == "card");
}

// Moves the focus with `step` until the item `id` has it.
void focus_on_item(TestGame& game, const std::string& id, SDL_Keycode step = SDLK_DOWN) {
    for (int i = 0; i < 40 && game.focus() != id; ++i) game.key(step);
    REQUIRE(game.focus() == id);
}

}  // namespace

TEST_CASE("A whole night can be played with the keyboard alone") {
    TestGame game(1280, 720);
    deal_first_card(game, [&] { game.key(SDLK_RETURN); });
    CHECK(game.shows("Player 1's turn"));
    CHECK(game.shows("Card 1 of 20"));
    game.key(SDLK_RETURN);
    CHECK(game.shows("Player 2's turn"));
    CHECK(game.shows("Card 2 of 20"));
    for (int card = 2; card <= 20 && game.top() == "card"; ++card) game.key(SDLK_RETURN);
    CHECK(game.top() == "summary");
    CHECK(game.shows_part("You shared 20 cards"));
    game.key(SDLK_RETURN);
    CHECK(game.top() == "title");
}

TEST_CASE("A night can be played with gamepad buttons: A chooses, X swaps, Y marks a favourite") {
    TestGame game(1280, 720);
    deal_first_card(game, [&] { game.pad(SDL_CONTROLLER_BUTTON_A); });
    // Hints and buttons now show the gamepad's buttons.
    CHECK(game.game().device() == ui::InputDevice::gamepad);
    const std::string before = game.game().night().session()->view().card->text;
    game.pad(SDL_CONTROLLER_BUTTON_X);
    const SessionView swapped = game.game().night().session()->view();
    CHECK(swapped.card->text != before);
    CHECK(swapped.turn.number == 1);  // a swap keeps the turn
    CHECK(game.shows("Player 1's turn"));
    game.pad(SDL_CONTROLLER_BUTTON_Y);
    CHECK(game.game().night().session()->view().card->favourite);
    CHECK(game.shows("Favourite \u2713"));
    game.pad(SDL_CONTROLLER_BUTTON_A);
    CHECK(game.game().night().session()->view().turn.number == 2);
    game.pad(SDL_CONTROLLER_BUTTON_START);
    CHECK(game.top() == "pause");
    CHECK(game.game().night().session()->view().stage == Stage::paused);
    game.pad(SDL_CONTROLLER_BUTTON_B);
    CHECK(game.top() == "card");
    CHECK(game.game().night().session()->view().stage == Stage::playing);
}

TEST_CASE("The mouse reaches every step: clicks choose, the right button goes back") {
    TestGame game(1920, 1080);
    game.start_at_title();
    game.click_text("Start a night");
    REQUIRE(game.top() == "players");
    game.click(10, 10, SDL_BUTTON_RIGHT);
    REQUIRE(game.top() == "title");
    game.click_text("Start a night");
    game.click_text("Continue");
    for (const char* name : {"Player 1", "Player 2"}) {
        REQUIRE(game.top() == "handoff");
        game.click_text(std::string("I'm ") + name);
        REQUIRE(game.top() == "consent");
        game.click_text("Done, hide my limits");
    }
    REQUIRE(game.top() == "setup");
    game.click_text("Deal the first card");
    REQUIRE(game.top() == "card");
    const int turn = game.game().night().session()->view().turn.number;
    game.click_text("Swap");
    CHECK(game.game().night().session()->view().turn.number == turn);
    game.click_text("Done");
    CHECK(game.game().night().session()->view().turn.number == turn + 1);
    // Hovering moves the focus to what the pointer is over.
    const auto favourite = game.text_rect("Favourite");
    REQUIRE(favourite);
    game.move_mouse(favourite->centre().x, favourite->centre().y);
    CHECK(game.focus() == "favourite");
}

TEST_CASE("Esc and gamepad B go back from every screen") {
    struct Case {
        const char* screen;
        const char* after;
    };
    for (const Case c : {Case{"players", "title"}, Case{"setup", "players"}, Case{"settings", "title"},
                         Case{"help", "title"}, Case{"party", "title"}, Case{"handoff", "players"},
                         Case{"consent", "handoff"}, Case{"pause", "card"}, Case{"timer", "card"},
                         Case{"card", "pause"}}) {
        for (const bool pad : {false, true}) {
            CAPTURE(c.screen, pad);
            TestGame game(1280, 720);
            game.open(c.screen);
            if (pad) game.pad(SDL_CONTROLLER_BUTTON_B);
            else game.key(SDLK_ESCAPE);
            CHECK(game.top() == c.after);
        }
    }
}

TEST_CASE("Back on the title asks before quitting, and back again stays") {
    TestGame game(1280, 720);
    game.start_at_title();
    game.key(SDLK_ESCAPE);
    CHECK(game.top() == "dialog");
    CHECK(game.shows("Leave Kindling?"));
    game.pad(SDL_CONTROLLER_BUTTON_B);
    CHECK(game.top() == "title");
    CHECK_FALSE(game.game().quit_requested());
    game.key(SDLK_ESCAPE);
    game.key(SDLK_RETURN);
    CHECK(game.game().quit_requested());
}

TEST_CASE("Names are typed: letters type instead of acting as shortcuts, and backspace erases a whole character") {
    TestGame game(1280, 720);
    game.start_at_title();
    game.key(SDLK_RETURN);
    REQUIRE(game.focus() == "name-0");
    game.key(SDLK_s);  // would be "swap" elsewhere; here it is just the start of typing
    game.type("Ana\U0001F469\u200D\U0001F469\u200D\U0001F467");
    game.key(SDLK_BACKSPACE);  // the whole family emoji goes at once
    CHECK(game.top() == "players");
    CHECK(game.shows("Ana"));
    game.key(SDLK_RETURN);
    game.type("Bo");
    game.key(SDLK_RETURN);
    game.key(SDLK_RETURN);
    REQUIRE(game.top() == "handoff");
    CHECK(game.shows("Please hand the device to Ana"));
    CHECK(game.game().night().draft().players == std::vector<std::string>{"Ana", "Bo"});
}

TEST_CASE("Two players with the same name are asked to tell them apart") {
    TestGame game(1280, 720);
    game.start_at_title();
    game.key(SDLK_RETURN);
    game.type("Kim");
    game.key(SDLK_RETURN);
    game.type("Kim");
    game.key(SDLK_RETURN);
    game.key(SDLK_RETURN);
    CHECK(game.top() == "players");
    CHECK(game.shows_part("Two players are called Kim"));
    CHECK(game.focus() == "name-1");
}

TEST_CASE("One player's limits are never on screen for the next") {
    TestGame game(1920, 1080);
    game.open("handoff");
    game.key(SDLK_RETURN);
    REQUIRE(game.top() == "consent");
    // Player 1 skips the last kind of card and lowers the most private level.
    game.key(SDLK_UP);
    REQUIRE(game.focus() == "kind:write");
    game.key(SDLK_RETURN);
    CHECK(game.shows("Skip"));
    for (int i = 0; i < 40 && game.focus() != "intensity"; ++i) game.key(SDLK_UP);
    REQUIRE(game.focus() == "intensity");
    game.key(SDLK_LEFT);
    CHECK(game.shows("Personal"));
    game.key(SDLK_DOWN);
    for (int i = 0; i < 40 && game.focus() != "done"; ++i) game.key(SDLK_DOWN);
    game.key(SDLK_RETURN);
    // Between the two: only who takes the device next.
    REQUIRE(game.top() == "handoff");
    CHECK(game.shows("Please hand the device to Sam"));
    CHECK_FALSE(game.shows("Skip"));
    CHECK_FALSE(game.shows("Personal"));
    game.key(SDLK_RETURN);
    REQUIRE(game.top() == "consent");
    CHECK(game.shows("Sam, your limits for tonight"));
    CHECK(game.shows("Just us two"));  // the default again, not Alex's choice
    CHECK_FALSE(game.shows("Skip"));
    for (int i = 0; i < 40; ++i) game.key(SDLK_DOWN);
    CHECK_FALSE(game.shows("Skip"));
}

TEST_CASE("Settings are changed with left and right and apply at once") {
    TestGame game(1920, 1080);
    game.open("settings");
    REQUIRE(game.focus() == "text_size");
    game.key(SDLK_RIGHT);
    game.key(SDLK_RIGHT);
    CHECK(game.game().settings().text_size_percent == 120);
    CHECK(game.app().canvas().text_scale() == Approx(1.2f));
    game.key(SDLK_DOWN);
    game.key(SDLK_RETURN);
    CHECK(game.game().settings().high_contrast);
    CHECK(game.game().palette().id == "high-contrast");
    for (int i = 0; i < 4; ++i) game.key(SDLK_DOWN);
    REQUIRE(game.focus() == "language");
    game.key(SDLK_RIGHT);
    CHECK(game.game().settings().language == "de");
    CHECK(game.shows("Einstellungen"));
    game.key(SDLK_ESCAPE);
    CHECK(game.shows("Einen Abend beginnen"));
}

TEST_CASE("The card's timer starts only when asked and can be skipped") {
    TestGame game(1280, 720);
    Session& session = open_timer_of_a_timed_card(game);
    CHECK(session.view().timer.phase == TimerPhase::ready);
    game.key(SDLK_RETURN);
    CHECK(session.view().timer.phase == TimerPhase::running);
    game.headless().clock().advance_seconds(5);
    game.settle();
    CHECK(session.view().timer.remaining_ms == session.view().timer.length_ms - 5000);
    game.key(SDLK_RETURN);
    CHECK(session.view().timer.phase == TimerPhase::paused);
    game.key(SDLK_ESCAPE);
    CHECK(game.top() == "card");
}

TEST_CASE("F11 switches full screen from any screen, Tab moves the focus and the wheel scrolls a list") {
    TestGame game(1280, 720);
    game.open("setup");
    REQUIRE(game.focus() == "deal");
    game.key(SDLK_F11);
    CHECK(game.game().settings().fullscreen);
    game.key(SDLK_F11);
    CHECK_FALSE(game.game().settings().fullscreen);
    // Tab goes backwards from the buttons into the list with Shift, forwards with Tab alone.
    SDL_Event shift_tab{};
    shift_tab.type = SDL_KEYDOWN;
    shift_tab.key.keysym.sym = SDLK_TAB;
    shift_tab.key.keysym.mod = KMOD_LSHIFT;
    game.send(shift_tab);
    CHECK(game.focus() == "back");
    game.key(SDLK_TAB);
    CHECK(game.focus() == "deal");
    // The list is longer than the screen: the wheel brings its last rows into view.
    CHECK_FALSE(game.shows("Decks"));
    for (int i = 0; i < 12; ++i) {
        SDL_Event wheel{};
        wheel.type = SDL_MOUSEWHEEL;
        wheel.wheel.y = -1;
        wheel.wheel.preciseY = -1;
        wheel.wheel.mouseX = 400;
        wheel.wheel.mouseY = 300;
        game.send(wheel);
    }
    CHECK(game.shows("Decks"));
}

TEST_CASE("Clicking the arrows of a choice steps it back or forward") {
    TestGame game(1920, 1080);
    game.open("setup");
    const auto value = game.text_rect("20 cards");
    REQUIRE(value);
    game.click(value->right() + 40, value->centre().y);  // the right arrow
    CHECK(game.shows("30 cards"));
    const auto stepped = game.text_rect("30 cards");
    REQUIRE(stepped);
    game.click(stepped->x - 30, stepped->centre().y);  // the left arrow
    CHECK(game.shows("20 cards"));
}

TEST_CASE("Ending the night asks first, and keeping it for later offers it again on the title") {
    TestGame game(1280, 720);
    game.open("card");
    game.key(SDLK_RETURN);
    game.key(SDLK_RETURN);
    const std::string card = game.game().night().session()->view().card->text;
    game.key(SDLK_ESCAPE);
    REQUIRE(game.top() == "pause");
    focus_on_item(game, "end");
    game.key(SDLK_RETURN);
    // A question, not the end: Esc goes back to the menu and the night goes on.
    REQUIRE(game.top() == "dialog");
    CHECK(game.shows("End the night?"));
    CHECK(game.shows("Keep it for later"));
    CHECK(game.focus() == "keep");
    game.key(SDLK_ESCAPE);
    REQUIRE(game.top() == "pause");
    REQUIRE(game.game().night().session() != nullptr);
    CHECK_FALSE(game.game().night().session()->finished());
    game.key(SDLK_RETURN);
    REQUIRE(game.top() == "dialog");
    game.key(SDLK_RETURN);  // keep it for later
    REQUIRE(game.top() == "title");
    CHECK(game.game().night().session() == nullptr);
    REQUIRE(game.game().night().saved());
    CHECK(game.focus() == "resume");
    CHECK(game.shows("Alex, Sam: 2 cards played"));
    game.key(SDLK_RETURN);
    for (int player = 0; player < 2; ++player) {
        REQUIRE(game.top() == "handoff");
        game.key(SDLK_RETURN);
        REQUIRE(game.top() == "consent");
        game.key(SDLK_RETURN);
    }
    REQUIRE(game.top() == "card");
    CHECK(game.shows("Card 3 of 20"));
    CHECK(game.game().night().session()->view().card->text == card);
    CHECK(game.game().night().session()->view().stage == Stage::playing);
}

TEST_CASE("Ending the night for good goes to the summary, only after saying so") {
    TestGame game(1280, 720);
    game.open("card");
    game.key(SDLK_ESCAPE);
    focus_on_item(game, "end");
    game.key(SDLK_RETURN);
    REQUIRE(game.top() == "dialog");
    focus_on_item(game, "end", SDLK_RIGHT);
    game.key(SDLK_RETURN);
    CHECK(game.top() == "summary");
    CHECK(game.game().night().session()->finished());
    CHECK_FALSE(game.headless().saves().bytes());  // an ended night is not offered again
}

TEST_CASE("After +30 s and No timer the card names no timer, and Pause and Continue keep the buttons in place") {
    TestGame game(1280, 720);
    Session& session = open_timer_of_a_timed_card(game);
    game.key(SDLK_RETURN);  // start
    REQUIRE(session.view().timer.phase == TimerPhase::running);
    const ui::RectF pause_row = *game.text_rect("+30 seconds");
    game.key(SDLK_RETURN);  // pause: the first button now says Continue
    REQUIRE(session.view().timer.phase == TimerPhase::paused);
    CHECK(game.shows("Continue"));
    CHECK(game.text_rect("+30 seconds")->x == Approx(pause_row.x));
    focus_on_item(game, "extend", SDLK_RIGHT);
    game.key(SDLK_RETURN);
    const long long extended = session.view().timer.length_ms / 1000;
    CHECK(game.top() == "timer");
    focus_on_item(game, "skip", SDLK_RIGHT);
    game.key(SDLK_RETURN);
    REQUIRE(game.top() == "card");
    REQUIRE(session.view().timer.phase == TimerPhase::skipped);
    // The card no longer promises a timer, and there is none to open.
    CHECK_FALSE(game.shows_part(ui::clock_text(extended) + " timer"));
    CHECK_FALSE(game.shows("Timer"));
    game.key(SDLK_t);
    CHECK(game.top() == "card");
}

TEST_CASE("The set-up's apart switch deals only cards that work over a video call") {
    TestGame game(1920, 1080);
    game.open("setup");
    REQUIRE(game.shows("We're apart (video call)"));
    CHECK_FALSE(game.game().night().draft().apart);
    focus_on_item(game, "apart", SDLK_UP);
    game.key(SDLK_RETURN);
    CHECK(game.game().night().draft().apart);
    // The built-in decks may not tag any card yet: then the night explains instead of starting.
    focus_on_item(game, "deal", SDLK_DOWN);
    game.key(SDLK_RETURN);
    if (game.top() == "card") {
        const SessionView view = game.game().night().session()->view();
        CHECK(game.game().night().session()->setup().apart);
        REQUIRE(view.card);
        const Deck* deck = game.game().decks().find(view.card->deck_id);
        REQUIRE(deck != nullptr);
        const auto card = std::find_if(deck->cards.begin(), deck->cards.end(),
                                       [&](const Card& c) { return c.id == view.card->card_id; });
        REQUIRE(card != deck->cards.end());
        CHECK(std::find(card->tags.begin(), card->tags.end(), "apart") != card->tags.end());
    } else {
        CHECK(game.top() == "dialog");
        CHECK(game.shows_part("tagged for playing apart"));
    }
}

TEST_CASE("Switching to German from the night's menu changes the card under the menu at once") {
    TestGame game(1280, 720);
    game.open("card");
    game.key(SDLK_ESCAPE);
    REQUIRE(game.top() == "pause");
    focus_on_item(game, "settings");
    game.key(SDLK_RETURN);
    REQUIRE(game.top() == "settings");
    focus_on_item(game, "language");
    game.key(SDLK_RIGHT);
    REQUIRE(game.game().strings().language() == "de");
    game.key(SDLK_ESCAPE);
    REQUIRE(game.top() == "pause");
    // The first frame back: the menu and the card below it both speak German.
    CHECK(game.shows("Zurück zur Karte"));
    CHECK(game.shows("Alex ist dran"));
    CHECK_FALSE(game.shows("Alex's turn"));
}
