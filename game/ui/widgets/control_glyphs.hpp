#pragma once
// How a command looks for the device in use: a keyboard key, a gamepad button or a mouse
// action. Drawn in control hints and on buttons, so players see the controls of what they hold.
// Gamepad glyphs follow the pad in use (PadStyle, input.hpp): the same positions (confirm at the
// bottom, back on the right, swap on the left, favourite at the top) carry A/B/X/Y on an Xbox
// pad, cross/circle/square/triangle on a PlayStation pad and B/A/Y/X on a Nintendo pad.

#include "core/format/ui_strings.hpp"
#include "ui/input.hpp"
#include "ui/painter.hpp"

#include <optional>
#include <string>

namespace kindling::ui {

struct ControlGlyph {
    enum class Shape : std::uint8_t { key, pad_face, pad_pill, pad_icon, mouse };
    Shape shape = Shape::key;
    std::string label_key;  // a strings key for a translatable name ("keys.enter"), or
    std::string literal;    // text drawn as it is ("S", "A", "RB")
    std::optional<Icon> icon;
    char pad_face = 0;      // 'a', 'b', 'x' or 'y' (Xbox colours) or 'n' (neutral) for pad_face
};

// Nothing when the device has no control for the command (e.g. the mouse has no "swap": the
// button on screen is clicked instead).
std::optional<ControlGlyph> glyph_for(Command command, InputDevice device, PadStyle style = PadStyle::xbox);

// Draws the glyph with its vertical centre at `at.y`, starting at `at.x`; returns its width.
float draw_glyph(Painter& painter, const ControlGlyph& glyph, PointF at, const UiStrings& strings);
float glyph_width(Painter& painter, const ControlGlyph& glyph, const UiStrings& strings);

}  // namespace kindling::ui
