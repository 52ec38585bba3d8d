#pragma once
// Every sound the game makes, synthesized here from sine waves and filtered noise: no sample
// files. All are soft (peaks well below full scale), start and end at silence so nothing clicks,
// and the music bed loops without a seam.

#include "audio/pcm.hpp"

#include <cstdint>
#include <string_view>

namespace kindling::audio {

enum class Cue : std::uint8_t {
    chime,   // the card's timer has run out: two soft bell tones
    deal,    // a card arrives from the pile
    turn,    // the next card is turned over
    focus,   // the focus moved to another choice
    choose,  // a choice was pressed
};
inline constexpr Cue all_cues[]{Cue::chime, Cue::deal, Cue::turn, Cue::focus, Cue::choose};
std::string_view to_string(Cue cue);

Pcm synthesize(Cue cue, int rate);

// A calm pad of slowly changing chords, `music_loop_seconds` long, to be played in a loop.
inline constexpr int music_loop_seconds = 24;
Pcm music_bed(int rate);

}  // namespace kindling::audio
