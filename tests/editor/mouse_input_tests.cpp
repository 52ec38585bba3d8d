// The mouse as the editor hands it to Dear ImGui: from the window's own events, with each press
// on a frame after the pointer was seen where it was pressed.
#include "ui/mouse_input.hpp"

#include <catch2/catch.hpp>

using kindling::editor::ui::MouseInput;
using kindling::editor::ui::MouseState;

namespace {

SDL_Event motion(int x, int y) {
    SDL_Event event{};
    event.type = SDL_MOUSEMOTION;
    event.motion.x = x;
    event.motion.y = y;
    return event;
}

SDL_Event button(Uint32 type, int x, int y, Uint8 which = SDL_BUTTON_LEFT) {
    SDL_Event event{};
    event.type = type;
    event.button.button = which;
    event.button.x = x;
    event.button.y = y;
    return event;
}

SDL_Event window_event(SDL_WindowEventID id) {
    SDL_Event event{};
    event.type = SDL_WINDOWEVENT;
    event.window.event = id;
    return event;
}

bool at(const MouseState& state, float x, float y) { return state.x == x && state.y == y; }

}  // namespace

TEST_CASE("Before any event the mouse is nowhere and nothing is pressed") {
    MouseInput mouse;
    const MouseState state = mouse.next_frame();
    CHECK(state.x == -FLT_MAX);
    CHECK_FALSE(state.down[0]);
    CHECK_FALSE(mouse.pending());
}

TEST_CASE("A quick click arriving in one batch is shown as hover, press and release on frames of their own") {
    MouseInput mouse;
    mouse.process(motion(10, 10));
    CHECK(at(mouse.next_frame(), 10, 10));

    // The pointer jumps onto a tab and clicks before the editor draws again.
    mouse.process(motion(200, 40));
    mouse.process(button(SDL_MOUSEBUTTONDOWN, 200, 40));
    mouse.process(button(SDL_MOUSEBUTTONUP, 200, 40));
    REQUIRE(mouse.pending());

    const MouseState hover = mouse.next_frame();
    CHECK(at(hover, 200, 40));
    CHECK_FALSE(hover.down[0]);
    CHECK(mouse.pending());

    const MouseState press = mouse.next_frame();
    CHECK(at(press, 200, 40));
    CHECK(press.down[0]);

    const MouseState release = mouse.next_frame();
    CHECK_FALSE(release.down[0]);
    CHECK_FALSE(mouse.pending());
}

TEST_CASE("A click whose button event alone carries the new position still hovers first") {
    MouseInput mouse;
    mouse.process(button(SDL_MOUSEBUTTONDOWN, 50, 60, SDL_BUTTON_RIGHT));
    const MouseState hover = mouse.next_frame();
    CHECK(at(hover, 50, 60));
    CHECK_FALSE(hover.down[1]);
    CHECK(mouse.next_frame().down[1]);
}

TEST_CASE("The motion of a drag comes a frame after its press, and the release after the motion") {
    MouseInput mouse;
    mouse.process(motion(100, 100));
    mouse.next_frame();
    mouse.process(button(SDL_MOUSEBUTTONDOWN, 100, 100));
    mouse.process(motion(120, 100));
    mouse.process(motion(140, 100));
    mouse.process(button(SDL_MOUSEBUTTONUP, 140, 100));

    const MouseState press = mouse.next_frame();
    CHECK(at(press, 100, 100));
    CHECK(press.down[0]);
    const MouseState dragged = mouse.next_frame();
    CHECK(at(dragged, 140, 100));
    CHECK(dragged.down[0]);
    const MouseState released = mouse.next_frame();
    CHECK(at(released, 140, 100));
    CHECK_FALSE(released.down[0]);
}

TEST_CASE("Leaving the window puts the pointer nowhere, except during a drag") {
    MouseInput mouse;
    mouse.process(motion(30, 30));
    mouse.process(window_event(SDL_WINDOWEVENT_LEAVE));
    CHECK(mouse.next_frame().x == -FLT_MAX);

    mouse.process(motion(30, 30));
    mouse.process(button(SDL_MOUSEBUTTONDOWN, 30, 30));
    mouse.process(window_event(SDL_WINDOWEVENT_LEAVE));
    mouse.process(motion(-20, 30));
    mouse.next_frame();
    mouse.next_frame();
    const MouseState outside = mouse.next_frame();
    CHECK(at(outside, -20, 30));
    CHECK(outside.down[0]);
}

TEST_CASE("Losing the focus with a button held releases it") {
    MouseInput mouse;
    mouse.process(motion(30, 30));
    mouse.next_frame();
    mouse.process(button(SDL_MOUSEBUTTONDOWN, 30, 30));
    CHECK(mouse.next_frame().down[0]);
    mouse.process(window_event(SDL_WINDOWEVENT_FOCUS_LOST));
    CHECK_FALSE(mouse.next_frame().down[0]);
    CHECK_FALSE(mouse.pending());
}
