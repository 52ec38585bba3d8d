#include "screens/party_card.hpp"

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

std::string party_answers_text(const PartyTurn& turn, const UiStrings& strings) {
    const std::string first = turn.answerers.empty() ? turn.reader : turn.answerers.front();
    switch (turn.address) {
        case PartyAddress::everyone: return strings.format("party.answers.everyone", {{"name", first}});
        case PartyAddress::reader: return strings.format("party.answers.one", {{"name", turn.reader}});
        case PartyAddress::named: return strings.format("party.answers.one", {{"name", first}});
        case PartyAddress::left:
            return strings.format("party.answers.left", {{"name", turn.left}, {"reader", turn.reader}});
        case PartyAddress::both: {
            const std::string second = turn.answerers.size() > 1 ? turn.answerers[1] : turn.reader;
            return strings.format("party.answers.both", {{"first", first}, {"second", second}});
        }
    }
    return {};
}

}  // namespace kindling::screens
