#pragma once
// A write card's round at a party: everyone writes a short anonymous answer to the card's prompt,
// the answers are revealed one by one in an order shuffled from the night's seed (never the
// seating order), then everyone votes for a favourite that is not their own. Who wrote what is
// kept here and never handed to what the room sees: the shared screen shows only the revealed
// answers, how many have written or voted, and at the end the tally per answer. Each player
// writes and votes once, by name, in any order (from their phones) or one after another (on the
// shared screen). Pure.
//
//   writing ──all written, or close_writing──▶ revealing ──reveal_next × answers──▶ voting ──all voted──▶ finished
//      └──── nobody wrote ────────────────────────┴──── fewer than two answers ────────────────────────────▶┘

#include "core/night/party_vote.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kindling {

// An answer is read from across the room in large type: a line or two.
inline constexpr std::size_t max_answer_chars = 80;

enum class WriteStep : std::uint8_t { writing, revealing, voting, finished };

std::string_view to_string(WriteStep step);

struct WriteRoundResult {
    // At least two votes agreed on the favourite (as in a vote); otherwise nobody scores.
    bool decided = false;
    int top = 0;                          // the most votes an answer got
    std::vector<std::size_t> favourites;  // answers (in reveal order) with `top` votes when decided
    std::vector<int> votes;               // per answer, in reveal order
    // The favourites' writers, for the points. Secret: never shown to the room.
    std::vector<std::size_t> authors;
};

class WriteRound {
public:
    // `people` players; `first` writes and votes first on the shared screen; `seed` shuffles the
    // order of the reveal.
    WriteRound(std::size_t people, std::size_t first, std::uint64_t seed);

    [[nodiscard]] WriteStep step() const { return step_; }
    [[nodiscard]] std::size_t people() const { return answers_.size(); }

    // ---- writing ----
    // A player's answer, cleaned like card text (short_text.hpp); refused when blank or longer
    // than max_answer_chars after cleaning, for a player out of range, or outside the writing.
    // Writing again replaces the answer until the writing closes, which it does by itself once
    // everyone has written or passed.
    bool submit(std::size_t player, std::string_view text);
    // The player writes nothing this time.
    bool pass(std::size_t player);
    // Stops waiting (someone is away): whoever has not written passes.
    bool close_writing();
    [[nodiscard]] bool has_written(std::size_t player) const;  // answered or passed
    [[nodiscard]] VoteProgress writing_progress() const;       // what the room may see
    // The shared screen's order: the first in seating order from `first` who has not written.
    [[nodiscard]] std::optional<std::size_t> next_writer() const;
    // The shared screen's order when only some write there (the rest write on their phones): the
    // first in seating order from `first` with `writes_here[seat]` who has not written; none when
    // every one of them has, or outside the writing. Seats past the end of `writes_here` write
    // elsewhere.
    [[nodiscard]] std::optional<std::size_t> next_writer_among(const std::vector<bool>& writes_here) const;

    // ---- revealing ----
    [[nodiscard]] std::size_t answer_count() const { return order_.size(); }
    [[nodiscard]] std::size_t revealed() const { return revealed_; }
    // Shows the next answer; after the last one the vote opens (or, with fewer than two answers,
    // the round is finished).
    bool reveal_next();
    // What the room sees: the answers revealed so far, in reveal order, without their writers.
    [[nodiscard]] std::vector<std::string> shown_answers() const;

    // ---- voting ----
    // Whether `player` may vote for this answer: a revealed answer that is not their own.
    [[nodiscard]] bool can_vote_for(std::size_t player, std::size_t answer) const;
    // A player's vote for an answer (an index into shown_answers), in any order; voting again
    // changes it until the last vote is in. Refused for one's own answer.
    bool vote(std::size_t player, std::size_t answer);
    bool abstain(std::size_t player);
    // The shared screen's order: the first in seating order from `first` who has not voted.
    [[nodiscard]] std::optional<std::size_t> next_voter() const;
    // The same among those who vote on the shared screen (Vote::next_voter_among); none outside
    // the vote.
    [[nodiscard]] std::optional<std::size_t> next_voter_among(const std::vector<bool>& votes_here) const;
    // Takes back the latest vote, reopening a finished vote; false when there is none.
    bool undo_vote();
    [[nodiscard]] bool has_voted(std::size_t player) const { return step_ >= WriteStep::voting && vote_.has_voted(player); }
    [[nodiscard]] VoteProgress vote_progress() const;
    // Votes per answer once the vote is complete; all zero before.
    [[nodiscard]] std::vector<int> public_votes() const;
    // Finished: the favourite(s).
    [[nodiscard]] WriteRoundResult result() const;

    // Private to one player (their own phone may show it back; the shared screen's hand-over
    // shows it only to them): the index of their answer in reveal order once revealing, if any.
    [[nodiscard]] std::optional<std::size_t> own_answer(std::size_t player) const;

private:
    void close();
    void after_reveal();

    std::vector<std::optional<std::string>> answers_;  // by player: secret
    std::vector<bool> written_;                        // by player: answered or passed
    std::vector<std::size_t> order_;                   // writers in reveal order: secret
    std::size_t first_ = 0;
    std::uint64_t seed_ = 0;
    std::size_t revealed_ = 0;
    WriteStep step_ = WriteStep::writing;
    Vote vote_;  // over people: a vote for an answer is a vote for its (secret) writer
};

}  // namespace kindling
