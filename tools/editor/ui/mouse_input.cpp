#include "mouse_input.hpp"

namespace kindling::editor::ui {

namespace {

int button_index(Uint8 sdl_button) {
    switch (sdl_button) {
        case SDL_BUTTON_LEFT: return 0;
        case SDL_BUTTON_RIGHT: return 1;
        case SDL_BUTTON_MIDDLE: return 2;
        default: return -1;
    }
}

}  // namespace

void MouseInput::move_to(float x, float y) {
    if (x == queued_.x && y == queued_.y) return;
    queue_.push_back(Change{false, x, y, 0, false});
    queued_.x = x;
    queued_.y = y;
}

void MouseInput::set_button(int index, bool down) {
    if (queued_.down[static_cast<std::size_t>(index)] == down) return;  // e.g. a release nobody pressed
    queue_.push_back(Change{true, 0, 0, index, down});
    queued_.down[static_cast<std::size_t>(index)] = down;
}

void MouseInput::process(const SDL_Event& event) {
    switch (event.type) {
        case SDL_MOUSEMOTION:
            move_to(static_cast<float>(event.motion.x), static_cast<float>(event.motion.y));
            return;
        case SDL_MOUSEBUTTONDOWN:
        case SDL_MOUSEBUTTONUP: {
            const int index = button_index(event.button.button);
            if (index < 0) return;
            move_to(static_cast<float>(event.button.x), static_cast<float>(event.button.y));
            set_button(index, event.type == SDL_MOUSEBUTTONDOWN);
            return;
        }
        case SDL_WINDOWEVENT:
            if (event.window.event == SDL_WINDOWEVENT_LEAVE) {
                // While a button is held SDL keeps reporting the pointer outside (a drag goes on).
                const bool held = queued_.down[0] || queued_.down[1] || queued_.down[2];
                if (!held) move_to(MouseState{}.x, MouseState{}.y);
            } else if (event.window.event == SDL_WINDOWEVENT_FOCUS_LOST) {
                // The release of a button held while another window took over never arrives.
                for (int index = 0; index < 3; ++index) set_button(index, false);
            }
            return;
        default:
            return;
    }
}

MouseState MouseInput::next_frame() {
    const MouseState before = shown_;
    bool button_changed = false;
    while (!queue_.empty()) {
        const Change& change = queue_.front();
        if (change.is_button) {
            // One press or release per frame, and only where ImGui already saw the pointer.
            if (button_changed || shown_.x != before.x || shown_.y != before.y) break;
            shown_.down[static_cast<std::size_t>(change.button)] = change.down;
            button_changed = true;
        } else {
            if (button_changed) break;  // the motion of a drag follows its press a frame later
            shown_.x = change.x;
            shown_.y = change.y;
        }
        queue_.pop_front();
    }
    return shown_;
}

}  // namespace kindling::editor::ui
