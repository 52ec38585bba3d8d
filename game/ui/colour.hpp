#pragma once
// Conversions between the core's Colour (palette data) and what SDL and the text engine take.

#include "core/format/ui_palette.hpp"
#include "ui/text/text_types.hpp"

#include <SDL.h>

namespace kindling::ui {

inline text::Rgba to_rgba(Colour c) { return {c.r, c.g, c.b, c.a}; }
inline SDL_Color to_sdl(Colour c) { return {c.r, c.g, c.b, c.a}; }
inline Colour with_alpha(Colour c, std::uint8_t a) { return {c.r, c.g, c.b, a}; }
inline Colour opaque(Colour c) { return {c.r, c.g, c.b, 255}; }

}  // namespace kindling::ui
