#include "core/night/write_round.hpp"

#include "core/text/random.hpp"
#include "core/text/short_text.hpp"

#include <algorithm>

namespace kindling {

namespace {

// The random stream of the reveal order, apart from the dealing's.
constexpr std::uint64_t reveal_stream = 0x77726974;  // "writ"

}  // namespace

std::string_view to_string(WriteStep step) {
    switch (step) {
        case WriteStep::writing: return "writing";
        case WriteStep::revealing: return "revealing";
        case WriteStep::voting: return "voting";
        case WriteStep::finished: return "finished";
    }
    return "writing";
}

WriteRound::WriteRound(std::size_t people, std::size_t first, std::uint64_t seed)
    : answers_(std::max<std::size_t>(people, 1)),
      written_(answers_.size(), false),
      first_(first % answers_.size()),
      seed_(seed),
      vote_(answers_.size(), first_) {}

bool WriteRound::submit(std::size_t player, std::string_view text) {
    if (step_ != WriteStep::writing || player >= people()) return false;
    std::optional<std::string> answer = accept_short_text(text, max_answer_chars);
    if (!answer) return false;
    answers_[player] = std::move(*answer);
    written_[player] = true;
    if (std::all_of(written_.begin(), written_.end(), [](bool done) { return done; })) close();
    return true;
}

bool WriteRound::pass(std::size_t player) {
    if (step_ != WriteStep::writing || player >= people()) return false;
    answers_[player].reset();
    written_[player] = true;
    if (std::all_of(written_.begin(), written_.end(), [](bool done) { return done; })) close();
    return true;
}

bool WriteRound::close_writing() {
    if (step_ != WriteStep::writing) return false;
    close();
    return true;
}

void WriteRound::close() {
    std::fill(written_.begin(), written_.end(), true);
    order_.clear();
    for (std::size_t player = 0; player < people(); ++player) {
        if (answers_[player]) order_.push_back(player);
    }
    // Drawn from the seed and nothing the room can see: the first answer shown is no more
    // likely to be the reader's (or anyone's) than another.
    Random random(mix_seed(seed_), reveal_stream);
    random.shuffle(std::span<std::size_t>(order_));
    revealed_ = 0;
    step_ = WriteStep::revealing;
    if (order_.empty()) step_ = WriteStep::finished;
}

bool WriteRound::has_written(std::size_t player) const { return player < people() && written_[player]; }

VoteProgress WriteRound::writing_progress() const {
    return {static_cast<std::size_t>(std::count(written_.begin(), written_.end(), true)), people()};
}

std::optional<std::size_t> WriteRound::next_writer() const {
    if (step_ != WriteStep::writing) return std::nullopt;
    for (std::size_t step = 0; step < people(); ++step) {
        const std::size_t player = (first_ + step) % people();
        if (!written_[player]) return player;
    }
    return std::nullopt;
}

std::optional<std::size_t> WriteRound::next_writer_among(const std::vector<bool>& writes_here) const {
    if (step_ != WriteStep::writing) return std::nullopt;
    for (std::size_t step = 0; step < people(); ++step) {
        const std::size_t player = (first_ + step) % people();
        if (!written_[player] && player < writes_here.size() && writes_here[player]) return player;
    }
    return std::nullopt;
}

bool WriteRound::reveal_next() {
    if (step_ != WriteStep::revealing) return false;
    ++revealed_;
    if (revealed_ >= order_.size()) after_reveal();
    return true;
}

void WriteRound::after_reveal() {
    // One answer has nothing to be chosen over.
    step_ = order_.size() >= 2 ? WriteStep::voting : WriteStep::finished;
}

std::vector<std::string> WriteRound::shown_answers() const {
    std::vector<std::string> shown;
    for (std::size_t i = 0; i < revealed_ && i < order_.size(); ++i) shown.push_back(*answers_[order_[i]]);
    return shown;
}

bool WriteRound::can_vote_for(std::size_t player, std::size_t answer) const {
    return player < people() && answer < revealed_ && answer < order_.size() && order_[answer] != player;
}

bool WriteRound::vote(std::size_t player, std::size_t answer) {
    if (step_ != WriteStep::voting || !can_vote_for(player, answer)) return false;
    if (!vote_.cast_by(player, order_[answer])) return false;
    if (vote_.complete()) step_ = WriteStep::finished;
    return true;
}

bool WriteRound::abstain(std::size_t player) {
    if (step_ != WriteStep::voting || !vote_.abstain_by(player)) return false;
    if (vote_.complete()) step_ = WriteStep::finished;
    return true;
}

std::optional<std::size_t> WriteRound::next_voter() const {
    if (step_ != WriteStep::voting) return std::nullopt;
    return vote_.voter();
}

std::optional<std::size_t> WriteRound::next_voter_among(const std::vector<bool>& votes_here) const {
    if (step_ != WriteStep::voting) return std::nullopt;
    return vote_.next_voter_among(votes_here);
}

bool WriteRound::undo_vote() {
    const bool voted_round = order_.size() >= 2 && revealed_ >= order_.size();
    if (!voted_round || (step_ != WriteStep::voting && step_ != WriteStep::finished)) return false;
    if (!vote_.undo()) return false;
    step_ = WriteStep::voting;
    return true;
}

VoteProgress WriteRound::vote_progress() const {
    if (step_ < WriteStep::voting) return {0, people()};
    return vote_.progress();
}

std::vector<int> WriteRound::public_votes() const {
    std::vector<int> votes(order_.size(), 0);
    if (step_ != WriteStep::finished) return votes;
    const std::vector<int> by_writer = vote_.public_counts();
    for (std::size_t answer = 0; answer < order_.size(); ++answer) votes[answer] = by_writer[order_[answer]];
    return votes;
}

WriteRoundResult WriteRound::result() const {
    WriteRoundResult result;
    if (step_ != WriteStep::finished) return result;
    result.votes = public_votes();
    const VoteResult by_writer = vote_.complete() ? vote_.result() : VoteResult{};
    result.decided = by_writer.decided;
    result.top = by_writer.top;
    if (!result.decided) return result;
    for (std::size_t answer = 0; answer < order_.size(); ++answer) {
        if (result.votes[answer] == result.top) {
            result.favourites.push_back(answer);
            result.authors.push_back(order_[answer]);
        }
    }
    return result;
}

std::optional<std::size_t> WriteRound::own_answer(std::size_t player) const {
    if (step_ == WriteStep::writing) return std::nullopt;
    const auto found = std::find(order_.begin(), order_.end(), player);
    if (found == order_.end()) return std::nullopt;
    return static_cast<std::size_t>(found - order_.begin());
}

}  // namespace kindling
