#pragma once
// Pixel operations on 32-bit ARGB surfaces that SDL's own blitters get wrong for text:
// compositing onto a transparent surface (SDL's blend darkens edges there, because it treats
// the destination's colour as if it were opaque) and smooth scaling of emoji bitmaps.

#include "ui/text/sdl_handles.hpp"

#include <cstdint>

namespace kindling::text {

// A transparent SDL_PIXELFORMAT_ARGB8888 surface, at least 1x1. nullptr if out of memory.
SurfacePtr make_argb_surface(int width, int height);

// Converts any surface to ARGB8888 (a copy); nullptr on failure.
SurfacePtr to_argb(SDL_Surface& surface);

// Porter-Duff "source over destination" with straight (non-premultiplied) alpha, the source's
// alpha multiplied by `opacity`, clipped to the destination. Both surfaces are ARGB8888.
void composite_over(SDL_Surface& destination, const SDL_Surface& source, int x, int y,
                    std::uint8_t opacity);

// A resized copy: area averaging when shrinking, bilinear when enlarging, both with
// premultiplied alpha so transparent pixels don't bleed their colour. ARGB8888 in and out.
SurfacePtr resize(const SDL_Surface& source, int width, int height);

}  // namespace kindling::text
