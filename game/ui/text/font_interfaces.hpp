#pragma once
// The two questions layout asks about fonts, as interfaces: which face draws a character, and
// how wide a shaped piece of text is. The SDL half answers them with fontconfig and SDL_ttf;
// tests answer them with simple fakes, so runs, bidi, line breaking and fitting are testable
// without any font files.

#include "ui/text/text_types.hpp"

#include <optional>
#include <string_view>

namespace kindling::text {

class FontResolver {
public:
    virtual ~FontResolver() = default;

    // The face of the primary family for a role; always exists.
    virtual FaceId primary_face(FontRole role) = 0;
    // The colour emoji face, when one is installed.
    virtual std::optional<FaceId> emoji_face() = 0;
    virtual bool face_covers(FaceId face, char32_t code_point) = 0;
    // Some face other than the primary one that draws `code_point` in the weight of `role`,
    // or nothing when no installed font has it (the primary face then draws its "missing" box).
    virtual std::optional<FaceId> fallback_face(FontRole role, char32_t code_point) = 0;
};

// Vertical metrics in pixels at one size; `descent` is positive below the baseline.
struct FaceMetrics {
    int ascent = 0;
    int descent = 0;
    int line_skip = 0;  // the font's recommended distance between baselines
};

// Everything a measurer needs to shape a run the way it will be drawn.
struct ShapingRun {
    FaceId face = 0;
    int pixel_size = 0;
    Direction direction = Direction::left_to_right;
    ScriptTag script;
};

class TextMeasurer {
public:
    virtual ~TextMeasurer() = default;

    virtual FaceMetrics metrics(FaceId face, int pixel_size) = 0;
    // Width in pixels of `utf8` shaped as one run; what the renderer will draw for it.
    virtual int advance(const ShapingRun& run, std::string_view utf8) = 0;
};

}  // namespace kindling::text
