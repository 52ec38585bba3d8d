#pragma once
// The row of control hints at the bottom of every screen: the glyph of each command for the
// device in use and what it does here ("Enter  Choose   Esc  Back").

#include "ui/screen.hpp"
#include "ui/widgets/control_glyphs.hpp"

#include <vector>

namespace kindling::ui {

// The height the bar takes at the bottom of `area`, at the current text size.
float hint_bar_height(Painter& painter);

// Draws the hints along the bottom of `area`, left to right; when they do not all fit, the first
// ones are left out, so the last (by convention "back") always shows. Commands the device has no
// control for are skipped.
void draw_hint_bar(Painter& painter, const RectF& area, const std::vector<Hint>& hints, InputDevice device,
                   const UiStrings& strings);

}  // namespace kindling::ui
