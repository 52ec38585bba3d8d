#pragma once
// The calm, optional timer of gestures, dares and closing steps. It starts only when the players
// are ready, can be paused, extended or skipped, and running out changes nothing but the display:
// the card stays until the players say they are done.

#include <cstdint>
#include <optional>
#include <string_view>

namespace kindling {

enum class TimerPhase : std::uint8_t {
    none,      // the card has no timer
    ready,     // offered, waiting for the players
    running,
    paused,
    finished,  // ran out; nothing is lost, the players go on when they like
    skipped,
};

inline constexpr int default_timer_extension_seconds = 30;

class CardTimer {
public:
    CardTimer() = default;
    // A timer of a fixed length, or one whose length the players may choose in [min, max].
    static CardTimer offer(int length_seconds, int min_seconds, int max_seconds);

    // Each returns false, changing nothing, when the step makes no sense in the current phase.
    bool choose_length(int seconds);        // ready only, within the offered range
    bool start(std::int64_t now_ms);        // ready or paused
    bool pause(std::int64_t now_ms);        // running
    bool extend(int seconds, std::int64_t now_ms);  // running, paused or finished; 1..600 s
    bool skip();                            // anything but none and skipped

    [[nodiscard]] TimerPhase phase(std::int64_t now_ms) const;
    [[nodiscard]] std::int64_t remaining_ms(std::int64_t now_ms) const;
    [[nodiscard]] std::int64_t length_ms() const noexcept { return length_ms_; }
    [[nodiscard]] int min_seconds() const noexcept { return min_seconds_; }
    [[nodiscard]] int max_seconds() const noexcept { return max_seconds_; }

    // What a saved night keeps: a running timer comes back paused, since nobody knows how long
    // the game was away.
    struct Saved {
        TimerPhase phase = TimerPhase::none;
        std::int64_t length_ms = 0;
        std::int64_t remaining_ms = 0;
        int min_seconds = 0;
        int max_seconds = 0;
        friend bool operator==(const Saved&, const Saved&) = default;
    };
    [[nodiscard]] Saved save(std::int64_t now_ms) const;
    static CardTimer restore(const Saved& saved);

private:
    TimerPhase phase_ = TimerPhase::none;
    std::int64_t length_ms_ = 0;
    std::int64_t remaining_ms_ = 0;  // at `anchor_ms_` while running, else now
    std::int64_t anchor_ms_ = 0;
    int min_seconds_ = 0;
    int max_seconds_ = 0;
};

std::string_view to_string(TimerPhase phase);
std::optional<TimerPhase> timer_phase_from_string(std::string_view text);

}  // namespace kindling
