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

// Problems are string keys under "start." (data/strings/LANG.yaml), worded in the players'
// language where they are shown.
Message problem(std::string code, std::vector<MessageArg> args = {}) {
    return Message{"start." + std::move(code), std::move(args)};
}

MessageArg number_arg(std::string name, long long value) { return {std::move(name), std::to_string(value)}; }

// `what` is "player" or "team": the codes differ, so that each language can word them.
void check_names(const std::vector<std::string>& names, const std::string& what, std::vector<Message>& problems) {
    for (std::size_t i = 0; i < names.size(); ++i) {
        const MessageArg number = number_arg("number", static_cast<long long>(i + 1));
        if (unicode::is_blank(names[i])) problems.push_back(problem(what + "_needs_name", {number}));
        else if (!unicode::is_valid_utf8(names[i])) problems.push_back(problem(what + "_name_not_text", {number}));
        else if (unicode::code_point_count(names[i]) > max_name_chars) {
            problems.push_back(problem(what + "_name_too_long",
                                       {number, number_arg("max", static_cast<long long>(max_name_chars))}));
        }
    }
    for (std::size_t i = 0; i < names.size(); ++i) {
        for (std::size_t j = i + 1; j < names.size(); ++j) {
            if (!unicode::is_blank(names[i]) && unicode::trim(names[i]) == unicode::trim(names[j])) {
                problems.push_back(problem(what + "s_same_name", {{"name", names[i]}}));
            }
        }
    }
}

void check_teams(const SessionSetup& setup, std::vector<Message>& problems) {
    const auto team_count = static_cast<int>(setup.teams.size());
    if (team_count < min_teams || team_count > max_teams) {
        problems.push_back(problem("team_count", {number_arg("min", min_teams), number_arg("max", max_teams)}));
    }
    if (setup.players.size() > static_cast<std::size_t>(max_team_players)) {
        problems.push_back(problem("team_players", {number_arg("max", max_team_players)}));
    }
    std::vector<std::string> team_names;
    for (const Team& team : setup.teams) team_names.push_back(team.name);
    check_names(team_names, "team", problems);
    std::vector<int> teams_of_player(setup.players.size(), 0);
    for (const Team& team : setup.teams) {
        if (team.members.empty()) problems.push_back(problem("team_empty", {{"team", team.name}}));
        for (const std::size_t member : team.members) {
            if (member >= setup.players.size()) {
                problems.push_back(problem("team_unknown_player", {{"team", team.name}}));
            } else {
                ++teams_of_player[member];
            }
        }
    }
    for (std::size_t i = 0; i < teams_of_player.size(); ++i) {
        if (teams_of_player[i] == 0) problems.push_back(problem("player_in_no_team", {{"name", setup.players[i]}}));
        if (teams_of_player[i] > 1) problems.push_back(problem("player_in_two_teams", {{"name", setup.players[i]}}));
    }
}

}  // namespace

std::vector<Message> check_setup(const SessionSetup& setup) {
    std::vector<Message> problems;
    const auto player_count = static_cast<int>(setup.players.size());
    if (setup.style == PlayStyle::couple) {
        if (player_count != couple_players) problems.push_back(problem("couple_players"));
        if (!setup.teams.empty()) problems.push_back(problem("couple_teams"));
    } else if (setup.teams.empty()) {
        if (player_count < min_party_players || player_count > max_party_players) {
            problems.push_back(problem("party_players", {number_arg("min", min_party_players),
                                                         number_arg("max", max_party_players),
                                                         number_arg("min_teams", min_teams),
                                                         number_arg("max_teams", max_teams)}));
        }
    } else {
        check_teams(setup, problems);
    }
    check_names(setup.players, "player", problems);

    const bool in_cards = setup.length.unit == LengthUnit::cards;
    const auto [min_amount, max_amount] = in_cards ? std::pair{min_night_cards, max_night_cards}
                                                   : std::pair{min_night_minutes, max_night_minutes};
    if (setup.length.amount < min_amount || setup.length.amount > max_amount) {
        problems.push_back(problem(in_cards ? "length_cards" : "length_minutes",
                                   {number_arg("min", min_amount), number_arg("max", max_amount)}));
    }
    if (setup.min_level < min_level || setup.max_level > max_level || setup.min_level > setup.max_level) {
        problems.push_back(problem("depth_range", {number_arg("min", min_level), number_arg("max", max_level)}));
    }
    if (setup.hold_back_nights < 0 || setup.hold_back_nights > max_hold_back_nights) {
        problems.push_back(problem("hold_back", {number_arg("max", max_hold_back_nights)}));
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
