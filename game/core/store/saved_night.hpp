#pragma once
// The saved form of a night in progress: YAML written with the project's quoting helpers and
// read back with its own reader, so a damaged file is reported as FILE:LINE:COL and set aside.
// Players' limits are deliberately not saved: they are private, and a resumed night asks again.

#include "core/text/clock.hpp"
#include "core/format/diagnostics.hpp"
#include "core/night/night_state.hpp"
#include "core/store/save_store.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace kindling {

std::string encode_saved_night(const SavedNight& saved);
// Nothing (with located diagnostics) when the text is not a saved night this version can resume.
std::optional<SavedNight> decode_saved_night(std::string_view text, DiagnosticList& diagnostics);

struct SavedNightLookup {
    std::optional<SavedNight> night;  // present: offer the players to resume it
    Message notice;                   // for the players, e.g. "... was unreadable and kept as ..."
};

// Looks for a saved night at start-up. An unreadable save is set aside (renamed with a
// timestamp) and explained in the notice; this never throws or crashes.
SavedNightLookup find_saved_night(SaveStore& store, const Clock& clock);

}  // namespace kindling
