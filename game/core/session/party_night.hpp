#pragma once
// What party mode adds to a Session: people instead of seats (party_rules.hpp), votes and the
// guessing round, points, and a tally of the night for the summary. The Session still deals,
// swaps and times; a front end asks this for names and scores and tells it results. Pure.

#include "core/night/party_rules.hpp"
#include "core/night/party_scores.hpp"
#include "core/night/party_vote.hpp"
#include "core/night/write_round.hpp"
#include "core/session/session.hpp"

#include <optional>
#include <string>
#include <vector>

namespace kindling {

inline constexpr int points_for_agreeing = 1;  // a vote that went to the room's choice
inline constexpr int points_for_guessing = 1;  // each of the two in a right guess; each right guesser
inline constexpr int points_for_favourite_answer = 1;  // the writer of the room's favourite answer

// A guessing turn ("guess my answer"). In a pair, `answerer` (the reader) thinks of an answer,
// `guesser` says theirs, and the answerer confirms. In team play the guesser is always the
// reader's teammate: the couples-know-each-other round. In an open round everyone else guesses
// and the reader names who was right (or closest).
struct GuessPlan {
    enum class Kind : std::uint8_t { pair, open };
    Kind kind = Kind::pair;
    std::size_t answerer = 0;
    std::size_t guesser = 0;  // pair only
    std::string team;         // team play: the team that scores
};

// What happened at the party, for the summary.
struct PartyTally {
    int votes = 0;
    int undecided_votes = 0;
    int guesses = 0;        // guessing rounds
    int right_guesses = 0;  // people who guessed right (a right pair counts its guesser once)
    int write_rounds = 0;
    int answers_written = 0;
};

class PartyNight {
public:
    PartyNight(SessionSetup setup, PartyRules rules);

    [[nodiscard]] const SessionSetup& setup() const { return setup_; }
    [[nodiscard]] const PartyRules& rules() const { return rules_; }
    [[nodiscard]] std::size_t player_count() const { return setup_.players.size(); }
    [[nodiscard]] const std::string& player(std::size_t index) const { return setup_.players.at(index); }

    // The session's turn in people's names.
    [[nodiscard]] PartyTurn turn(const TurnView& view) const;

    // A vote among all players, the reader first.
    [[nodiscard]] Vote start_vote(const PartyTurn& turn) const;
    // Counts a finished vote: points to everyone who agreed with the room (when scoring).
    VoteResult finish_vote(const Vote& vote);

    // A write round over a write card: everyone writes, the reader first on the shared screen;
    // the reveal order comes from the night's seed and the turn.
    [[nodiscard]] WriteRound start_write(const PartyTurn& turn, int turn_number) const;
    // Counts a finished round: a point to the writer of each favourite (when scoring). The
    // writers are never named to the room; only the scoreboard moves.
    WriteRoundResult finish_write(const WriteRound& round);

    [[nodiscard]] GuessPlan plan_guess(const PartyTurn& turn) const;
    // A pair's guess was right or not: right gives a point to each of the two.
    void finish_pair_guess(const GuessPlan& plan, bool right);
    // An open round: a point to each player named as right. The reader (plan.answerer) knows the
    // answer and does not guess, so naming them changes nothing.
    void finish_open_guess(const GuessPlan& plan, const std::vector<std::size_t>& right);
    // Whether `player` may be named as having guessed right in an open round of this plan.
    [[nodiscard]] static bool can_guess(const GuessPlan& plan, std::size_t player) { return player != plan.answerer; }

    [[nodiscard]] const Scoreboard& scores() const { return scores_; }
    [[nodiscard]] const PartyTally& tally() const { return tally_; }
    // The team a player is in (team play), else nothing.
    [[nodiscard]] std::optional<std::size_t> team_of(std::size_t player) const;

private:
    [[nodiscard]] std::optional<std::size_t> index_of(const std::string& name) const;
    void award(std::size_t player, int points);

    SessionSetup setup_;
    PartyRules rules_;
    Scoreboard scores_;
    PartyTally tally_;
};

}  // namespace kindling
