#include "screens/message_page.hpp"

#include <algorithm>

namespace kindling::screens {

using namespace ui;

namespace {

constexpr float icon_full = 150;
constexpr float gap_after_icon = 40;
constexpr float gap_after_title = 24;
constexpr float gap_before_buttons = 56;

}  // namespace

void MessagePage::layout(Painter& painter, const RectF& area, std::string title, std::string body,
                         ButtonRow& buttons, InputDevice device, const UiStrings& strings) {
    title_ = std::move(title);
    body_ = std::move(body);
    const float width = std::min(area.w, 1400.0f);
    const TextSpec title_spec = type::heading.wrapped(width, text::Align::center);
    const TextSpec body_spec = type::body.wrapped(width, text::Align::center);
    buttons.layout(painter, {area.x, 0, area.w, 100}, HAlign::centre, device, strings);
    const float title_h = painter.measure(title_, title_spec).h;
    float body_h = painter.measure(body_, body_spec).h;
    icon_size_ = icon_full;
    float total = icon_size_ + gap_after_icon + title_h + gap_after_title + body_h + gap_before_buttons + buttons.height();
    if (total > area.h) {
        // Large text: the picture makes room for the words first.
        icon_size_ = 0;
        total -= icon_full + gap_after_icon;
    }
    if (total > area.h) {
        body_h = std::max(0.0f, body_h - (total - area.h));
        total = area.h;
    }
    float y = area.y + std::max(0.0f, (area.h - total) / 2);
    column_ = {area.x + (area.w - width) / 2, y, width, total};
    if (icon_size_ > 0) y += icon_size_ + gap_after_icon;
    title_box_ = {column_.x, y, width, title_h};
    y += title_h + gap_after_title;
    body_box_ = {column_.x, y, width, body_h};
    y += body_h + gap_before_buttons;
    buttons.layout(painter, {area.x, y, area.w, buttons.height()}, HAlign::centre, device, strings);
}

void MessagePage::draw(Painter& painter, Icon icon) const {
    const Palette& palette = painter.palette();
    if (icon_size_ > 0) {
        const PointF centre{column_.centre().x, column_.y + icon_size_ / 2};
        painter.circle(centre, icon_size_ / 2 + 30, palette.panel);
        painter.icon(icon, {centre.x - icon_size_ / 2, column_.y, icon_size_, icon_size_}, palette.accent);
    }
    painter.text(title_, type::heading.wrapped(title_box_.w, text::Align::center), {title_box_.x, title_box_.y},
                 palette.text);
    if (body_box_.h > 0) {
        painter.fitted_text(body_, type::body.wrapped(body_box_.w, text::Align::center), body_box_, type::minimum_ui,
                            palette.text_muted, VAlign::top);
    }
}

}  // namespace kindling::screens
