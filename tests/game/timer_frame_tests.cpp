// A running timer redraws only what moves: the rest of the screen is kept in a texture and the
// ring's arc is patched where its end moved. These tests hold the cheap frames to the full ones,
// pixel for pixel, and the timer's frames to the moments a drawn pixel changes.
#include "game/game_fixture.hpp"

#include <catch2/catch.hpp>

using namespace kindling;
using namespace kindling::testing;

namespace {

Session& start_a_timer(TestGame& game) {
    game.open("card");
    Session& session = *game.game().night().session();
    for (int i = 0; i < 80 && session.view().timer.phase == TimerPhase::none; ++i) game.key(SDLK_s);
    REQUIRE(session.view().timer.phase == TimerPhase::ready);
    game.key(SDLK_t);
    game.key(SDLK_RETURN);
    REQUIRE(session.view().timer.phase == TimerPhase::running);
    return session;
}

// The largest difference of any channel between two frames of the same size.
int largest_difference(const ui::RgbaImage& a, const ui::RgbaImage& b) {
    REQUIRE(a.pixels.size() == b.pixels.size());
    int largest = 0;
    for (std::size_t i = 0; i < a.pixels.size(); ++i) largest = std::max(largest, std::abs(a.pixels[i] - b.pixels[i]));
    return largest;
}

// Draws everything afresh: every cached texture (shapes, the kept scene) is dropped first.
ui::RgbaImage fresh_frame(TestGame& game) {
    SDL_Event reset{};
    reset.type = SDL_RENDER_TARGETS_RESET;
    game.app().dispatch(reset);
    game.app().record_text(true);  // a recorded frame draws the whole scene
    return game.capture();
}

}  // namespace

TEST_CASE("A running timer's cheap frames look exactly like full ones") {
    TestGame game(1280, 720);
    Session& session = start_a_timer(game);
    // A quarter of a second moves only the arc; whole seconds the digits too.
    for (const int ms : {250, 1000, 7000, 13000}) {
        INFO(ms << " ms later");
        game.app().record_text(false);
        (void)game.capture();  // keeps the scene and the arc as they are now
        game.headless().clock().advance_ms(ms);
        REQUIRE(session.view().timer.phase == TimerPhase::running);
        const ui::RgbaImage cheap = game.capture();  // only where the arc and digits changed
        const ui::RgbaImage full = fresh_frame(game);
        CHECK(largest_difference(cheap, full) == 0);
    }
}

TEST_CASE("A running timer asks for a frame when the digits or the ring's end change, at most ten a second") {
    TestGame game(1280, 720);
    Session& session = start_a_timer(game);
    ui::Screen* timer = game.game().screens().top();
    REQUIRE(timer->name() == "timer");
    const std::int64_t length = session.view().timer.length_ms;
    const ui::FrameRequest next = timer->update(1'000'000);
    const std::int64_t wait = next.at_ms - 1'000'000;
    CHECK(wait >= 100);
    // A thousandth of the ring is `length / 1000` ms; a frame comes at the latest by then, or
    // by the tenth of a second when that is shorter.
    CHECK(wait <= std::max<std::int64_t>(100, length / 1000 + 1));
    // Paused, nothing moves and nothing is asked for.
    game.key(SDLK_RETURN);
    REQUIRE(session.view().timer.phase == TimerPhase::paused);
    CHECK(timer->update(1'000'000).at_ms == ui::FrameRequest::never);
}
