#pragma once
// What the players see when a night ends, and the Markdown file they may export on request.
// Nothing leaves the machine otherwise.

#include "core/text/atomic_file.hpp"
#include "core/night/night_state.hpp"
#include "core/format/ui_strings.hpp"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace kindling {

struct Tally {
    std::string id;     // theme id or kind name
    std::string title;  // what players read
    int count = 0;
    friend bool operator==(const Tally&, const Tally&) = default;
};

// A line of a party's final scoreboard.
struct SummaryScore {
    std::string name;  // a player, or a team in team play
    int points = 0;
    int place = 1;     // equal points share a place
    friend bool operator==(const SummaryScore&, const SummaryScore&) = default;
};

struct NightSummary {
    std::string mode_id;
    std::string mode_title;
    std::size_t cards_played = 0;
    std::vector<Tally> themes;  // most played first, then by title
    std::vector<Tally> kinds;
    std::vector<FavouriteMark> favourites;  // cards marked as favourites tonight
    std::int64_t minutes = 0;               // time played, pauses excluded, rounded
    EndReason end_reason = EndReason::none;
    // For modes that follow a published procedure: the procedure, and how many cards were swapped
    // (each swap is a deviation from it).
    std::string source;
    int deviations = 0;
    // A party (no favourites there); with points on, its final scoreboard, leaders first.
    bool party = false;
    std::vector<SummaryScore> scores;
};

NightSummary summarise_night(const NightState& night, std::string mode_id, std::string mode_title,
                             std::string source);

// "Questions", "Compliments", ...: how a kind is named in summaries.
std::string_view plural_title(CardKind kind);

// The summary as a Markdown file, in the words of `words` (the game passes the players'
// language; the default is English): labels from the `summary.file.*` strings, built-in themes
// and kinds by their names in that language, Game Night by its name there.
std::string summary_markdown(const NightSummary& summary, const UiStrings& words = UiStrings{});
WriteResult export_summary_markdown(const NightSummary& summary, const std::filesystem::path& path,
                                    const UiStrings& words = UiStrings{});

}  // namespace kindling
