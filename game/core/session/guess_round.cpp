#include "core/session/guess_round.hpp"

#include <algorithm>
#include <utility>

namespace kindling {

GuessRound::GuessRound(GuessPlan plan, std::size_t people) : plan_(std::move(plan)), marked_(people, false) {}

bool GuessRound::say(bool right) {
    if (open() || answered_) return false;
    right_ = right;
    answered_ = true;
    return true;
}

bool GuessRound::mark(std::size_t player, bool right) {
    if (!open() || answered_ || player >= marked_.size() || !PartyNight::can_guess(plan_, player)) return false;
    marked_[player] = right;
    return true;
}

bool GuessRound::confirm() {
    if (!open() || answered_) return false;
    answered_ = true;
    return true;
}

bool GuessRound::nobody() {
    if (!open() || answered_) return false;
    std::fill(marked_.begin(), marked_.end(), false);
    answered_ = true;
    return true;
}

bool GuessRound::change() {
    if (!answered_) return false;
    answered_ = false;
    right_ = false;
    return true;
}

std::vector<std::size_t> GuessRound::scorers() const {
    std::vector<std::size_t> names;
    if (open()) {
        for (std::size_t player = 0; player < marked_.size(); ++player) {
            if (marked_[player]) names.push_back(player);
        }
    } else if (answered_ && right_) {
        names = {plan_.answerer, plan_.guesser};
    }
    return names;
}

}  // namespace kindling
