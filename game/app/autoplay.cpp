// --autoplay N: the game plays itself through SDL's event queue, exactly as input from a person
// arrives, with time stepped by hand so a night takes no real time. Prints memory at 1,000,
// 2,000, 5,000, 10,000, … turns (to show it levels off) and one line at the end.
#include "app/app.hpp"
#include "app/scripted_player.hpp"

#include <malloc.h>
#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>

namespace kindling::app {

namespace {

constexpr std::int64_t frame_step_ms = 200;
constexpr std::int64_t session_step_seconds = 2;
constexpr long long stuck_after_frames = 20'000;

double resident_mib() {
    std::ifstream statm("/proc/self/statm");
    long long pages = 0;
    long long resident = 0;
    statm >> pages >> resident;
    return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

// What the program holds on the heap (glibc), apart from what the allocator keeps in reserve:
// a leak grows this; fragmentation only grows the resident size.
double heap_in_use_mib() { return static_cast<double>(mallinfo2().uordblks) / (1024.0 * 1024.0); }

double peak_mib() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

// 1000, 2000, 5000, 10000, 20000, …
bool is_checkpoint(long long turns) {
    if (turns < 1000) return false;
    while (turns % 10 == 0 && turns > 5) turns /= 10;
    return turns == 1 || turns == 2 || turns == 5;
}

}  // namespace

int App::autoplay(long long turns) {
    const auto started = std::chrono::steady_clock::now();
    ScriptedPlayer player(game_->options().seed.value_or(1), game_->options().party);
    std::int64_t now = 0;
    set_time_ms(now);
    Game::Statistics stats = game_->statistics();
    long long last_progress_frame = 0;
    long long last_turns = 0;
    double memory_after_first_night = 0;
    while (stats.turns < turns && !game_->quit_requested()) {
        const ui::FrameRequest next = render();
        stats = game_->statistics();
        if (stats.nights >= 2 && memory_after_first_night == 0) memory_after_first_night = resident_mib();
        if (stats.turns != last_turns) {
            last_turns = stats.turns;
            if (is_checkpoint(stats.turns) && stats.turns < turns) {
                std::printf("autoplay: after %lld turns: %.1f MiB resident, %.1f MiB peak, %.1f MiB heap in use\n",
                            stats.turns, resident_mib(), peak_mib(), heap_in_use_mib());
                std::fflush(stdout);
            }
            last_progress_frame = frames_;
        } else if (frames_ - last_progress_frame > stuck_after_frames) {
            ui::Screen* top = game_->screens().top();
            std::fprintf(stderr, "kindling: autoplay got stuck on the %s screen after %lld turns\n",
                         top ? std::string(top->name()).c_str() : "(no)", stats.turns);
            return 1;
        }
        if (!next.is_animating()) {
            if (ui::Screen* top = game_->screens().top()) {
                SDL_Event event = player.next(*top);
                SDL_PushEvent(&event);
            }
        }
        SDL_Event event;
        while (SDL_PollEvent(&event) != 0) dispatch(event);
        stats = game_->statistics();
        now += frame_step_ms;
        set_time_ms(now);
        if (ManualClock* clock = game_->environment().manual_clock) clock->advance_seconds(session_step_seconds);
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::printf("autoplay: %lld turns in %lld nights (%lld parties), %lld swaps, %lld favourites, %lld timers; %lld frames in %.1f s "
                "(%.2f ms per frame); memory %.1f MiB after the first night, %.1f MiB at the end, %.1f MiB peak\n",
                stats.turns, stats.nights, stats.parties, stats.swaps, stats.favourites, stats.timers, frames_, seconds,
                frames_ > 0 ? seconds * 1000.0 / static_cast<double>(frames_) : 0.0,
                memory_after_first_night > 0 ? memory_after_first_night : resident_mib(), resident_mib(), peak_mib());
    return 0;
}

}  // namespace kindling::app
