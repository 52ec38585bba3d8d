// The interactive loop: draw when something changed, pace animation to the display, and
// otherwise sleep in SDL_WaitEvent so an idle game costs no CPU.
#include "app/app.hpp"

#include <algorithm>
#include <cstdio>

namespace kindling::app {

namespace {

// SDL_WaitEvent sleeps until input arrives, except while a joystick is connected: then SDL 2.26
// polls every millisecond (SDL_events_need_polling), a thousand wake-ups a second. With a
// gamepad plugged in the game waits in steps of 10 ms instead: a hundred short wake-ups a
// second, input still within a frame. Minimised, it waits in steps of 250 ms: nobody is
// looking, and a gamepad's button still brings nothing to draw until the window is back.
int wait_for_event(SDL_Event& event, int timeout_ms, bool minimised) {
    if (SDL_NumJoysticks() <= 0) {
        return timeout_ms < 0 ? SDL_WaitEvent(&event) : SDL_WaitEventTimeout(&event, timeout_ms);
    }
    const Uint64 start = SDL_GetTicks64();
    while (true) {
        if (SDL_PollEvent(&event) != 0) return 1;
        const Uint64 waited = SDL_GetTicks64() - start;
        if (timeout_ms >= 0 && waited >= static_cast<Uint64>(timeout_ms)) return 0;
        const Uint64 step = minimised ? 250 : 10;
        const Uint64 left = timeout_ms < 0 ? step : static_cast<Uint64>(timeout_ms) - waited;
        SDL_Delay(static_cast<Uint32>(std::min<Uint64>(step, left)));
    }
}

}  // namespace

int App::run() {
    bool dirty = true;
    ui::FrameRequest next = ui::FrameRequest::idle();
    std::int64_t last_frame = 0;
    const int hz = std::max(24, display_->refresh_rate());
    const std::int64_t frame_interval = 1000 / hz;
    while (!game_->quit_requested()) {
        const std::int64_t now = time_ms();
        if (!minimised_ && (dirty || next.is_animating() || now >= next.at_ms)) {
            next = render();
            dirty = false;
            last_frame = now;
            if (game_->options().exit_after_first_frame) {
                std::printf("first frame\n");
                std::fflush(stdout);
                return 0;
            }
            if (game_->screens().empty()) break;
            // Sound opens once the first frame is up, on a thread of its own.
            open_sound();
        } else {
            // Woken for sound's sake with nothing to draw: a running timer's end (its chime), the
            // device opening or due to rest.
            observe_sound();
        }
        game_->sound().rest_when_quiet(time_ms());
        const ui::FrameRequest wake = sound_wake();
        int timeout = -1;
        if (minimised_) {
            // Nothing to draw until the window is back; only an event (restore, quit) or sound
            // wakes us.
            if (wake.at_ms != ui::FrameRequest::never) {
                timeout = static_cast<int>(std::clamp<std::int64_t>(wake.at_ms - time_ms(), 0, 60'000));
            }
        } else if (next.is_animating()) {
            // With vsync, presenting already waited for the display; without it, wait out the
            // rest of the frame here (still waking at once for input).
            timeout = display_->waits_for_vsync()
                          ? 0
                          : static_cast<int>(std::max<std::int64_t>(0, last_frame + frame_interval - time_ms()));
        } else if (const std::int64_t at = std::min(next.at_ms, wake.at_ms); at != ui::FrameRequest::never) {
            timeout = static_cast<int>(std::clamp<std::int64_t>(at - time_ms(), 0, 60'000));
        }
        SDL_Event event;
        const int got = wait_for_event(event, timeout, minimised_);
        if (got != 0) {
            dirty = dispatch(event) || dirty;
            while (SDL_PollEvent(&event) != 0) dirty = dispatch(event) || dirty;
        }
    }
    return 0;
}

}  // namespace kindling::app
