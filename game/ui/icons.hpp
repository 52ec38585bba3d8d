#pragma once
// Kindling's icons, drawn in code as vector shapes (vector_shape.hpp): one per card kind, one
// per built-in theme, and what the controls and screens need. Card kinds and themes are never
// shown by colour alone: always icon + label (+ colour).

#include "core/deck/deck.hpp"
#include "ui/vector_shape.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace kindling::ui {

enum class Icon : std::uint8_t {
    // card kinds
    question, sun, heart_hand, speech, hands, calendar, star, raised_hand, crystal_ball, pencil,
    // themes
    lantern, sparkle, rings, heart, leaf,
    // the game
    flame, check, swap, heart_outline, timer, pause, play, plus, skip, person, people, gear, help,
    party, back, lock, door, keyboard, mouse, gamepad, cards, export_file, dpad, chevron_left, chevron_right, chevron_up,
    chevron_down, text_size, frame, globe, contrast, expand,
};
inline constexpr std::size_t icon_count = static_cast<std::size_t>(Icon::expand) + 1;

// The shape of an icon in its 100 x 100 box.
VectorShape icon_shape(Icon icon);

Icon icon_for(CardKind kind);
// Icons by the names decks use in a theme's `icon` field ("lantern", "sun", ...).
std::optional<Icon> icon_from_name(std::string_view name);
std::string_view icon_name(Icon icon);

}  // namespace kindling::ui
