#pragma once
// Easing and simple timed transitions. Times are milliseconds of the app's frame clock, so a
// test or a script can step time exactly.

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace kindling::ui {

inline float clamp01(float t) { return std::clamp(t, 0.0f, 1.0f); }
inline float ease_out_cubic(float t) {
    const float u = 1.0f - clamp01(t);
    return 1.0f - u * u * u;
}
inline float ease_in_cubic(float t) {
    const float u = clamp01(t);
    return u * u * u;
}
inline float ease_in_out(float t) {
    const float u = clamp01(t);
    return u < 0.5f ? 4 * u * u * u : 1 - std::pow(-2 * u + 2, 3.0f) / 2;
}
inline float lerp(float a, float b, float t) { return a + (b - a) * t; }

// Progress of something that started at `start_ms` and lasts `duration_ms`, from 0 to 1.
inline float progress(std::int64_t now_ms, std::int64_t start_ms, std::int64_t duration_ms) {
    if (duration_ms <= 0) return 1.0f;
    return clamp01(static_cast<float>(now_ms - start_ms) / static_cast<float>(duration_ms));
}

}  // namespace kindling::ui
