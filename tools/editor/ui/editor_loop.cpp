#include "editor_loop.hpp"

namespace kindling::editor::ui {

void EditorLoop::run_once() {
    SDL_Event event;
    const bool had_events = idle() ? SDL_WaitEventTimeout(&event, longest_sleep_ms) != 0 : SDL_PollEvent(&event) != 0;
    if (had_events) {
        app_.process_event(event);
        while (SDL_PollEvent(&event)) app_.process_event(event);
    }
    const auto now = std::chrono::steady_clock::now();
    app_.frame(std::chrono::duration<float>(now - last_frame_).count());
    last_frame_ = now;
    idle_frames_ = had_events || app_.busy() ? 0 : idle_frames_ + 1;
}

}  // namespace kindling::editor::ui
