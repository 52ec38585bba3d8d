#pragma once
// The type scale, in design pixels at 100 % text size on the 1080p canvas. UI text is never
// below 32 px and card text never below 48 px (before the player's text size, which only ever
// makes text larger), so everything reads from a sofa.

#include "ui/text/text_types.hpp"

namespace kindling::ui {

struct TextSpec {
    text::FontRole role = text::FontRole::regular;
    float size = 40;   // design pixels at 100 % text size
    float wrap = 0;    // wrap width in design pixels; 0 keeps the text on one line
    text::Align align = text::Align::natural;
    double line_spacing = 1.0;

    [[nodiscard]] TextSpec wrapped(float width, text::Align how = text::Align::natural) const {
        TextSpec copy = *this;
        copy.wrap = width;
        copy.align = how;
        return copy;
    }
    [[nodiscard]] TextSpec bold() const {
        TextSpec copy = *this;
        copy.role = text::FontRole::bold;
        return copy;
    }
};

namespace type {
inline constexpr float minimum_ui = 32;
inline constexpr float minimum_card = 48;
// Party mode is read from across a room: its card text never goes below this.
inline constexpr float minimum_party_card = 64;

inline constexpr TextSpec display{text::FontRole::bold, 132};
inline constexpr TextSpec heading{text::FontRole::bold, 64};
inline constexpr TextSpec subheading{text::FontRole::bold, 44};
inline constexpr TextSpec body{text::FontRole::regular, 40, 0, text::Align::natural, 1.1};
inline constexpr TextSpec label{text::FontRole::regular, 36};
inline constexpr TextSpec label_bold{text::FontRole::bold, 36};
inline constexpr TextSpec small{text::FontRole::regular, minimum_ui};
inline constexpr TextSpec small_bold{text::FontRole::bold, minimum_ui};
inline constexpr TextSpec card_text{text::FontRole::regular, 70, 0, text::Align::center, 1.08};
inline constexpr TextSpec party_card_text{text::FontRole::regular, 84, 0, text::Align::center, 1.08};
}  // namespace type

}  // namespace kindling::ui
