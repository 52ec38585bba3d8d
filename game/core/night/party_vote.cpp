#include "core/night/party_vote.hpp"

#include <algorithm>

namespace kindling {

Vote::Vote(std::size_t people, std::size_t first)
    : ballots_(std::max<std::size_t>(people, 1)), first_(first % std::max<std::size_t>(people, 1)) {}

bool Vote::cast(std::size_t candidate) {
    if (complete() || candidate >= people()) return false;
    ballots_[voter()] = candidate;
    ++cast_;
    return true;
}

bool Vote::abstain() {
    if (complete()) return false;
    ballots_[voter()].reset();
    ++cast_;
    return true;
}

bool Vote::undo() {
    if (cast_ == 0) return false;
    --cast_;
    ballots_[voter()].reset();
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
