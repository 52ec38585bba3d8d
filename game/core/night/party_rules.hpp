#pragma once
// Party mode's rules on top of a Session: which cards a party may be dealt (the company-safe
// filter), who sits where, and who a card is for, in names. Pure: no SDL, no I/O.
// The rules are described for players and authors in docs/DEALING.md, "Party mode".

#include "core/deck/deck.hpp"
#include "core/night/session_setup.hpp"

#include <span>
#include <string>
#include <vector>

namespace kindling {

struct PartyRules {
    // Only `company` cards and no gestures between two people (see party_allows).
    bool company_safe = true;
    // Votes and guesses score points, shown on a scoreboard.
    bool scoring = true;
};

// Whether a party may be dealt this card. With company_safe on: only `company` intensity, and no
// gesture that one person does to another (answers `partner` or `both`): the session names
// another seat as a turn's partner, who at a party is a friend, not one's own partner, and teams
// of couples have the guessing round for showing closeness instead. Gestures done alone, to the
// left neighbour ("high-five the person on your left") or by everyone remain.
bool party_allows(const Card& card, const PartyRules& rules);

// The decks as a party sees them: cards party_allows rejects are left out (a deck keeps its id
// and themes even when no card is left, so the set-up still names it).
std::vector<Deck> party_decks(std::span<const Deck> decks, const PartyRules& rules);

// A party's set-up: `players` in seating order (each sits on the left of the one before, the
// last on the left of the first), teams when given, the table-wide intensity limit following the
// company-safe rule, and the decks chosen (empty: all).
SessionSetup party_setup(std::vector<std::string> players, std::vector<Team> teams, const PartyRules& rules,
                         int cards, std::uint64_t seed);

// Teams of `size` neighbours in seating order: couples sit together, so "Team 1" is players 1
// and 2, and so on. `names` gives the teams' names; missing names become "Team N".
std::vector<Team> teams_of_neighbours(std::size_t player_count, std::size_t size, std::vector<std::string> names);

// Who a party card is for, in people's names (a team is never "the person on your left").
enum class PartyAddress : std::uint8_t {
    everyone,  // the whole room, starting with the reader and going left
    reader,    // the reader answers
    named,     // a named player (or, in team play, a named team)
    left,      // the person on the reader's left
    both,      // the reader and a named player, in the order given
};

struct PartyTurn {
    std::string reader;                  // the person who reads the card aloud
    std::size_t reader_index = 0;        // index into the players
    std::string team;                    // team play: the reading team's name; else empty
    PartyAddress address = PartyAddress::everyone;
    std::vector<std::string> answerers;  // people (or teams) who answer, in speaking order
    std::string left;                    // the person on the reader's left
    std::size_t left_index = 0;
};

// Resolves a turn as the session describes it (reader and speakers are seats: players, or teams
// in team play) to people. In team play the reading team's members take turns to read: the
// n-th time a team reads, its (n mod size)-th member does. `turn_number` is 1 for the first.
PartyTurn resolve_party_turn(const SessionSetup& setup, const std::string& reader_seat,
                             const std::vector<std::string>& speaker_seats, Answerer answers, int turn_number);

// The player on `player`'s left in seating order.
std::size_t left_of(std::size_t player, std::size_t player_count);

}  // namespace kindling
