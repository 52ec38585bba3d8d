#pragma once
// The title screen's decoration: three card backs fanned out, drawn once into textures with
// transparent corners and rotated by SDL.

#include "ui/card_renderer.hpp"
#include "ui/text/sdl_handles.hpp"

#include <array>
#include <string>

namespace kindling::screens {

class CardFan {
public:
    // Prepares the textures for a fan centred in `area` (cheap when nothing changed).
    void compose(ui::Painter& painter, const ui::RectF& area, int generation);
    void draw(ui::Painter& painter) const;

private:
    text::TexturePtr back_;
    ui::RectF card_;
    std::string key_;
};

}  // namespace kindling::screens
