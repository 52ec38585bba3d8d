#pragma once
// Value types shared by the text engine's layout (SDL-free) and rendering halves.

#include <array>
#include <compare>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace kindling::text {

// Typographic roles the screens ask for; the font catalog maps each role to a face of the
// primary family and picks fallback faces of a matching weight.
enum class FontRole : std::uint8_t { regular, bold };
inline constexpr std::size_t font_role_count = 2;

// `natural` aligns each paragraph to its start edge: left for left-to-right text, right for
// right-to-left text. Cards use `center`.
enum class Align : std::uint8_t { left, center, right, natural };

enum class Direction : std::uint8_t { left_to_right, right_to_left };

struct Rgba {
    std::uint8_t r = 255;
    std::uint8_t g = 255;
    std::uint8_t b = 255;
    std::uint8_t a = 255;
    friend auto operator<=>(const Rgba&, const Rgba&) = default;
};

// Index of a font face in the FontResolver's table of faces.
using FaceId = std::uint16_t;

// An ISO 15924 script code such as "Latn" or "Arab": what HarfBuzz needs, through
// TTF_SetFontScriptName, to pick the right shaping rules for a run.
class ScriptTag {
public:
    constexpr ScriptTag() = default;
    // Takes the first four characters of `code` (shorter codes leave the default "Zyyy").
    explicit constexpr ScriptTag(std::string_view code) {
        if (code.size() >= 4) {
            for (std::size_t i = 0; i < 4; ++i) code_[i] = code[i];
        }
    }
    const char* c_str() const { return code_.data(); }
    std::string_view view() const { return {code_.data(), 4}; }
    // Common ("Zyyy"), Inherited ("Zinh") and Unknown ("Zzzz") characters take the script of
    // their neighbours instead of starting a run of their own.
    bool is_neutral() const { return code_[0] == 'Z'; }
    friend bool operator==(const ScriptTag&, const ScriptTag&) = default;

private:
    std::array<char, 5> code_{'Z', 'y', 'y', 'y', '\0'};
};

// How a piece of text is to be laid out. Sizes are pixels on the output: `pixel_size` is the em
// size (the font size at 72 dpi), `wrap_width` the widest a line may be (0: never wrap).
struct TextStyle {
    FontRole role = FontRole::regular;
    int pixel_size = 48;
    int wrap_width = 0;
    Align align = Align::natural;
    // Distance between baselines as a multiple of the primary font's own line spacing.
    double line_spacing = 1.0;
};

// No usable font could be found at all. The message says what was tried and what to install.
class FontError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace kindling::text
