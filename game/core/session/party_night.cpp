#include "core/session/party_night.hpp"

#include "core/text/random.hpp"

#include <algorithm>

namespace kindling {

PartyNight::PartyNight(SessionSetup setup, PartyRules rules)
    : setup_(std::move(setup)), rules_(rules), scores_(setup_.players, setup_.teams) {}

PartyTurn PartyNight::turn(const TurnView& view) const {
    return resolve_party_turn(setup_, view.reader, view.speakers, view.answers, view.number);
}

Vote PartyNight::start_vote(const PartyTurn& turn) const { return Vote(player_count(), turn.reader_index); }

VoteResult PartyNight::finish_vote(const Vote& vote) {
    const VoteResult result = vote.result();
    ++tally_.votes;
    if (!result.decided) ++tally_.undecided_votes;
    for (const std::size_t voter : result.agreed) award(voter, points_for_agreeing);
    return result;
}

WriteRound PartyNight::start_write(const PartyTurn& turn, int turn_number) const {
    // Each turn's round draws its own reveal order from the night's seed.
    const auto turn_part = static_cast<std::uint64_t>(static_cast<std::uint32_t>(turn_number)) << 32U;
    const std::uint64_t seed = mix_seed(setup_.seed ^ turn_part);
    return WriteRound(player_count(), turn.reader_index, seed);
}

WriteRoundResult PartyNight::finish_write(const WriteRound& round) {
    const WriteRoundResult result = round.result();
    ++tally_.write_rounds;
    tally_.answers_written += static_cast<int>(round.answer_count());
    if (round.step() != WriteStep::finished) return result;
    for (const std::size_t writer : result.authors) award(writer, points_for_favourite_answer);
    return result;
}

std::optional<std::size_t> PartyNight::index_of(const std::string& name) const {
    const auto found = std::find(setup_.players.begin(), setup_.players.end(), name);
    if (found == setup_.players.end()) return std::nullopt;
    return static_cast<std::size_t>(found - setup_.players.begin());
}

std::optional<std::size_t> PartyNight::team_of(std::size_t player) const {
    for (std::size_t t = 0; t < setup_.teams.size(); ++t) {
        const auto& members = setup_.teams[t].members;
        if (std::find(members.begin(), members.end(), player) != members.end()) return t;
    }
    return std::nullopt;
}

GuessPlan PartyNight::plan_guess(const PartyTurn& turn) const {
    GuessPlan plan;
    plan.answerer = turn.reader_index;
    if (const auto team = team_of(turn.reader_index)) {
        const auto& members = setup_.teams[*team].members;
        if (members.size() >= 2) {
            // The couples round: the reader's teammate (the next member of the team) guesses.
            const auto at = std::find(members.begin(), members.end(), turn.reader_index);
            const auto next = static_cast<std::size_t>(at - members.begin() + 1) % members.size();
            plan.guesser = members[next];
            plan.team = setup_.teams[*team].name;
            return plan;
        }
    }
    if (turn.address == PartyAddress::everyone || turn.address == PartyAddress::reader) {
        plan.kind = GuessPlan::Kind::open;
        return plan;
    }
    // Someone named (or the left neighbour) guesses the reader's answer.
    for (const std::string& name : turn.answerers) {
        if (const auto index = index_of(name); index && *index != turn.reader_index) {
            plan.guesser = *index;
            return plan;
        }
    }
    plan.guesser = turn.left_index;
    return plan;
}

void PartyNight::finish_pair_guess(const GuessPlan& plan, bool right) {
    ++tally_.guesses;
    if (!right) return;
    ++tally_.right_guesses;
    award(plan.answerer, points_for_guessing);
    award(plan.guesser, points_for_guessing);
}

void PartyNight::finish_open_guess(const GuessPlan& plan, const std::vector<std::size_t>& right) {
    ++tally_.guesses;
    for (const std::size_t player : right) {
        if (!can_guess(plan, player) || player >= player_count()) continue;
        ++tally_.right_guesses;
        award(player, points_for_guessing);
    }
}

void PartyNight::award(std::size_t player, int points) {
    if (rules_.scoring) scores_.add(player, points);
}

}  // namespace kindling
