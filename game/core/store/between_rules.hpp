#pragma once
// The rules of what waits between nights, as pure functions over the stored record
// (between_nights.hpp): which note a player may read tonight, which favourite may come back,
// what of a closeness check the chart may show, and how a night joins the record.

#include "core/night/night_state.hpp"
#include "core/store/between_nights.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kindling {

// A favourite comes back no sooner than four weeks after it was marked.
inline constexpr std::int64_t favourite_return_after_seconds = 28LL * 24 * 60 * 60;

// The notes `reader` may open at the start of a night that began at `night_started_at` with
// these players: written to them by another player of tonight, no later than tonight began. Never in
// a party night, never to the writer; a note opened is dropped (without_note), so never twice.
std::vector<SealedNote> notes_for(const BetweenNights& between, std::string_view reader,
                                  std::span<const std::string> players, std::int64_t night_started_at, bool party);
BetweenNights without_note(BetweenNights between, const SealedNote& note);

// The favourite that may come back in a night starting at `night_started_at`: marked at least
// four weeks before, still a favourite (`still_favourite`, the history's list), never come back
// before; the longest-waiting first. None in a party night.
std::optional<FavouriteMoment> favourite_coming_back(const BetweenNights& between,
                                                     std::span<const std::string> still_favourite,
                                                     std::int64_t night_started_at, bool party);
BetweenNights with_favourite_returned(BetweenNights between, std::string_view key, std::int64_t at);

// Tonight's favourite marks: a new favourite is remembered with its time, an un-marked one is
// forgotten; one marked again keeps its first time.
BetweenNights with_favourite_marks(BetweenNights between, std::span<const FavouriteMark> marks, std::int64_t at);

// A night joins the record; the oldest beyond max_nights_between are dropped.
BetweenNights with_night(BetweenNights between, NightBetween night);

// What the chart may show of one night: a moment's answers only when every player who answered
// at that moment chose to share (and at least two did).
struct VisibleCloseness {
    std::vector<std::string> players;
    std::vector<int> before;  // empty, or one per player
    std::vector<int> after;
};
VisibleCloseness visible_closeness(const NightBetween& night);

}  // namespace kindling
