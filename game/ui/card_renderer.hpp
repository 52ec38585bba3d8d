#pragma once
// How a Kindling card looks, drawn with a Painter in design pixels: the face (kind and theme by
// icon, label and colour; the text large and centred; who answers; depth and intensity markers;
// timer and favourite) and the back. The game's card screen and the editor's preview both use
// this, so an author sees a card exactly as players will.

#include "ui/card_content.hpp"
#include "ui/painter.hpp"

namespace kindling::ui {

class CardRenderer {
public:
    // The card's place in an area: centred, as large as fits up to 1320 x 700 design pixels,
    // wider with a larger text size so the words keep their room.
    static RectF card_rect(const RectF& area, float text_scale = 1.0f, bool ten_foot = false);
    // The smallest size the card's words are drawn at (design pixels, before the text size).
    static float text_minimum(const CardContent& content);
    // Where the card's text goes inside a card rectangle, at a text size (1 = 100 %): the
    // header and footer grow with the player's text size and the text gets what is left.
    static RectF text_box(const RectF& card, float text_scale = 1.0f);

    void draw_face(Painter& painter, const RectF& card, const CardContent& content) const;
    // Does the expensive part of draw_face ahead (fitting and rendering the card's words), so
    // that the frame that then draws the face stays short.
    void prepare_face(Painter& painter, const RectF& card, const CardContent& content) const;
    // Once a face has been drawn into a sprite, its words need not stay in the text cache.
    void forget_face(Painter& painter, const RectF& card, const CardContent& content) const;
    void draw_back(Painter& painter, const RectF& card, std::string_view wordmark) const;

    static constexpr float corner_radius = 34;

private:
    struct CardText {
        RectF box;
        TextSpec spec;
        float minimum = 0;
        RectF instruction;  // under the words, when the card has an instruction line
    };
    static CardText card_text(Painter& painter, const RectF& card, const CardContent& content);

public:
    static constexpr float shadow_blur = 34;
    static constexpr float shadow_drop = 16;
};

}  // namespace kindling::ui
