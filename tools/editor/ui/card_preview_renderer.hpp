#pragma once
// The one seam between the editor and the game's card drawing: GameCardPreview implements it
// with the game's own card renderer (game/ui/card_renderer.hpp).

#include "core/deck/deck.hpp"

#include <SDL.h>

namespace kindling::editor::ui {

class CardPreviewRenderer {
public:
    virtual ~CardPreviewRenderer() = default;
    // Draws `card` of `deck` the way the game shows it on a screen of the target's size,
    // filling the whole render-target texture `target` (created with SDL_TEXTUREACCESS_TARGET).
    virtual void draw(SDL_Renderer& renderer, SDL_Texture& target, const Card& card, const Deck& deck) = 0;

protected:
    CardPreviewRenderer() = default;
    CardPreviewRenderer(const CardPreviewRenderer&) = default;
    CardPreviewRenderer& operator=(const CardPreviewRenderer&) = default;
};

// The title-safe inset of the game's screens (see docs: about 5% on every side).
inline constexpr double safe_area_inset = 0.05;

}  // namespace kindling::editor::ui
