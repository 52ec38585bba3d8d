#include "ui/widgets/button_row.hpp"

#include "ui/widgets/control_glyphs.hpp"

#include <algorithm>

namespace kindling::ui {

namespace {

constexpr float pad_x = 34;
constexpr float gap = 24;
constexpr float base_icon_size = 44;

// A button's icon grows with the player's text size (up to double), beside its larger label.
float icon_size_for(const Painter& painter) { return base_icon_size * std::clamp(painter.canvas().text_scale(), 1.0f, 2.0f); }
constexpr float inner_gap = 14;
constexpr float radius = 22;

std::optional<ControlGlyph> shortcut_glyph(const ButtonItem& item, InputDevice device, PadStyle style) {
    if (!item.shortcut || device == InputDevice::mouse) return std::nullopt;
    return glyph_for(*item.shortcut, device, style);
}

}  // namespace

void ButtonRow::set_items(std::vector<ButtonItem> items) {
    const std::string keep = focused_id();
    items_ = std::move(items);
    focus_ = 0;
    if (!keep.empty()) focus(keep);
    rects_.clear();
}

void ButtonRow::focus(std::string_view id) {
    for (std::size_t i = 0; i < items_.size(); ++i) {
        if (items_[i].id == id) focus_ = i;
    }
}

std::string ButtonRow::focused_id() const { return focus_ < items_.size() ? items_[focus_].id : std::string{}; }
std::string ButtonRow::focused_words() const { return focus_ < items_.size() ? items_[focus_].label : std::string{}; }

void ButtonRow::layout(Painter& painter, const RectF& area, HAlign align, InputDevice device, const UiStrings& strings) {
    rects_.clear();
    const float icon_size = icon_size_for(painter);
    height_ = std::max(92.0f, painter.measure("Ag", type::body.bold()).h + 40);
    std::vector<float> widths;
    float total = 0;
    for (const ButtonItem& item : items_) {
        float label_w = painter.measure(item.label, type::body.bold()).w;
        for (const std::string& other : item.other_labels) label_w = std::max(label_w, painter.measure(other, type::body.bold()).w);
        float w = 2 * pad_x + label_w;
        if (item.icon) w += icon_size + inner_gap;
        if (const auto glyph = shortcut_glyph(item, device, painter.pad_style())) w += glyph_width(painter, *glyph, strings) + inner_gap;
        widths.push_back(w);
        total += w;
    }
    if (!items_.empty()) total += gap * static_cast<float>(items_.size() - 1);
    // Too wide (large text): every button gets an equal share and its label shrinks to fit.
    if (total > area.w && !items_.empty()) {
        const float share = (area.w - gap * static_cast<float>(items_.size() - 1)) / static_cast<float>(items_.size());
        std::fill(widths.begin(), widths.end(), share);
        total = area.w;
    }
    float x = area.x;
    if (align == HAlign::centre) x = area.x + (area.w - total) / 2;
    if (align == HAlign::right) x = area.right() - total;
    const float y = area.y + (area.h - height_) / 2;
    for (const float w : widths) {
        rects_.push_back({x, y, w, height_});
        x += w + gap;
    }
}

RectF ButtonRow::button_rect(std::string_view id) const {
    for (std::size_t i = 0; i < items_.size() && i < rects_.size(); ++i) {
        if (items_[i].id == id) return rects_[i];
    }
    return {};
}

OptionEvent ButtonRow::handle(const InputEvent& event) {
    if (items_.empty()) return {};
    if (event.type == InputEvent::Type::command) {
        for (std::size_t i = 0; i < items_.size(); ++i) {
            if (items_[i].shortcut && *items_[i].shortcut == event.command && event.command != Command::confirm) {
                return {OptionEvent::Type::activated, items_[i].id, 0};
            }
            if (event.command == Command::primary && items_[i].primary) return {OptionEvent::Type::activated, items_[i].id, 0};
        }
        if (!active_) return {};
        switch (event.command) {
            case Command::left:
            case Command::previous_field:
                if (focus_ > 0) {
                    --focus_;
                    return {OptionEvent::Type::focus_moved, focused_id(), 0};
                }
                return event.command == Command::previous_field ? OptionEvent{OptionEvent::Type::leave_top, focused_id(), 0}
                                                                 : OptionEvent{};
            case Command::right:
            case Command::next_field:
                if (focus_ + 1 < items_.size()) {
                    ++focus_;
                    return {OptionEvent::Type::focus_moved, focused_id(), 0};
                }
                return event.command == Command::next_field
                           ? OptionEvent{OptionEvent::Type::leave_bottom, focused_id(), 0}
                           : OptionEvent{};
            case Command::up: return {OptionEvent::Type::leave_top, focused_id(), 0};
            case Command::down: return {OptionEvent::Type::leave_bottom, focused_id(), 0};
            case Command::confirm: return {OptionEvent::Type::activated, focused_id(), 0};
            default: return {};
        }
    }
    if (event.type == InputEvent::Type::pointer_move || event.type == InputEvent::Type::pointer_click) {
        for (std::size_t i = 0; i < rects_.size(); ++i) {
            if (!rects_[i].contains(event.pointer)) continue;
            const bool moved = focus_ != i || !active_;
            focus_ = i;
            if (event.type == InputEvent::Type::pointer_click) return {OptionEvent::Type::activated, items_[i].id, 0};
            return moved ? OptionEvent{OptionEvent::Type::focus_moved, items_[i].id, 0} : OptionEvent{};
        }
    }
    return {};
}

void ButtonRow::draw(Painter& painter, InputDevice device, const UiStrings& strings) const {
    const Palette& palette = painter.palette();
    const float icon_size = icon_size_for(painter);
    for (std::size_t i = 0; i < items_.size() && i < rects_.size(); ++i) {
        const ButtonItem& item = items_[i];
        const RectF& rect = rects_[i];
        const bool focused = active_ && i == focus_;
        const Colour fill = item.primary ? palette.accent : focused ? palette.panel_focus : palette.panel;
        const Colour ink = item.primary ? palette.accent_text : palette.text;
        if (focused) painter.rounded_outline(rect.inset(-9), radius + 9, 5, palette.focus_ring);
        painter.rounded_rect(rect, radius, fill);

        const auto glyph = shortcut_glyph(item, device, painter.pad_style());
        float content = painter.measure(item.label, type::body.bold()).w;
        if (item.icon) content += icon_size + inner_gap;
        if (glyph) content += glyph_width(painter, *glyph, strings) + inner_gap;
        float x = rect.x + std::max(pad_x / 2, (rect.w - content) / 2);
        const float cy = rect.centre().y;
        if (glyph) x += draw_glyph(painter, *glyph, {x, cy}, strings) + inner_gap;
        if (item.icon) {
            painter.icon(*item.icon, {x, cy - icon_size / 2, icon_size, icon_size}, ink);
            x += icon_size + inner_gap;
        }
        const float room = rect.right() - x - pad_x / 2;
        const SizeF label = painter.measure(item.label, type::body.bold());
        if (label.w <= room) {
            painter.text(item.label, type::body.bold(), {x, cy}, ink, {HAlign::left, VAlign::centre});
        } else {
            painter.fitted_text(item.label, type::body.bold().wrapped(room), {x, rect.y + 8, room, rect.h - 16},
                                type::minimum_ui, ink);
        }
    }
}

}  // namespace kindling::ui
