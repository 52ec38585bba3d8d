#include "core/night/favourite_return.hpp"

namespace kindling {

int favourite_return_earliest_eighths(std::uint64_t seed) {
    // The seed's high bits: its low ones already choose the night's first cards.
    return static_cast<int>((seed >> 40) % 3);
}

bool in_favourite_return_window(NightProgress progress, std::size_t cards_played, int earliest_eighths) {
    if (cards_played == 0 || progress.total <= 0) return false;
    // Whole-number fractions: done / total >= earliest / 8 and done / total < 1 / 2.
    if (progress.done * 8 < static_cast<std::int64_t>(earliest_eighths) * progress.total) return false;
    return progress.done * 2 < progress.total;
}

}  // namespace kindling
