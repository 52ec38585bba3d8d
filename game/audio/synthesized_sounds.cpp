#include "audio/synthesized_sounds.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>

namespace kindling::audio {

namespace {

constexpr double two_pi = 6.283185307179586;

Pcm silence(int rate, double seconds) {
    Pcm pcm;
    pcm.rate = rate;
    pcm.samples.assign(static_cast<std::size_t>(seconds * rate), 0.0f);
    return pcm;
}

// A bell-like tone added at `start`: a few partials, the upper ones fading sooner, a short
// rise (no click) and a long exponential fade.
void add_bell(Pcm& pcm, double start, double frequency, double loudness, double decay_seconds) {
    // Partials of a soft bell: the fundamental, an octave and a slightly stretched twelfth.
    constexpr std::array<std::array<double, 3>, 3> partials{{{1.0, 1.0, 1.0}, {2.0, 0.25, 0.5}, {3.01, 0.08, 0.3}}};
    const auto first = static_cast<std::size_t>(start * pcm.rate);
    const double attack = 0.012;
    for (std::size_t i = first; i < pcm.samples.size(); ++i) {
        const double t = static_cast<double>(i - first) / pcm.rate;
        const double rise = std::min(1.0, t / attack);
        double value = 0;
        for (const auto& [ratio, level, decay_scale] : partials) {
            value += level * std::exp(-t / (decay_seconds * decay_scale)) * std::sin(two_pi * frequency * ratio * t);
        }
        pcm.samples[i] += static_cast<float>(loudness * rise * value);
    }
}

// Noise through a one-pole low-pass filter whose corner moves from `from_hz` to `to_hz`, shaped
// by a raised-cosine envelope: a soft brush of paper.
void add_brush(Pcm& pcm, double start, double seconds, double from_hz, double to_hz, double loudness,
               std::uint32_t seed) {
    const auto first = static_cast<std::size_t>(start * pcm.rate);
    const auto count = static_cast<std::size_t>(seconds * pcm.rate);
    double low = 0;
    std::uint32_t state = seed;
    for (std::size_t n = 0; n < count && first + n < pcm.samples.size(); ++n) {
        const double x = static_cast<double>(n) / static_cast<double>(count);
        state = state * 1664525u + 1013904223u;  // a tiny fixed generator: the same sound every run
        const double noise = static_cast<double>(state >> 8U) / static_cast<double>(1U << 24U) * 2.0 - 1.0;
        const double corner = from_hz + (to_hz - from_hz) * x;
        const double alpha = 1.0 - std::exp(-two_pi * corner / pcm.rate);
        low += alpha * (noise - low);
        const double envelope = 0.5 - 0.5 * std::cos(two_pi * x);
        pcm.samples[first + n] += static_cast<float>(loudness * envelope * low);
    }
}

// A short sine tone with a smooth rise and fall, gliding from `from_hz` to `to_hz`.
void add_blip(Pcm& pcm, double start, double seconds, double from_hz, double to_hz, double loudness) {
    const auto first = static_cast<std::size_t>(start * pcm.rate);
    const auto count = static_cast<std::size_t>(seconds * pcm.rate);
    double phase = 0;
    for (std::size_t n = 0; n < count && first + n < pcm.samples.size(); ++n) {
        const double x = static_cast<double>(n) / static_cast<double>(count);
        phase += two_pi * (from_hz + (to_hz - from_hz) * x) / pcm.rate;
        const double envelope = std::sin(3.141592653589793 * x);
        pcm.samples[first + n] += static_cast<float>(loudness * envelope * envelope * std::sin(phase));
    }
}

// Brings the last few milliseconds down to zero, so a sound cut at its end never clicks.
void fade_tail(Pcm& pcm, double seconds) {
    const auto count = std::min(pcm.samples.size(), static_cast<std::size_t>(seconds * pcm.rate));
    for (std::size_t n = 0; n < count; ++n) {
        pcm.samples[pcm.samples.size() - 1 - n] *= static_cast<float>(n) / static_cast<float>(count);
    }
}

}  // namespace

float peak(const Pcm& pcm) {
    float most = 0;
    for (const float sample : pcm.samples) most = std::max(most, std::abs(sample));
    return most;
}

std::size_t first_sound(const Pcm& pcm, float threshold) {
    const auto found = std::find_if(pcm.samples.begin(), pcm.samples.end(),
                                    [threshold](float sample) { return std::abs(sample) > threshold; });
    return static_cast<std::size_t>(found - pcm.samples.begin());
}

std::string_view to_string(Cue cue) {
    switch (cue) {
        case Cue::chime: return "chime";
        case Cue::deal: return "deal";
        case Cue::turn: return "turn";
        case Cue::focus: return "focus";
        case Cue::choose: return "choose";
    }
    return {};
}

Pcm synthesize(Cue cue, int rate) {
    Pcm pcm;
    switch (cue) {
        case Cue::chime:
            // G5 then C6, a rising fourth: an answer, not an alarm.
            pcm = silence(rate, 2.6);
            add_bell(pcm, 0.0, 783.99, 0.28, 0.9);
            add_bell(pcm, 0.32, 1046.5, 0.24, 1.0);
            break;
        case Cue::deal:
            pcm = silence(rate, 0.16);
            add_brush(pcm, 0.0, 0.15, 5000, 1500, 0.5, 17);
            break;
        case Cue::turn:
            pcm = silence(rate, 0.2);
            add_brush(pcm, 0.0, 0.09, 1200, 4000, 0.4, 29);
            add_brush(pcm, 0.08, 0.1, 3500, 900, 0.35, 31);
            break;
        case Cue::focus:
            pcm = silence(rate, 0.05);
            add_blip(pcm, 0.0, 0.045, 1180, 1220, 0.08);
            break;
        case Cue::choose:
            pcm = silence(rate, 0.14);
            add_blip(pcm, 0.0, 0.07, 660, 680, 0.12);
            add_blip(pcm, 0.055, 0.08, 988, 992, 0.1);
            break;
    }
    fade_tail(pcm, 0.01);
    return pcm;
}

Pcm music_bed(int rate) {
    Pcm pcm = silence(rate, music_loop_seconds);
    // Four chords, each fading in over the last and out under the next; every frequency is a
    // whole number of cycles over the loop, and the envelopes wrap round, so the loop has no seam.
    constexpr std::array<std::array<double, 4>, 4> chords{{
        {130.81, 196.00, 246.94, 329.63},  // Cmaj7
        {110.00, 164.81, 196.00, 261.63},  // Am7
        {87.31, 174.61, 220.00, 261.63},   // Fmaj7
        {98.00, 146.83, 196.00, 246.94},   // G
    }};
    const double chord_seconds = static_cast<double>(music_loop_seconds) / chords.size();
    const double total = music_loop_seconds;
    const std::size_t count = pcm.samples.size();
    for (std::size_t c = 0; c < chords.size(); ++c) {
        const double centre = (static_cast<double>(c) + 0.5) * chord_seconds;
        for (const double wanted : chords[c]) {
            const double frequency = std::round(wanted * total) / total;
            const double step = two_pi * frequency / rate;
            // A sine by rotation: two multiplications a sample instead of a call to sin.
            double re = 1;
            double im = 0;
            const double cs = std::cos(step);
            const double sn = std::sin(step);
            for (std::size_t i = 0; i < count; ++i) {
                const double t = static_cast<double>(i) / rate;
                double distance = std::abs(t - centre);
                distance = std::min(distance, total - distance);
                // Each chord sounds for its own stretch and half of each neighbour's, in a
                // cosine swell.
                const double reach = chord_seconds;
                if (distance < reach) {
                    const double envelope = 0.5 + 0.5 * std::cos(3.141592653589793 * distance / reach);
                    pcm.samples[i] += static_cast<float>(0.045 * envelope * im);
                }
                const double next_re = re * cs - im * sn;
                im = re * sn + im * cs;
                re = next_re;
            }
        }
    }
    return pcm;
}

}  // namespace kindling::audio
