#include "core/night/session_setup.hpp"

#include "core/text/unicode.hpp"

#include <algorithm>

namespace kindling {

SessionSetup default_setup(PlayStyle style, std::vector<std::string> players) {
    SessionSetup setup;
    setup.style = style;
    setup.players = std::move(players);
    if (style == PlayStyle::party) setup.intensity_limit = Intensity::company;
    return setup;
}

namespace {

void check_names(const std::vector<std::string>& names, std::string_view what,
                 std::vector<std::string>& problems) {
    for (std::size_t i = 0; i < names.size(); ++i) {
        const std::string label = std::string(what) + " " + std::to_string(i + 1);
        if (unicode::is_blank(names[i])) problems.push_back(label + " needs a name");
        else if (!unicode::is_valid_utf8(names[i])) problems.push_back(label + "'s name is not valid text");
        else if (unicode::code_point_count(names[i]) > max_name_chars) {
            problems.push_back(label + "'s name is longer than " + std::to_string(max_name_chars) +
                               " characters");
        }
    }
    for (std::size_t i = 0; i < names.size(); ++i) {
        for (std::size_t j = i + 1; j < names.size(); ++j) {
            if (!unicode::is_blank(names[i]) && unicode::trim(names[i]) == unicode::trim(names[j])) {
                problems.push_back("two " + std::string(what) + "s are called \"" + names[i] +
                                   "\"; give each a different name");
            }
        }
    }
}

void check_teams(const SessionSetup& setup, std::vector<std::string>& problems) {
    const auto team_count = static_cast<int>(setup.teams.size());
    if (team_count < min_teams || team_count > max_teams) {
        problems.push_back("team play needs " + std::to_string(min_teams) + " to " +
                           std::to_string(max_teams) + " teams");
    }
    if (setup.players.size() > static_cast<std::size_t>(max_team_players)) {
        problems.push_back("team play allows at most " + std::to_string(max_team_players) + " players");
    }
    std::vector<std::string> team_names;
    for (const Team& team : setup.teams) team_names.push_back(team.name);
    check_names(team_names, "team", problems);
    std::vector<int> teams_of_player(setup.players.size(), 0);
    for (const Team& team : setup.teams) {
        if (team.members.empty()) problems.push_back("team \"" + team.name + "\" has no players");
        for (const std::size_t member : team.members) {
            if (member >= setup.players.size()) {
                problems.push_back("team \"" + team.name + "\" names a player who is not at the table");
            } else {
                ++teams_of_player[member];
            }
        }
    }
    for (std::size_t i = 0; i < teams_of_player.size(); ++i) {
        if (teams_of_player[i] == 0) problems.push_back(setup.players[i] + " is not in a team");
        if (teams_of_player[i] > 1) problems.push_back(setup.players[i] + " is in more than one team");
    }
}

}  // namespace

std::vector<std::string> check_setup(const SessionSetup& setup) {
    std::vector<std::string> problems;
    const auto player_count = static_cast<int>(setup.players.size());
    if (setup.style == PlayStyle::couple) {
        if (player_count != couple_players) problems.push_back("a couple night is for exactly two players");
        if (!setup.teams.empty()) problems.push_back("teams are for party mode");
    } else if (setup.teams.empty()) {
        if (player_count < min_party_players || player_count > max_party_players) {
            problems.push_back("party mode is for " + std::to_string(min_party_players) + " to " +
                               std::to_string(max_party_players) + " players, or 2 to 4 teams");
        }
    } else {
        check_teams(setup, problems);
    }
    check_names(setup.players, "player", problems);

    const auto [min_amount, max_amount] = setup.length.unit == LengthUnit::cards
                                              ? std::pair{min_night_cards, max_night_cards}
                                              : std::pair{min_night_minutes, max_night_minutes};
    if (setup.length.amount < min_amount || setup.length.amount > max_amount) {
        problems.push_back("a night lasts " + std::to_string(min_amount) + " to " +
                           std::to_string(max_amount) + " " + std::string(to_string(setup.length.unit)));
    }
    if (setup.min_level < min_level || setup.max_level > max_level || setup.min_level > setup.max_level) {
        problems.push_back("the depth range must lie within 1..3 and start at or below where it ends");
    }
    if (setup.hold_back_nights < 0 || setup.hold_back_nights > max_hold_back_nights) {
        problems.push_back("cards can be held back for 0 to " + std::to_string(max_hold_back_nights) +
                           " nights");
    }
    return problems;
}

std::vector<Seat> seats_of(const SessionSetup& setup) {
    std::vector<Seat> seats;
    if (setup.style == PlayStyle::party && !setup.teams.empty()) {
        for (const Team& team : setup.teams) seats.push_back({team.name, team.members});
        return seats;
    }
    for (std::size_t i = 0; i < setup.players.size(); ++i) seats.push_back({setup.players[i], {i}});
    return seats;
}

std::string_view to_string(PlayStyle style) { return style == PlayStyle::couple ? "couple" : "party"; }
std::string_view to_string(LengthUnit unit) { return unit == LengthUnit::cards ? "cards" : "minutes"; }

std::vector<std::string> split_player_names(std::string_view text) {
    std::vector<std::string> names;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find(',', start), text.size());
        names.emplace_back(text.substr(start, end - start));
        start = end + 1;
    }
    return names;
}

}  // namespace kindling
