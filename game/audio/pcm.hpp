#pragma once
// A sound as plain numbers: mono samples from -1 to 1 at a sample rate. What the synthesizer
// and the speech renderer make, before the mixer's device format is known.

#include <cstddef>
#include <vector>

namespace kindling::audio {

struct Pcm {
    int rate = 44100;
    std::vector<float> samples;

    [[nodiscard]] double seconds() const { return rate > 0 ? static_cast<double>(samples.size()) / rate : 0.0; }
};

// The largest absolute sample.
float peak(const Pcm& pcm);
// Index of the first sample louder than `threshold`, or the sample count when there is none.
std::size_t first_sound(const Pcm& pcm, float threshold);

}  // namespace kindling::audio
