#pragma once
// Points at a party: kept per player, added up per team in team play, and ranked for the
// scoreboard with shared places for equal points. Pure.

#include "core/night/session_setup.hpp"

#include <string>
#include <vector>

namespace kindling {

struct Standing {
    std::string name;                  // a player's, or in team play a team's
    std::vector<std::string> members;  // team play: the team's players
    int points = 0;
    int place = 1;                     // 1 for the leaders; equal points share a place (1, 1, 3)
};

class Scoreboard {
public:
    Scoreboard() = default;
    Scoreboard(std::vector<std::string> players, std::vector<Team> teams);

    void add(std::size_t player, int points);
    [[nodiscard]] int points(std::size_t player) const;
    [[nodiscard]] int team_points(std::size_t team) const;
    [[nodiscard]] bool teams() const { return !teams_.empty(); }
    // Teams in team play, else players; most points first, seating order among equals.
    [[nodiscard]] std::vector<Standing> standings() const;
    [[nodiscard]] int total() const;

private:
    std::vector<std::string> players_;
    std::vector<Team> teams_;
    std::vector<int> points_;
};

}  // namespace kindling
