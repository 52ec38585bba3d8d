#pragma once
// A card drawn once into a texture and then moved, flipped and faded for free. The texture is
// opaque: the card and its shadow over the screen's background colour. That is what makes
// animation cheap on the software renderer (an opaque copy, even scaled, costs well under a
// millisecond at 1080p, where blending a texture with its own alpha costs several) and it
// works because the background behind cards is one flat colour.

#include "ui/card_renderer.hpp"
#include "ui/text/sdl_handles.hpp"

#include <string>
#include <vector>

namespace kindling::ui {

class CardSprite {
public:
    // (Re)draws the sprite when what it shows or the canvas changed; cheap when nothing did.
    void compose_face(Painter& painter, const CardRenderer& renderer, const RectF& card, const CardContent& content);
    void compose_back(Painter& painter, const CardRenderer& renderer, const RectF& card, std::string_view wordmark);

    // Draws the card with its centre moved by `offset` (design pixels), squeezed horizontally
    // to `scale_x` of its width (flips) and at `opacity` 0..1 over what is below. At rest
    // (no offset, full size and opacity) its text is recorded like any other text.
    void draw(Painter& painter, PointF offset = {}, float scale_x = 1, float opacity = 1) const;

    [[nodiscard]] bool ready() const { return texture_ != nullptr; }
    // Whether compose_face would draw anew (what it shows or the canvas changed).
    [[nodiscard]] bool outdated(const Painter& painter, const RectF& card, const CardContent& content) const;
    [[nodiscard]] const RectF& card() const { return card_; }
    void release();

private:
    bool begin(Painter& painter, const RectF& card, std::string key);
    void end(Painter& painter);

    text::TexturePtr texture_;
    RectF card_;
    RectF bounds_;  // card plus shadow margin, design pixels
    std::string key_;
    std::vector<DrawnText> texts_;  // output pixels relative to the texture
    int width_ = 0;
    int height_ = 0;
};

}  // namespace kindling::ui
