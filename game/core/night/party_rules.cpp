#include "core/night/party_rules.hpp"

#include <algorithm>

namespace kindling {

bool party_allows(const Card& card, const PartyRules& rules) {
    if (!rules.company_safe) return true;
    if (card.intensity != Intensity::company) return false;
    const bool between_two = card.answers == Answerer::partner || card.answers == Answerer::both;
    return !(card.kind == CardKind::gesture && between_two);
}

std::vector<Deck> party_decks(std::span<const Deck> decks, const PartyRules& rules) {
    std::vector<Deck> kept;
    kept.reserve(decks.size());
    for (const Deck& deck : decks) {
        Deck copy = deck;
        std::erase_if(copy.cards, [&](const Card& card) { return !party_allows(card, rules); });
        kept.push_back(std::move(copy));
    }
    return kept;
}

SessionSetup party_setup(std::vector<std::string> players, std::vector<Team> teams, const PartyRules& rules,
                         int cards, std::uint64_t seed) {
    SessionSetup setup = default_setup(PlayStyle::party, std::move(players));
    setup.teams = std::move(teams);
    setup.intensity_limit = rules.company_safe ? Intensity::company : Intensity::private_;
    setup.length = {LengthUnit::cards, cards};
    setup.seed = seed;
    return setup;
}

std::vector<Team> teams_of_neighbours(std::size_t player_count, std::size_t size, std::vector<std::string> names) {
    std::vector<Team> teams;
    if (size == 0) return teams;
    for (std::size_t first = 0; first < player_count; first += size) {
        Team team;
        const std::size_t number = teams.size();
        team.name = number < names.size() && !names[number].empty() ? names[number]
                                                                    : "Team " + std::to_string(number + 1);
        for (std::size_t member = first; member < std::min(player_count, first + size); ++member) {
            team.members.push_back(member);
        }
        teams.push_back(std::move(team));
    }
    return teams;
}

std::size_t left_of(std::size_t player, std::size_t player_count) {
    return player_count == 0 ? 0 : (player + 1) % player_count;
}

namespace {

std::size_t index_of(const std::vector<std::string>& names, const std::string& name) {
    const auto found = std::find(names.begin(), names.end(), name);
    return found == names.end() ? 0 : static_cast<std::size_t>(found - names.begin());
}

PartyAddress address_for(Answerer answers) {
    switch (answers) {
        case Answerer::everyone: return PartyAddress::everyone;
        case Answerer::reader: return PartyAddress::reader;
        case Answerer::partner: return PartyAddress::named;
        case Answerer::left: return PartyAddress::left;
        case Answerer::both: return PartyAddress::both;
    }
    return PartyAddress::everyone;
}

}  // namespace

PartyTurn resolve_party_turn(const SessionSetup& setup, const std::string& reader_seat,
                             const std::vector<std::string>& speaker_seats, Answerer answers, int turn_number) {
    PartyTurn turn;
    turn.address = address_for(answers);
    turn.answerers = speaker_seats;
    const std::size_t players = setup.players.size();
    if (setup.teams.empty()) {
        turn.reader_index = index_of(setup.players, reader_seat);
    } else {
        std::vector<std::string> team_names;
        for (const Team& team : setup.teams) team_names.push_back(team.name);
        const std::size_t seat = index_of(team_names, reader_seat);
        const Team& team = setup.teams[seat];
        turn.team = team.name;
        const auto reads_before = static_cast<std::size_t>(std::max(0, turn_number - 1)) / setup.teams.size();
        turn.reader_index = team.members.empty() ? 0 : team.members[reads_before % team.members.size()];
    }
    turn.reader = turn.reader_index < players ? setup.players[turn.reader_index] : reader_seat;
    turn.left_index = left_of(turn.reader_index, players);
    turn.left = turn.left_index < players ? setup.players[turn.left_index] : std::string{};
    switch (turn.address) {
        case PartyAddress::left: turn.answerers = {turn.left}; break;
        case PartyAddress::reader: turn.answerers = {turn.reader}; break;
        case PartyAddress::everyone:
            // Everyone in person, starting with the reader and going left (in team play too).
            turn.answerers.clear();
            for (std::size_t step = 0; step < players; ++step) {
                turn.answerers.push_back(setup.players[(turn.reader_index + step) % players]);
            }
            break;
        case PartyAddress::both:
            // The reading seat is a person now; the other stays as the session named it.
            for (std::string& name : turn.answerers) {
                if (name == reader_seat) name = turn.reader;
            }
            break;
        case PartyAddress::named: break;
    }
    return turn;
}

}  // namespace kindling
