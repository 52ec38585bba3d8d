#include "core/night/party_vote.hpp"

#include <algorithm>

namespace kindling {

Vote::Vote(std::size_t people, std::size_t first)
    : ballots_(std::max<std::size_t>(people, 1)),
      voted_(ballots_.size(), false),
      first_(first % std::max<std::size_t>(people, 1)) {}

std::size_t Vote::voter() const {
    for (std::size_t step = 0; step < people(); ++step) {
        const std::size_t candidate = (first_ + step) % people();
        if (!voted_[candidate]) return candidate;
    }
    return first_;
}

std::optional<std::size_t> Vote::next_voter_among(const std::vector<bool>& votes_here) const {
    if (complete()) return std::nullopt;
    for (std::size_t step = 0; step < people(); ++step) {
        const std::size_t candidate = (first_ + step) % people();
        if (!voted_[candidate] && candidate < votes_here.size() && votes_here[candidate]) return candidate;
    }
    return std::nullopt;
}

bool Vote::cast(std::size_t candidate) {
    if (complete() || candidate >= people()) return false;
    return record(voter(), candidate);
}

bool Vote::abstain() {
    if (complete()) return false;
    return record(voter(), std::nullopt);
}

bool Vote::cast_by(std::size_t voter, std::size_t candidate) {
    if (candidate >= people()) return false;
    return record(voter, candidate);
}

bool Vote::abstain_by(std::size_t voter) { return record(voter, std::nullopt); }

bool Vote::record(std::size_t voter, std::optional<std::size_t> candidate) {
    if (complete() || voter >= people()) return false;
    if (voted_[voter]) std::erase(order_, voter);
    ballots_[voter] = candidate;
    voted_[voter] = true;
    order_.push_back(voter);
    return true;
}

bool Vote::undo() {
    if (order_.empty()) return false;
    const std::size_t last = order_.back();
    order_.pop_back();
    ballots_[last].reset();
    voted_[last] = false;
    return true;
}

std::vector<int> Vote::counts() const {
    std::vector<int> counts(people(), 0);
    for (const auto& ballot : ballots_) {
        if (ballot) ++counts[*ballot];
    }
    return counts;
}

std::vector<int> Vote::public_counts() const {
    if (!complete()) return std::vector<int>(people(), 0);
    return counts();
}

VoteResult Vote::result() const {
    VoteResult result;
    const std::vector<int> tally = counts();
    result.top = tally.empty() ? 0 : *std::max_element(tally.begin(), tally.end());
    result.decided = result.top >= 2;
    if (!result.decided) return result;
    for (std::size_t person = 0; person < tally.size(); ++person) {
        if (tally[person] == result.top) result.winners.push_back(person);
    }
    for (std::size_t voter = 0; voter < ballots_.size(); ++voter) {
        const auto& ballot = ballots_[voter];
        if (ballot && std::find(result.winners.begin(), result.winners.end(), *ballot) != result.winners.end()) {
            result.agreed.push_back(voter);
        }
    }
    return result;
}

}  // namespace kindling
