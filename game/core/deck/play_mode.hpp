#pragma once
// Play modes: a deck's own way of running a night (ordered sets of cards, who reads, who speaks
// first, time budgets and a closing step), declared under `mode:` in the deck file. The YAML
// shape is documented in data/decks/README.md, "Play modes"; how a session runs a mode is in
// docs/DEALING.md.

#include "core/format/diagnostics.hpp"
#include "core/format/yaml_tree.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kindling {

enum class CardKind : std::uint8_t;
enum class Answerer : std::uint8_t;
enum class Intensity : std::uint8_t;
struct Deck;

// Where something was written. Kept for messages; never part of what a mode means, so two modes
// that differ only in layout compare equal.
struct SourceNote {
    SourcePosition position;
    friend bool operator==(const SourceNote&, const SourceNote&) noexcept { return true; }
};

// A card id or tag named by a mode, with where it was named (for "unknown card" messages).
struct ModeReference {
    std::string name;
    SourceNote where;
    friend bool operator==(const ModeReference&, const ModeReference&) = default;
};

enum class ModePlayers : std::uint8_t { any, couple, party };
enum class FirstReader : std::uint8_t { first_player, random };
enum class ReaderChanges : std::uint8_t { every_card, every_set };
enum class FirstSpeaker : std::uint8_t { alternate, reader, partner };
enum class SetOrder : std::uint8_t { fixed, shuffled };

inline constexpr int max_mode_sets = 50;
inline constexpr int max_set_count = 1000;
inline constexpr int min_budget_minutes = 1;
inline constexpr int max_budget_minutes = 180;

struct ModeSet {
    std::string title;                  // empty: the game shows "Set N"
    std::vector<ModeReference> cards;   // card ids, in order; or
    std::vector<ModeReference> tags;    // every card with any of these tags, in deck order
    SetOrder order = SetOrder::fixed;
    std::optional<int> count;           // deal at most this many of the set's cards
    std::optional<int> budget_minutes;  // soft: the set ends after the card during which it runs out
    std::optional<Answerer> answers;    // overrides the mode's and the cards' `answers`
    SourceNote where;
    friend bool operator==(const ModeSet&, const ModeSet&) = default;
};

// A timer whose length the players choose within a range before starting it.
struct TimerRange {
    int min_seconds = 0;
    int max_seconds = 0;
    int default_seconds = 0;
    friend bool operator==(const TimerRange&, const TimerRange&) = default;
};

// The last step of a mode, offered after the sets: a card of the deck or one written here.
struct ClosingStep {
    ClosingStep() noexcept;  // a gesture, `personal`, answered by both (set in play_mode.cpp,
                             // where the card enums are complete)
    std::optional<ModeReference> card;  // a card of the deck, or
    std::string text;                   // text written in the mode, with the three fields below
    CardKind kind;
    Intensity intensity;
    Answerer answers;
    std::optional<TimerRange> timer;    // overrides the card's own timer
    bool optional = true;               // the players may skip it without it counting as a swap
    SourceNote where;
    friend bool operator==(const ClosingStep&, const ClosingStep&) = default;
};

struct PlayMode {
    std::string id;
    std::string title;
    std::string description;
    // The published procedure the mode follows. When given, swapping a card is reported as a
    // deviation from it (it is still allowed).
    std::string source;
    ModePlayers players = ModePlayers::any;
    std::optional<Answerer> answers;  // overrides every card's `answers`
    FirstReader first_reader = FirstReader::first_player;
    ReaderChanges reader_changes = ReaderChanges::every_card;
    FirstSpeaker first_speaker = FirstSpeaker::alternate;
    std::vector<ModeSet> sets;
    std::optional<ClosingStep> closing;
    SourceNote where;
    friend bool operator==(const PlayMode&, const PlayMode&) = default;
};

// The id of the built-in mode used when no deck mode is chosen; decks may not use it.
inline constexpr std::string_view game_night_mode_id = "game-night";

// Reads the value of a deck's `mode:` key. Every problem is a located diagnostic: unknown keys
// are warnings with a "did you mean" hint; wrong types, bad values and out-of-range budgets are
// errors. Card ids are checked against the deck by check_play_mode_cards, once the cards are read.
PlayMode parse_play_mode(const yaml::Node& node, DiagnosticList& diagnostics);

// Checks what the mode refers to in its deck: unknown card ids are errors (with the closest id
// as a hint), tags no card carries are warnings, as is a card named by two sets.
void check_play_mode_cards(const PlayMode& mode, const Deck& deck, DiagnosticList& diagnostics);

// The `mode:` block in canonical form, ready to be placed in a deck file: fields in the order of
// data/decks/README.md, every text double-quoted, every choice written out. Reading it back with
// parse_play_mode gives an equal PlayMode. Ends with a line break.
std::string write_play_mode(const PlayMode& mode);

std::string_view to_string(ModePlayers value);
std::string_view to_string(FirstReader value);
std::string_view to_string(ReaderChanges value);
std::string_view to_string(FirstSpeaker value);
std::string_view to_string(SetOrder value);

}  // namespace kindling
