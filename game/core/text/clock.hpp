#pragma once
// Time as the session sees it, injected so that tests and simulations are deterministic.

#include <cstdint>

namespace kindling {

class Clock {
public:
    virtual ~Clock() = default;
    // Milliseconds on a clock that never goes backwards; only differences mean anything.
    [[nodiscard]] virtual std::int64_t monotonic_ms() const = 0;
    // Seconds since 1970-01-01 UTC, for dating nights in the history and corrupt files.
    [[nodiscard]] virtual std::int64_t unix_seconds() const = 0;
};

// The real clocks (std::chrono::steady_clock and system_clock).
const Clock& system_clock();

// A clock that moves only when told to: tests, simulations and scripted play.
class ManualClock final : public Clock {
public:
    explicit ManualClock(std::int64_t unix_seconds = 1'700'000'000) : unix_start_(unix_seconds) {}
    [[nodiscard]] std::int64_t monotonic_ms() const override { return now_ms_; }
    [[nodiscard]] std::int64_t unix_seconds() const override { return unix_start_ + now_ms_ / 1000; }
    void advance_ms(std::int64_t ms) { now_ms_ += ms > 0 ? ms : 0; }
    void advance_seconds(std::int64_t seconds) { advance_ms(seconds * 1000); }

private:
    std::int64_t unix_start_;
    std::int64_t now_ms_ = 0;
};

}  // namespace kindling
