#include "ui/card_renderer.hpp"

#include "ui/colour.hpp"

#include <algorithm>
#include <cmath>

namespace kindling::ui {

namespace {

constexpr float padding = 52;
constexpr float badge = 88;
constexpr float dot = 20;
// Lato's lines are about 1.22 em high.
constexpr float line = 1.22f;
constexpr float instruction_gap = 16;

TextSpec instruction_spec(float width) { return type::small.wrapped(width, text::Align::center); }

float header_height(float s) {
    return std::max(badge + 8, type::subheading.size * s * line + 4 + std::max(36.0f, type::small.size * s * line));
}
float footer_height(float s) { return std::max(64.0f, type::label_bold.size * s * line + 12); }

Colour badge_icon_colour(const Palette& palette, Colour theme) {
    // White or the card's ink on the theme colour, whichever stands out more.
    const Colour light{255, 255, 255, 255};
    return contrast_ratio(light, theme) >= contrast_ratio(palette.card_text, theme) ? light : palette.card_text;
}

}  // namespace

RectF CardRenderer::card_rect(const RectF& area, float text_scale, bool ten_foot) {
    const float w = std::min(area.w, (ten_foot ? 1560.0f : 1320.0f) * std::clamp(text_scale, 1.0f, 1.35f));
    const float h = std::min(area.h, ten_foot ? 760.0f : 700.0f);
    return area.centred({w, h});
}

CardRenderer::CardText CardRenderer::card_text(Painter& painter, const RectF& card, const CardContent& content) {
    // The text: as large as fits, never below the minimum card size. A player's larger text
    // size raises that minimum too, unless the words would then be cut short: every word of a
    // card matters more than its size, so the minimum falls back to the 48 px of 100 %.
    CardText words;
    words.box = text_box(card, painter.canvas().text_scale());
    if (!content.instruction.empty()) {
        // The instruction sits at the foot of the text area; the card's words keep the rest.
        const float h = std::min(painter.measure(content.instruction, instruction_spec(words.box.w)).h, words.box.h / 3);
        words.instruction = {words.box.x, words.box.bottom() - h, words.box.w, h};
        words.box.h = std::max(40.0f, words.box.h - h - instruction_gap);
    }
    words.spec = (content.ten_foot ? type::party_card_text : type::card_text).wrapped(words.box.w, text::Align::center);
    words.minimum = text_minimum(content);
    if (painter.canvas().text_scale() > 1.0f && !painter.fits_whole(content.text, words.spec, words.box, words.minimum)) {
        words.minimum = words.minimum / painter.canvas().text_scale();
    }
    return words;
}

float CardRenderer::text_minimum(const CardContent& content) {
    return content.ten_foot ? type::minimum_party_card : type::minimum_card;
}

void CardRenderer::prepare_face(Painter& painter, const RectF& card, const CardContent& content) const {
    const CardText words = card_text(painter, card, content);
    painter.prepare_fitted_text(content.text, words.spec, words.box, words.minimum, painter.palette().card_text);
}

void CardRenderer::forget_face(Painter& painter, const RectF& card, const CardContent& content) const {
    const CardText words = card_text(painter, card, content);
    painter.forget_fitted_text(content.text, words.spec, words.box, words.minimum, painter.palette().card_text);
}

RectF CardRenderer::text_box(const RectF& card, float text_scale) {
    const float top = card.y + padding + header_height(text_scale) + 12;
    const float bottom = card.bottom() - padding - footer_height(text_scale) - 12;
    return {card.x + padding + 12, top, card.w - 2 * padding - 24, std::max(40.0f, bottom - top)};
}

void CardRenderer::draw_face(Painter& painter, const RectF& card, const CardContent& content) const {
    const Palette& palette = painter.palette();
    const Colour theme = content.theme_colour;
    painter.rounded_rect(card, corner_radius, palette.card);
    // A band of the theme's colour along the top edge: colour that supports, never replaces,
    // the theme's icon and name.
    painter.rounded_rect({card.x + corner_radius, card.y + 18, card.w - 2 * corner_radius, 10}, 5, theme);

    // Header, left: the kind as a badge (icon on the theme colour) and its name; under it the
    // theme's icon and name.
    const float left = card.x + padding;
    const float top = card.y + padding;
    const Colour badge_fill = palette.high_contrast ? palette.card_text : theme;
    const Colour badge_ink = palette.high_contrast ? palette.card : badge_icon_colour(palette, theme);
    painter.circle({left + badge / 2, top + badge / 2}, badge / 2, badge_fill);
    painter.icon(content.kind_icon, {left + 18, top + 18, badge - 36, badge - 36}, badge_ink);
    const float label_x = left + badge + 24;
    const RectF kind = painter.text(content.kind_label, type::subheading, {label_x, top + 2}, palette.card_text);
    const float theme_y = kind.bottom() + 4;
    const float theme_icon_size = 36;
    painter.icon(content.theme_icon, {label_x, theme_y, theme_icon_size, theme_icon_size},
                 palette.high_contrast ? palette.card_text : theme);
    painter.text(content.theme_label, type::small, {label_x + theme_icon_size + 10, theme_y + theme_icon_size / 2},
                 palette.card_muted, {HAlign::left, VAlign::centre});

    // Header, right: depth as dots and a word, and how private the card is.
    const float right = card.right() - padding;
    const RectF depth_word = painter.text(content.level_label, type::small_bold, {right, top + 4}, palette.card_text,
                                          {HAlign::right, VAlign::top});
    float dot_x = depth_word.x - 18 - 3 * dot - 2 * 10;
    const float dot_y = depth_word.centre().y;
    for (int i = 1; i <= 3; ++i) {
        const PointF centre{dot_x + dot / 2, dot_y};
        if (i <= content.level) painter.circle(centre, dot / 2, palette.high_contrast ? palette.card_text : theme);
        painter.ring_outline(centre, dot / 2, 3, palette.card_text);
        dot_x += dot + 10;
    }
    const RectF intensity = painter.text(content.intensity_label, type::small, {right, depth_word.bottom() + 10},
                                         palette.card_muted, {HAlign::right, VAlign::top});
    painter.icon(content.intensity_icon, {intensity.x - 44, intensity.centre().y - 16, 32, 32}, palette.card_muted);

    const float s = painter.canvas().text_scale();
    const CardText words = card_text(painter, card, content);
    painter.fitted_text(content.text, words.spec, words.box, words.minimum, palette.card_text);
    if (!content.instruction.empty()) {
        painter.fitted_text(content.instruction, instruction_spec(words.instruction.w), words.instruction,
                            type::minimum_ui / s, palette.card_muted, VAlign::bottom);
    }

    // Footer: who answers; the timer and favourite mark on the right.
    const float footer_h = footer_height(s);
    const float footer_y = card.bottom() - padding - footer_h / 2;
    painter.fill_rect({card.x + padding, card.bottom() - padding - footer_h - 6, card.w - 2 * padding, 2},
                      blend(palette.card_muted, palette.card, 0.35));
    painter.icon(Icon::speech, {left, footer_y - 20, 40, 40}, palette.card_text);
    painter.text(content.answers_label, content.ten_foot ? type::subheading : type::label_bold, {left + 54, footer_y},
                 palette.card_text, {HAlign::left, VAlign::centre});
    float fx = right;
    if (content.favourite) {
        const RectF mark = painter.text(content.favourite_label, type::small_bold, {fx, footer_y}, palette.card_text,
                                        {HAlign::right, VAlign::centre});
        painter.icon(Icon::heart, {mark.x - 48, footer_y - 19, 38, 38}, palette.high_contrast ? palette.card_text : theme);
        fx = mark.x - 48 - 32;
    }
    if (!content.timer_label.empty()) {
        const RectF timer = painter.text(content.timer_label, type::small_bold, {fx, footer_y}, palette.card_text,
                                         {HAlign::right, VAlign::centre});
        painter.icon(Icon::timer, {timer.x - 48, footer_y - 19, 38, 38}, palette.card_text);
        fx = timer.x - 48 - 32;
    }
    if (!content.note.empty()) {
        painter.text(content.note, type::small, {fx, footer_y}, palette.card_muted, {HAlign::right, VAlign::centre});
    }
}

void CardRenderer::draw_back(Painter& painter, const RectF& card, std::string_view wordmark) const {
    // Few, large shapes only: the back is drawn afresh in every frame of a deal (at any width
    // while it turns), so it must cost next to nothing on the software renderer.
    const Palette& palette = painter.palette();
    painter.rounded_rect(card, corner_radius, palette.card_back);
    const Colour faint = blend(palette.card_back_mark, palette.card_back, 0.35);
    for (int ring = 0; ring < 3; ++ring) {
        const float inset = 24.0f + 20.0f * static_cast<float>(ring);
        const RectF frame = card.inset(std::min(inset, card.w / 2 - 4), inset);
        if (frame.w < 24) break;
        painter.rounded_outline(frame, std::max(8.0f, corner_radius - inset / 2), ring == 0 ? 3.0f : 2.0f,
                                ring == 0 ? palette.card_back_mark : faint);
    }
    const float mark = std::min({card.h * 0.34f, 200.0f, card.w * 0.6f});
    if (mark < 24) return;
    const PointF centre = card.centre();
    const float ring_radius = mark * 0.75f;
    painter.circle({centre.x, centre.y - 24}, ring_radius, palette.card_back);
    painter.ring_outline({centre.x, centre.y - 24}, ring_radius, 4, palette.card_back_mark);
    painter.icon(Icon::flame, {centre.x - mark / 2, centre.y - 24 - mark / 2, mark, mark}, palette.card_back_mark);
    if (!wordmark.empty() && card.w > card.h) {
        painter.text(wordmark, type::subheading, {centre.x, centre.y + ring_radius + 4}, palette.card_back_mark,
                     {HAlign::centre, VAlign::top});
    }
}

}  // namespace kindling::ui
