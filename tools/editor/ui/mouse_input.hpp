#pragma once
// The mouse as the window's own events report it, handed to Dear ImGui one step per frame.
//
// Dear ImGui 1.86's SDL back end reads the pointer from SDL's global mouse state, which some X
// servers (XWayland, Xvfb, remote desktops) do not update on plain motion: the pointer then
// "arrives" over a widget on the very frame of the click. Tabs ignore a press on the first frame
// they are hovered, so every tab needed two clicks. Here the position comes from the motion and
// button events themselves, and a press waits for a frame on which ImGui already saw the pointer
// where it was pressed; a press and its release each get a frame of their own, so a quick click
// that arrives in one batch is not lost either.

#include <SDL.h>

#include <array>
#include <cfloat>
#include <deque>

namespace kindling::editor::ui {

struct MouseState {
    float x = -FLT_MAX;  // nowhere: outside the window, or no mouse yet (Dear ImGui's convention)
    float y = -FLT_MAX;
    std::array<bool, 3> down{};  // left, right, middle
};

class MouseInput {
public:
    // Queues what a mouse event changes; other events are ignored.
    void process(const SDL_Event& event);
    // Takes the queued changes that belong in the next frame and returns the state to show.
    MouseState next_frame();
    // True while queued changes wait for later frames (the loop must not sleep then).
    [[nodiscard]] bool pending() const noexcept { return !queue_.empty(); }

private:
    struct Change {
        bool is_button = false;
        float x = 0;
        float y = 0;
        int button = 0;
        bool down = false;
    };
    void move_to(float x, float y);
    void set_button(int index, bool down);

    std::deque<Change> queue_;
    MouseState shown_;   // what ImGui saw last
    MouseState queued_;  // what it will see once everything queued is shown
};

}  // namespace kindling::editor::ui
