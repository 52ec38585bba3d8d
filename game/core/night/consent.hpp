#pragma once
// Each player's private limits for the night.
//
// Limits are written once into a ConsentBook, which is then moved into the session. Neither
// offers a way to read them back: the only question either answers is whether a card is allowed
// for a given group of players, so a front end cannot show one player's limits to another by
// mistake. A front end that lets a player revise their own limits keeps its own draft on the
// screen where that player edits it.

#include "core/deck/deck.hpp"

#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace kindling {

struct ConsentLimits {
    Intensity max_intensity = Intensity::private_;
    std::vector<std::string> skip_themes;  // theme ids, e.g. "closeness"
    std::vector<CardKind> skip_kinds;      // e.g. CardKind::gesture for "no touch cards tonight"
};

class ConsentBook {
public:
    // Every player starts without limits beyond the card's own.
    explicit ConsentBook(std::size_t player_count);

    // Replaces the player's limits. Out-of-range players are ignored.
    void set_limits(std::size_t player, ConsentLimits limits);

    // True when the card is within the limits of every listed player.
    [[nodiscard]] bool allows(const Card& card, std::span<const std::size_t> players) const;

    [[nodiscard]] std::size_t player_count() const noexcept { return limits_.size(); }

private:
    std::vector<ConsentLimits> limits_;
};

}  // namespace kindling
