#include "core/night/consent.hpp"

#include <algorithm>

namespace kindling {

ConsentBook::ConsentBook(std::size_t player_count) : limits_(player_count) {}

void ConsentBook::set_limits(std::size_t player, ConsentLimits limits) {
    if (player < limits_.size()) limits_[player] = std::move(limits);
}

bool ConsentBook::allows(const Card& card, std::span<const std::size_t> players) const {
    return std::all_of(players.begin(), players.end(), [&](std::size_t player) {
        if (player >= limits_.size()) return true;
        const ConsentLimits& limits = limits_[player];
        if (card.intensity > limits.max_intensity) return false;
        if (std::find(limits.skip_kinds.begin(), limits.skip_kinds.end(), card.kind) !=
            limits.skip_kinds.end()) {
            return false;
        }
        return std::find(limits.skip_themes.begin(), limits.skip_themes.end(), card.theme) ==
               limits.skip_themes.end();
    });
}

}  // namespace kindling
