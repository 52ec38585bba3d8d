#pragma once
// The guess round over a guess card at a party (issue 15): what the reader, who knows the
// answer, says about the guesses, kept by NightFlow so that the shared screen and the reader's
// phone change the same round. In a pair round the reader says whether the guess was right; in
// an open round they mark who was right (never themselves), then confirm. Until the round is
// finished the reader may change their answer. Pure; scoring is PartyNight's.

#include "core/session/party_night.hpp"

#include <cstddef>
#include <vector>

namespace kindling {

class GuessRound {
public:
    GuessRound(GuessPlan plan, std::size_t people);

    [[nodiscard]] const GuessPlan& plan() const { return plan_; }
    [[nodiscard]] bool open() const { return plan_.kind == GuessPlan::Kind::open; }
    [[nodiscard]] std::size_t people() const { return marked_.size(); }

    // A pair round: the guess was right (or missed). Refused in an open round or once answered.
    bool say(bool right);
    // An open round: marks (or unmarks) `player` as having guessed right. Refused for the
    // reader, a seat out of range, a pair round, or once answered.
    bool mark(std::size_t player, bool right);
    // An open round: the marks are the answer (none marked: nobody was right).
    bool confirm();
    // An open round: nobody was right (the marks are cleared).
    bool nobody();
    // The reader changes their answer: the round is open to choices again. The marks stay.
    bool change();

    [[nodiscard]] bool answered() const { return answered_; }
    // A pair round's answer (false until answered).
    [[nodiscard]] bool right() const { return right_; }
    [[nodiscard]] bool marked(std::size_t player) const { return player < marked_.size() && marked_[player]; }
    // Who scores by the answer given: a right pair's two, an open round's marked players.
    [[nodiscard]] std::vector<std::size_t> scorers() const;

private:
    GuessPlan plan_;
    std::vector<bool> marked_;
    bool answered_ = false;
    bool right_ = false;
};

}  // namespace kindling
