#include "screens/card_fan.hpp"

#include "ui/colour.hpp"

#include <cmath>

namespace kindling::screens {

using namespace ui;

namespace {

constexpr float pad = 48;  // room for the shadow around the card inside the texture
constexpr std::array<float, 3> angles{-14.0f, 2.0f, 16.0f};
constexpr std::array<PointF, 3> shifts{{{-150, 30}, {0, -10}, {150, 40}}};

}  // namespace

void CardFan::compose(Painter& painter, const RectF& area, int generation) {
    const float w = std::min(area.w * 0.62f, 600.0f);
    const RectF card = area.centred({w, w * 0.62f});
    const std::string key = std::to_string(painter.canvas().scale()) + "," + std::to_string(card.x) + "," +
                            std::to_string(card.y) + "," + std::to_string(card.w) + "," + painter.palette().id + "," +
                            std::to_string(generation);
    if (key == key_ && back_) return;
    key_ = key;
    card_ = card;
    const RectF bounds = card.inset(-pad);
    const SDL_Rect pixels = painter.pixels(bounds);
    back_.reset(SDL_CreateTexture(&painter.renderer(), SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_TARGET,
                                  std::max(1, pixels.w), std::max(1, pixels.h)));
    if (!back_) return;
    SDL_SetTextureBlendMode(back_.get(), SDL_BLENDMODE_BLEND);
    SDL_SetTextureScaleMode(back_.get(), SDL_ScaleModeLinear);
    painter.begin_layer(*back_, {bounds.x, bounds.y}, nullptr);
    // Cleared to the shadow's own colour, fully transparent, so the soft edge blends cleanly.
    painter.clear(with_alpha(painter.palette().shadow, 0));
    painter.shadow(card.translated(0, 12), CardRenderer::corner_radius * 0.6f, 26, painter.palette().shadow);
    CardRenderer{}.draw_back(painter, card, {});
    painter.end_layer();
}

void CardFan::draw(Painter& painter) const {
    if (!back_) return;
    const RectF bounds = card_.inset(-pad);
    for (std::size_t i = 0; i < angles.size(); ++i) {
        const SDL_Rect where = painter.pixels(bounds.translated(shifts[i].x, shifts[i].y));
        SDL_RenderCopyEx(&painter.renderer(), back_.get(), nullptr, &where, angles[i], nullptr, SDL_FLIP_NONE);
    }
}

}  // namespace kindling::screens
