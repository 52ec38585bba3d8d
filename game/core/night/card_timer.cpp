#include "core/night/card_timer.hpp"

#include "core/deck/deck.hpp"

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>

namespace kindling {

namespace {
constexpr std::int64_t ms_per_second = 1000;
constexpr int max_extension_seconds = 600;
constexpr std::int64_t max_remaining_ms = std::int64_t{max_timer_seconds} * ms_per_second;

constexpr std::array<std::pair<TimerPhase, std::string_view>, 6> phase_names{{
    {TimerPhase::none, "none"},
    {TimerPhase::ready, "ready"},
    {TimerPhase::running, "running"},
    {TimerPhase::paused, "paused"},
    {TimerPhase::finished, "finished"},
    {TimerPhase::skipped, "skipped"},
}};
}  // namespace

CardTimer CardTimer::offer(int length_seconds, int min_seconds, int max_seconds) {
    CardTimer timer;
    timer.min_seconds_ = std::clamp(std::min(min_seconds, length_seconds), min_timer_seconds, max_timer_seconds);
    timer.max_seconds_ = std::clamp(std::max(max_seconds, length_seconds), timer.min_seconds_, max_timer_seconds);
    const int length = std::clamp(length_seconds, timer.min_seconds_, timer.max_seconds_);
    timer.phase_ = TimerPhase::ready;
    timer.length_ms_ = std::int64_t{length} * ms_per_second;
    timer.remaining_ms_ = timer.length_ms_;
    return timer;
}

bool CardTimer::choose_length(int seconds) {
    if (phase_ != TimerPhase::ready || seconds < min_seconds_ || seconds > max_seconds_) return false;
    length_ms_ = std::int64_t{seconds} * ms_per_second;
    remaining_ms_ = length_ms_;
    return true;
}

bool CardTimer::start(std::int64_t now_ms) {
    if (phase_ != TimerPhase::ready && phase_ != TimerPhase::paused) return false;
    phase_ = TimerPhase::running;
    anchor_ms_ = now_ms;
    return true;
}

bool CardTimer::pause(std::int64_t now_ms) {
    if (phase(now_ms) != TimerPhase::running) return false;
    remaining_ms_ = remaining_ms(now_ms);
    phase_ = TimerPhase::paused;
    return true;
}

bool CardTimer::extend(int seconds, std::int64_t now_ms) {
    if (seconds < 1 || seconds > max_extension_seconds) return false;
    const TimerPhase current = phase(now_ms);
    if (current != TimerPhase::running && current != TimerPhase::paused &&
        current != TimerPhase::finished) {
        return false;
    }
    const std::int64_t extra = std::int64_t{seconds} * ms_per_second;
    const std::int64_t remaining = remaining_ms(now_ms);
    if (remaining + extra > max_remaining_ms) return false;
    if (current == TimerPhase::finished) {
        // Time ran out and the players want more: the timer simply runs again.
        phase_ = TimerPhase::running;
        anchor_ms_ = now_ms;
        remaining_ms_ = extra;
    } else if (current == TimerPhase::running) {
        remaining_ms_ = remaining + extra;
        anchor_ms_ = now_ms;
    } else {
        remaining_ms_ += extra;
    }
    length_ms_ += extra;
    return true;
}

bool CardTimer::skip() {
    if (phase_ == TimerPhase::none || phase_ == TimerPhase::skipped) return false;
    phase_ = TimerPhase::skipped;
    remaining_ms_ = 0;
    return true;
}

TimerPhase CardTimer::phase(std::int64_t now_ms) const {
    if (phase_ == TimerPhase::running && remaining_ms(now_ms) == 0) return TimerPhase::finished;
    return phase_;
}

std::int64_t CardTimer::remaining_ms(std::int64_t now_ms) const {
    if (phase_ != TimerPhase::running) return remaining_ms_;
    return std::max<std::int64_t>(0, remaining_ms_ - std::max<std::int64_t>(0, now_ms - anchor_ms_));
}

CardTimer::Saved CardTimer::save(std::int64_t now_ms) const {
    TimerPhase saved_phase = phase(now_ms);
    if (saved_phase == TimerPhase::running) saved_phase = TimerPhase::paused;
    return {saved_phase, length_ms_, remaining_ms(now_ms), min_seconds_, max_seconds_};
}

CardTimer CardTimer::restore(const Saved& saved) {
    CardTimer timer;
    timer.phase_ = saved.phase == TimerPhase::running ? TimerPhase::paused : saved.phase;
    timer.length_ms_ = std::clamp<std::int64_t>(saved.length_ms, 0, 2 * max_remaining_ms);
    timer.remaining_ms_ = std::clamp<std::int64_t>(saved.remaining_ms, 0, max_remaining_ms);
    timer.min_seconds_ = saved.min_seconds;
    timer.max_seconds_ = saved.max_seconds;
    return timer;
}

std::string_view to_string(TimerPhase phase) {
    for (const auto& [value, name] : phase_names) {
        if (value == phase) return name;
    }
    return "none";
}

std::optional<TimerPhase> timer_phase_from_string(std::string_view text) {
    for (const auto& [value, name] : phase_names) {
        if (name == text) return value;
    }
    return std::nullopt;
}

}  // namespace kindling
