#include "app/play_tally.hpp"


namespace kindling::app {

void PlayTally::observe(const NightFlow& night) {
    const Session* session = night.session();
    if (session != current_) {
        // A new session replaces the old one only once it exists, so a new night never has the
        // address of the one before while both are alive; between nights the flow holds none.
        earlier_counts_.done += current_counts_.done;
        earlier_counts_.swaps += current_counts_.swaps;
        earlier_counts_.favourites += current_counts_.favourites;
        earlier_counts_.timers_started += current_counts_.timers_started;
        current_counts_ = {};
        current_ = session;
        if (session != nullptr) {
            ++nights_;
            if (night.party() != nullptr) ++parties_;
        }
    }
    if (session != nullptr) current_counts_ = session->applied_actions();
}

PlayStatistics PlayTally::totals() const {
    PlayStatistics totals;
    totals.turns = earlier_counts_.done + current_counts_.done;
    totals.swaps = earlier_counts_.swaps + current_counts_.swaps;
    totals.favourites = earlier_counts_.favourites + current_counts_.favourites;
    totals.timers = earlier_counts_.timers_started + current_counts_.timers_started;
    totals.nights = nights_;
    totals.parties = parties_;
    return totals;
}

}  // namespace kindling::app
