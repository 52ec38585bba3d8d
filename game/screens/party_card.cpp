#include "screens/party_card.hpp"

#include "screens/game_screen.hpp"

namespace kindling::screens {

std::string name_list(const std::vector<std::string>& names, const UiStrings& strings) {
    std::string text;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) text += i + 1 == names.size() ? std::string(strings.text("common.and")) : ", ";
        text += names[i];
    }
    return text;
}

std::string party_reader_text(const PartyTurn& turn, const UiStrings& strings) {
    if (!turn.team.empty()) return strings.format("party.team_reads", {{"team", turn.team}, {"name", turn.reader}});
    return strings.format("party.reads", {{"name", turn.reader}});
}

std::string party_answers_text(CardKind kind, const PartyTurn& turn, const PartyNight& party, const UiStrings& strings) {
    std::string guesser;
    if (kind == CardKind::guess) {
        const GuessPlan plan = party.plan_guess(turn);
        if (plan.kind == GuessPlan::Kind::pair) guesser = party.player(plan.guesser);
    }
    return wording_text(party_turn_wording(kind, turn, guesser), strings);
}

}  // namespace kindling::screens
