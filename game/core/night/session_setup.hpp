#pragma once
// What the players choose before a night: who plays, which decks and themes, how long, how deep,
// how private, the mode and the seed. Per-player limits are not here: they are private and go
// straight into a ConsentBook (consent.hpp).

#include "core/deck/deck.hpp"
#include "core/format/message.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace kindling {

enum class PlayStyle : std::uint8_t { couple, party };
enum class LengthUnit : std::uint8_t { cards, minutes };

struct NightLength {
    LengthUnit unit = LengthUnit::cards;
    int amount = 20;
    friend bool operator==(const NightLength&, const NightLength&) = default;
};

struct Team {
    std::string name;
    std::vector<std::size_t> members;  // indexes into SessionSetup::players
    friend bool operator==(const Team&, const Team&) = default;
};

inline constexpr int couple_players = 2;
inline constexpr int min_party_players = 3;
inline constexpr int max_party_players = 8;
inline constexpr int min_teams = 2;
inline constexpr int max_teams = 4;
inline constexpr int max_team_players = 16;  // everyone in all teams together
inline constexpr std::size_t max_name_chars = 40;
inline constexpr int min_night_cards = 1;
inline constexpr int max_night_cards = 500;
inline constexpr int min_night_minutes = 5;
inline constexpr int max_night_minutes = 600;
inline constexpr int max_hold_back_nights = 30;

struct SessionSetup {
    PlayStyle style = PlayStyle::couple;
    // The people at the table in seating order: the next one sits on the left.
    std::vector<std::string> players;
    // Party mode only: when given, teams take the turns instead of single players.
    std::vector<Team> teams;
    std::vector<std::string> decks;   // ids of the chosen decks; empty means every given deck
    std::vector<std::string> themes;  // theme ids; empty means every theme of the chosen decks
    NightLength length;
    int min_level = kindling::min_level;  // depth range of the cards dealt
    int max_level = kindling::max_level;
    Intensity intensity_limit = Intensity::private_;  // a table-wide cap on top of everyone's own
    std::uint64_t seed = 0;
    // Empty or "game-night" for Game Night, else the id of a mode declared by one of the decks.
    std::string mode;
    int hold_back_nights = 3;        // cards played in this many recent nights are held back
    bool replay_favourites = false;  // favourites are exempt from holding back
    // Apart tonight (a video call): only cards tagged `apart`, which work through a screen.
    bool apart = false;

    friend bool operator==(const SessionSetup&, const SessionSetup&) = default;
};

// A set-up for the style with sensible defaults; party mode deals only `company` cards unless
// the players choose otherwise.
SessionSetup default_setup(PlayStyle style, std::vector<std::string> players);

// Everything wrong with a set-up, as messages for the players (string keys under "start.");
// empty when it can be played. Decks and modes are checked when the session starts, against the
// decks actually given.
std::vector<Message> check_setup(const SessionSetup& setup);

// Player names as given on a command line: "Ana,Bo" -> {"Ana", "Bo"}; empty names are kept, so
// check_setup can say what is wrong with them.
std::vector<std::string> split_player_names(std::string_view text);

// Who takes turns: a player in couple and party play, a team in team play.
struct Seat {
    std::string name;
    std::vector<std::size_t> players;
};
std::vector<Seat> seats_of(const SessionSetup& setup);

std::string_view to_string(PlayStyle style);
std::string_view to_string(LengthUnit unit);

}  // namespace kindling
