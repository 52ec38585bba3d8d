#pragma once
// What autoplay and the soak tests report over many nights. Counted by watching the night the
// screens drive, never by the screens: each session counts the steps that took effect
// (Session::applied_actions), and a session not seen before is a new night.

#include "core/session/night_flow.hpp"
#include "core/session/session.hpp"

namespace kindling::app {

struct PlayStatistics {
    long long turns = 0;       // cards done
    long long swaps = 0;
    long long favourites = 0;  // marks and un-marks
    long long timers = 0;      // card timers started
    long long nights = 0;
    long long parties = 0;     // of those nights, party nights
};

class PlayTally {
public:
    // Call after anything may have changed the night (each input event and frame): a night
    // that started and ended between two calls would go uncounted.
    void observe(const NightFlow& night);
    [[nodiscard]] PlayStatistics totals() const;

private:
    const Session* current_ = nullptr;
    AppliedActions current_counts_;
    AppliedActions earlier_counts_;  // the nights before the current one, summed
    long long nights_ = 0;
    long long parties_ = 0;
};

}  // namespace kindling::app
