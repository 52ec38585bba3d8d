#include "core/session/turn_wording.hpp"

#include "core/session/session.hpp"

namespace kindling {

namespace {

// Kinds that are done rather than said: the footer says who does them, and "together" for two.
bool is_done_together(CardKind kind) {
    return kind == CardKind::gesture || kind == CardKind::activity || kind == CardKind::dare;
}

TurnWording wording(std::string_view key, std::string name, std::string other = {}) {
    return {"card.who." + std::string(key), std::move(name), std::move(other)};
}

}  // namespace

TurnWording couple_turn_wording(CardKind kind, const TurnView& turn) {
    if (turn.speakers.empty()) return {};
    const std::string& first = turn.speakers.front();
    const bool several = turn.answers == Answerer::both || turn.answers == Answerer::everyone;
    switch (kind) {
        case CardKind::vote: return wording("everyone_votes", first);
        case CardKind::write: return wording("everyone_writes", first);
        case CardKind::guess: return several ? wording("both_guess", first) : wording("guesses", first);
        default: break;
    }
    if (is_done_together(kind)) {
        if (turn.answers == Answerer::everyone && turn.speakers.size() > 2) return wording("everyone_together", first);
        return several ? wording("together", first) : wording("does", first);
    }
    if (turn.answers == Answerer::everyone && turn.speakers.size() > 2) return wording("everyone_answers", first);
    return several ? wording("both_answer", first) : wording("answers", first);
}

TurnWording party_turn_wording(CardKind kind, const PartyTurn& turn, std::string_view guesser) {
    const std::string first = turn.answerers.empty() ? turn.reader : turn.answerers.front();
    if (kind == CardKind::vote) return wording("everyone_votes", turn.reader);
    if (kind == CardKind::write) return wording("everyone_writes", turn.reader);
    if (kind == CardKind::guess) {
        // The reader keeps the answer in mind: they never guess, they confirm.
        if (guesser.empty()) return wording("everyone_guesses", turn.reader);
        return wording("guesses_confirms", std::string(guesser), turn.reader);
    }
    const bool done = is_done_together(kind);
    switch (turn.address) {
        case PartyAddress::everyone: return wording(done ? "everyone_together" : "everyone_answers", first);
        case PartyAddress::reader: return wording(done ? "does" : "answers", turn.reader);
        case PartyAddress::named: return wording(done ? "does" : "answers", first);
        case PartyAddress::left: return wording(done ? "left_does" : "left_answers", turn.left, turn.reader);
        case PartyAddress::both: {
            const std::string second = turn.answerers.size() > 1 ? turn.answerers[1] : turn.reader;
            return wording(done ? "pair_together" : "pair_answer", first, second);
        }
    }
    return {};
}

std::string_view timer_ready_key(std::size_t people) {
    if (people <= 1) return "timer.ready.one";
    if (people == 2) return "timer.ready.two";
    return "timer.ready.everyone";
}

}  // namespace kindling
