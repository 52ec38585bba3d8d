#pragma once
// Everything that changes during a night, as plain data: what a session saves after every turn
// and restores on resume. Derived things (the card pool, the mode plan, the seats) are rebuilt
// from the set-up and the decks instead, so a save stays small and cannot contradict them.

#include "core/night/card_timer.hpp"
#include "core/deck/deck.hpp"
#include "core/text/random.hpp"
#include "core/night/session_setup.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kindling {

enum class Stage : std::uint8_t { playing, paused, finished };
enum class EndReason : std::uint8_t {
    none,
    completed,         // the planned length or every set was played
    ran_out_of_cards,  // nothing left that everyone is comfortable with
    ended_by_players,
};

struct PlayedEntry {
    std::string key;
    std::string deck_id;
    std::string text;
    std::string theme;
    std::string theme_title;
    CardKind kind = CardKind::question;
    int level = 1;
    Intensity intensity = Intensity::personal;
    std::size_t reader = 0;  // seat
    friend bool operator==(const PlayedEntry&, const PlayedEntry&) = default;
};

struct FavouriteMark {
    std::string key;
    std::string text;
    std::string theme_title;
    CardKind kind = CardKind::question;
    bool favourite = true;  // false: un-marked an earlier favourite
    friend bool operator==(const FavouriteMark&, const FavouriteMark&) = default;
};

// Per seat, what keeps partners and first speakers fair.
struct SeatTally {
    int partner_turns = 0;
    int first_speaker_turns = 0;
    int last_first_speaker_turn = -1;
    friend bool operator==(const SeatTally&, const SeatTally&) = default;
};

// A follow-up prompt a player asked for ("Dig deeper"), once per level: on which turn, at which
// depth, and which prompt, so that none comes twice in a night.
struct FollowUpAsked {
    std::size_t seat = 0;
    std::size_t turn = 0;  // cards played before it; the card it followed was the next one
    int level = 1;         // the depth of the card it followed
    std::string key;       // the prompt's card key
    friend bool operator==(const FollowUpAsked&, const FollowUpAsked&) = default;
};

// One seat's closeness check at the start of a couple night (between nights), kept with the
// night so that a night kept for later still pairs it with the check at its end.
struct StartCheck {
    std::size_t seat = 0;
    std::optional<int> value;  // none: skipped
    bool shared = false;
    friend bool operator==(const StartCheck&, const StartCheck&) = default;
};

struct NightState {
    Random::State random;
    std::int64_t started_at = 0;  // Unix seconds
    std::int64_t active_ms = 0;   // time played, pauses excluded
    Stage stage = Stage::playing;
    EndReason end_reason = EndReason::none;
    std::vector<PlayedEntry> played;
    std::vector<std::string> put_aside;  // keys of cards swapped away or withdrawn tonight
    std::vector<SeatTally> seats;
    std::size_t turn_reader = 0;   // whose turn it is (seat); fixed for the turn, swaps or not
    std::size_t turn_partner = 0;  // the partner named for this turn (seat)
    std::string current;           // key of the card on the table; empty when none
    bool current_is_closing = false;
    std::size_t set_index = 0;       // modes: the set being played
    std::size_t set_position = 0;    // modes: position of the current card in the set's order
    std::int64_t set_started_ms = 0; // modes: active_ms when the set began
    int swaps = 0;                   // counted only to report deviations from a mode's source
    CardTimer::Saved timer;
    std::vector<FavouriteMark> favourites;  // tonight's changes, in order
    std::vector<FollowUpAsked> follow_ups;  // in the order they were asked
    std::vector<StartCheck> start_checks;   // the seats asked so far, in the order they answered
    // A favourite come back tonight (between nights): its key once it was dealt, and when it was
    // marked, so the card keeps its mark when the night is resumed. Empty: none came back.
    std::string favourite_back;
    std::int64_t favourite_back_marked_at = 0;
    friend bool operator==(const NightState&, const NightState&) = default;
};

inline constexpr int saved_night_format_version = 1;

struct SavedNight {
    SessionSetup setup;
    NightState night;
    std::int64_t saved_at = 0;  // Unix seconds
    friend bool operator==(const SavedNight&, const SavedNight&) = default;
};

std::string_view to_string(Stage stage);
std::string_view to_string(EndReason reason);

}  // namespace kindling
