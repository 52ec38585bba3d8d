// The interactive loop: draw when something changed, pace animation to the display, and
// otherwise sleep in SDL_WaitEvent so an idle game costs no CPU.
#include "app/app.hpp"

#include <algorithm>
#include <cstdio>

namespace kindling::app {

int App::run() {
    bool dirty = true;
    ui::FrameRequest next = ui::FrameRequest::idle();
    std::int64_t last_frame = 0;
    const int hz = std::max(24, display_->refresh_rate());
    const std::int64_t frame_interval = 1000 / hz;
    while (!game_->quit_requested()) {
        const std::int64_t now = time_ms();
        if (dirty || next.is_animating() || now >= next.at_ms) {
            next = render();
            dirty = false;
            last_frame = now;
            if (game_->options().exit_after_first_frame) {
                std::printf("first frame\n");
                std::fflush(stdout);
                return 0;
            }
            if (game_->screens().empty()) break;
        }
        int timeout = -1;
        if (next.is_animating()) {
            // With vsync, presenting already waited for the display; without it, wait out the
            // rest of the frame here (still waking at once for input).
            timeout = display_->waits_for_vsync()
                          ? 0
                          : static_cast<int>(std::max<std::int64_t>(0, last_frame + frame_interval - time_ms()));
        } else if (next.at_ms != ui::FrameRequest::never) {
            timeout = static_cast<int>(std::clamp<std::int64_t>(next.at_ms - time_ms(), 0, 60'000));
        }
        SDL_Event event;
        const int got = timeout < 0 ? SDL_WaitEvent(&event) : SDL_WaitEventTimeout(&event, timeout);
        if (got != 0) {
            dirty = dispatch(event) || dirty;
            while (SDL_PollEvent(&event) != 0) dirty = dispatch(event) || dirty;
        }
    }
    return 0;
}

}  // namespace kindling::app
