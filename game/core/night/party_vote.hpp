#pragma once
// A "who is most likely to..." vote: every player votes for one player (themselves too, or
// nobody). On the shared screen they vote one after another in seating order, starting with the
// reader; from their phones they vote at the same time, in any order, each for themselves by name
// and free to change their mind until the last vote is in. The votes stay secret while they are
// cast, so nobody can follow the room: only how many have voted is public (progress()) until the
// last vote is in, which closes the vote and reveals the tally. Pure.

#include <cstddef>
#include <optional>
#include <vector>

namespace kindling {

struct VoteResult {
    // Whether the room agreed on anyone: at least two votes for the leader(s). When every vote
    // went to someone else (all tied at one), nobody wins and nobody scores.
    bool decided = false;
    int top = 0;                         // the most votes anyone got
    std::vector<std::size_t> winners;    // everyone with `top` votes when decided (a tie shares)
    std::vector<std::size_t> agreed;     // voters whose vote went to a winner
};

// What the room may see of a vote while it is open: "5 of 8 voted".
struct VoteProgress {
    std::size_t cast = 0;
    std::size_t total = 0;
    friend bool operator==(const VoteProgress&, const VoteProgress&) = default;
};

class Vote {
public:
    // `people` vote and can be voted for; `first` votes first in the shared screen's order, then
    // the next on the left.
    explicit Vote(std::size_t people, std::size_t first = 0);

    [[nodiscard]] std::size_t people() const { return ballots_.size(); }
    // Who votes now on the shared screen: the first in seating order from `first` who has not
    // voted yet (meaningless once complete).
    [[nodiscard]] std::size_t voter() const;
    // Who votes now on the shared screen when only some vote there (the rest vote on their
    // phones): the first in seating order from `first` with `votes_here[seat]` who has not voted
    // yet; none when every one of them has (or the vote is complete). Seats past the end of
    // `votes_here` vote elsewhere.
    [[nodiscard]] std::optional<std::size_t> next_voter_among(const std::vector<bool>& votes_here) const;
    [[nodiscard]] std::size_t votes_cast() const { return order_.size(); }
    [[nodiscard]] bool complete() const { return votes_cast() >= people(); }
    [[nodiscard]] bool has_voted(std::size_t voter) const { return voter < people() && voted_[voter]; }
    // What the room may see while the vote is open.
    [[nodiscard]] VoteProgress progress() const { return {votes_cast(), people()}; }

    // Shared screen: the current voter's vote; false (and nothing changes) when complete or out of range.
    bool cast(std::size_t candidate);
    // The current voter gives no vote.
    bool abstain();

    // Phones: `voter` votes, in any order. Voting again while the vote is open changes the vote
    // (it counts as their latest); once the last vote is in the vote is closed. False (and
    // nothing changes) when complete or out of range.
    bool cast_by(std::size_t voter, std::size_t candidate);
    bool abstain_by(std::size_t voter);

    // Takes back the latest vote (whoever cast it), reopening a complete vote; false when there
    // is none.
    bool undo();

    // Votes per person so far. Secret while the vote is open (see public_counts).
    [[nodiscard]] std::vector<int> counts() const;
    // What the room may see: every count once the vote is complete; before that, none (all
    // zero), so later voters cannot follow the earlier ones.
    [[nodiscard]] std::vector<int> public_counts() const;
    // The ballots by voter. Secret: never for the shared screen while the vote is open.
    [[nodiscard]] const std::vector<std::optional<std::size_t>>& ballots() const { return ballots_; }
    [[nodiscard]] VoteResult result() const;

private:
    bool record(std::size_t voter, std::optional<std::size_t> candidate);

    std::vector<std::optional<std::size_t>> ballots_;  // by voter
    std::vector<bool> voted_;                          // by voter: voted or abstained
    std::vector<std::size_t> order_;                   // voters in the order of their latest votes
    std::size_t first_ = 0;
};

}  // namespace kindling
