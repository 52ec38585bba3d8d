#include "core/night/party_scores.hpp"

#include <algorithm>
#include <numeric>

namespace kindling {

Scoreboard::Scoreboard(std::vector<std::string> players, std::vector<Team> teams)
    : players_(std::move(players)), teams_(std::move(teams)), points_(players_.size(), 0) {}

void Scoreboard::add(std::size_t player, int points) {
    if (player < points_.size()) points_[player] += points;
}

int Scoreboard::points(std::size_t player) const { return player < points_.size() ? points_[player] : 0; }

int Scoreboard::team_points(std::size_t team) const {
    if (team >= teams_.size()) return 0;
    int sum = 0;
    for (const std::size_t member : teams_[team].members) sum += points(member);
    return sum;
}

int Scoreboard::total() const { return std::accumulate(points_.begin(), points_.end(), 0); }

std::vector<Standing> Scoreboard::standings() const {
    std::vector<Standing> standings;
    if (teams_.empty()) {
        for (std::size_t i = 0; i < players_.size(); ++i) standings.push_back({players_[i], {}, points_[i], 1});
    } else {
        for (std::size_t t = 0; t < teams_.size(); ++t) {
            Standing standing{teams_[t].name, {}, team_points(t), 1};
            for (const std::size_t member : teams_[t].members) {
                if (member < players_.size()) standing.members.push_back(players_[member]);
            }
            standings.push_back(std::move(standing));
        }
    }
    std::stable_sort(standings.begin(), standings.end(),
                     [](const Standing& a, const Standing& b) { return a.points > b.points; });
    for (std::size_t i = 0; i < standings.size(); ++i) {
        standings[i].place = i > 0 && standings[i].points == standings[i - 1].points ? standings[i - 1].place
                                                                                     : static_cast<int>(i) + 1;
    }
    return standings;
}

}  // namespace kindling
