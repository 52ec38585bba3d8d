#pragma once
// A "who is most likely to..." vote: every player votes for one player (themselves too, or
// nobody), one after another in seating order, starting with the reader. The votes stay secret
// while they are cast, so nobody can follow the room: only the number of votes cast is public
// until the last vote is in. Pure.

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

class Vote {
public:
    // `people` vote and can be voted for; `first` votes first, then the next on the left.
    explicit Vote(std::size_t people, std::size_t first = 0);

    [[nodiscard]] std::size_t people() const { return ballots_.size(); }
    // Who votes now (meaningless once complete).
    [[nodiscard]] std::size_t voter() const { return (first_ + cast_) % people(); }
    [[nodiscard]] std::size_t votes_cast() const { return cast_; }
    [[nodiscard]] bool complete() const { return cast_ >= people(); }

    // The current voter's vote; false (and nothing changes) when complete or out of range.
    bool cast(std::size_t candidate);
    // The current voter gives no vote.
    bool abstain();
    // Takes back the last vote; false when there is none.
    bool undo();

    // Votes per person so far (secret while the vote is open: see public_counts).
    [[nodiscard]] std::vector<int> counts() const;
    // What the room may see: every count once the vote is complete; before that, none (all
    // zero), so later voters cannot follow the earlier ones.
    [[nodiscard]] std::vector<int> public_counts() const;
    [[nodiscard]] const std::vector<std::optional<std::size_t>>& ballots() const { return ballots_; }
    [[nodiscard]] VoteResult result() const;

private:
    std::vector<std::optional<std::size_t>> ballots_;  // by voter
    std::size_t first_ = 0;
    std::size_t cast_ = 0;
};

}  // namespace kindling
