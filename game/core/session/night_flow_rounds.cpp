// NightFlow's party rounds (night_flow.hpp): the vote of a vote card, the write round of a
// write card and the guess round of a guess card, kept with the card they were opened for.
#include "core/session/night_flow.hpp"

namespace kindling {

std::string NightFlow::table_card() const {
    if (session_ == nullptr) return {};
    const SessionView view = session_->view();
    if (!view.card) return {};
    return std::to_string(view.turn.number) + "/" + std::to_string(view.cards_played) + "/" + view.card->deck_id + "/" +
           view.card->card_id + "/" + view.card->text;
}

bool NightFlow::round_is_current() const {
    return stage_ == NightStage::cards && party_ && (vote_ || write_ || guess_) && round_card_ == table_card();
}

Vote* NightFlow::open_vote_round() { return round_is_current() && vote_ ? &*vote_ : nullptr; }

WriteRound* NightFlow::open_write_round() { return round_is_current() && write_ ? &*write_ : nullptr; }

GuessRound* NightFlow::open_guess_round() { return round_is_current() && guess_ ? &*guess_ : nullptr; }

bool NightFlow::open_round() {
    if (stage_ != NightStage::cards || !party_ || session_ == nullptr || session_->finished()) return false;
    if (round_is_current()) return true;
    const SessionView view = session_->view();
    if (!view.card) return false;
    const CardKind kind = view.card->kind;
    if (kind != CardKind::vote && kind != CardKind::write && kind != CardKind::guess) return false;
    vote_.reset();
    write_.reset();
    guess_.reset();
    const PartyTurn turn = party_->turn(view.turn);
    if (kind == CardKind::vote) vote_.emplace(party_->start_vote(turn));
    else if (kind == CardKind::write) write_.emplace(party_->start_write(turn, view.turn.number));
    else guess_.emplace(party_->plan_guess(turn), party_->player_count());
    round_card_ = table_card();
    return true;
}

const Vote* NightFlow::vote() const { return round_is_current() && vote_ ? &*vote_ : nullptr; }

bool NightFlow::cast_vote(std::size_t voter, std::optional<std::size_t> candidate) {
    Vote* vote = open_vote_round();
    if (vote == nullptr) return false;
    return candidate ? vote->cast_by(voter, *candidate) : vote->abstain_by(voter);
}

bool NightFlow::cast_next_vote(std::optional<std::size_t> candidate) {
    Vote* vote = open_vote_round();
    if (vote == nullptr) return false;
    return candidate ? vote->cast(*candidate) : vote->abstain();
}

bool NightFlow::undo_vote() {
    Vote* vote = open_vote_round();
    return vote != nullptr && vote->undo();
}

std::optional<VoteResult> NightFlow::finish_vote() {
    Vote* vote = open_vote_round();
    if (vote == nullptr || !vote->complete()) return std::nullopt;
    const VoteResult result = party_->finish_vote(*vote);
    vote_.reset();
    request_next_card();
    return result;
}

const WriteRound* NightFlow::write_round() const { return round_is_current() && write_ ? &*write_ : nullptr; }

bool NightFlow::submit_answer(std::size_t player, std::string_view text) {
    WriteRound* round = open_write_round();
    return round != nullptr && round->submit(player, text);
}

bool NightFlow::pass_answer(std::size_t player) {
    WriteRound* round = open_write_round();
    return round != nullptr && round->pass(player);
}

bool NightFlow::close_writing() {
    WriteRound* round = open_write_round();
    return round != nullptr && round->close_writing();
}

bool NightFlow::reveal_next() {
    WriteRound* round = open_write_round();
    return round != nullptr && round->reveal_next();
}

bool NightFlow::vote_answer(std::size_t player, std::size_t answer_index) {
    WriteRound* round = open_write_round();
    return round != nullptr && round->vote(player, answer_index);
}

bool NightFlow::abstain_answer(std::size_t player) {
    WriteRound* round = open_write_round();
    return round != nullptr && round->abstain(player);
}

bool NightFlow::undo_answer_vote() {
    WriteRound* round = open_write_round();
    return round != nullptr && round->undo_vote();
}

std::optional<WriteRoundResult> NightFlow::finish_write() {
    WriteRound* round = open_write_round();
    if (round == nullptr || round->step() != WriteStep::finished) return std::nullopt;
    const WriteRoundResult result = party_->finish_write(*round);
    write_.reset();
    request_next_card();
    return result;
}

const GuessRound* NightFlow::guess_round() const { return round_is_current() && guess_ ? &*guess_ : nullptr; }

bool NightFlow::say_guess(bool right) {
    GuessRound* round = open_guess_round();
    return round != nullptr && round->say(right);
}

bool NightFlow::mark_guess(std::size_t player, bool right) {
    GuessRound* round = open_guess_round();
    return round != nullptr && round->mark(player, right);
}

bool NightFlow::confirm_guess() {
    GuessRound* round = open_guess_round();
    return round != nullptr && round->confirm();
}

bool NightFlow::guess_nobody() {
    GuessRound* round = open_guess_round();
    return round != nullptr && round->nobody();
}

bool NightFlow::change_guess() {
    GuessRound* round = open_guess_round();
    return round != nullptr && round->change();
}

bool NightFlow::finish_guess() {
    GuessRound* round = open_guess_round();
    if (round == nullptr || !round->answered()) return false;
    if (round->open()) party_->finish_open_guess(round->plan(), round->scorers());
    else party_->finish_pair_guess(round->plan(), round->right());
    guess_.reset();
    request_next_card();
    return true;
}

}  // namespace kindling
