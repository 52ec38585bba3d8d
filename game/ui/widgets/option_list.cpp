#include "ui/widgets/option_list.hpp"

#include "core/text/unicode.hpp"
#include "ui/text/unicode_properties.hpp"

#include <algorithm>
#include <cmath>

namespace kindling::ui {

namespace {

constexpr float row_gap = 14;
constexpr float pad_x = 34;
constexpr float pad_y = 20;
constexpr float radius = 20;
constexpr float heading_gap = 26;
// Icons, switches and arrows at 100 % text; they grow with the player's text size (up to
// double), so a switch or an arrow is never small beside large words.
constexpr float base_icon_size = 48;
constexpr float base_switch_w = 92;
constexpr float base_switch_h = 50;
constexpr float base_chevron = 34;

float growth(const Painter& painter) { return std::clamp(painter.canvas().text_scale(), 1.0f, 2.0f); }
constexpr float focus_room = 16;

std::string drop_last_grapheme(const std::string& text) {
    if (text.empty()) return text;
    const std::string clean = text::unicode::sanitize_utf8(text);
    const auto bounds = text::unicode::grapheme_boundaries(clean);
    if (bounds.size() < 2) return {};
    return clean.substr(0, bounds[bounds.size() - 2]);
}

std::string append_limited(const std::string& text, std::string_view typed, std::size_t max_chars) {
    std::string result = text;
    for (const char c : typed) {
        // Line breaks and control characters never belong in a name.
        if (static_cast<unsigned char>(c) < 0x20) return result;
    }
    result.append(typed);
    if (unicode::code_point_count(result) > max_chars) {
        return std::string(unicode::prefix_code_points(result, max_chars));
    }
    return result;
}

// A wrapping field's lines, broken at spaces (a word wider than the field is cut where it no
// longer fits), so that the caret can follow the end of the last line.
std::vector<std::string> field_lines(Painter& painter, const std::string& text, float width) {
    const auto fits = [&](const std::string& line) { return painter.measure(line, type::body).w <= width; };
    std::vector<std::string> lines;
    std::string line;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = text.find(' ', start);
        const std::string word = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        std::string candidate = line.empty() ? word : line + " " + word;
        if (!line.empty() && !fits(candidate)) {
            lines.push_back(line);
            candidate = word;
        }
        line = std::move(candidate);
        while (!fits(line) && unicode::code_point_count(line) > 1) {
            std::size_t keep = unicode::code_point_count(line) - 1;
            while (keep > 1 && !fits(std::string(unicode::prefix_code_points(line, keep)))) --keep;
            const std::size_t cut = unicode::prefix_code_points(line, keep).size();
            lines.push_back(line.substr(0, cut));
            line.erase(0, cut);
        }
        if (end == std::string::npos) break;
        start = end + 1;
    }
    lines.push_back(line);
    return lines;
}

}  // namespace

void OptionList::set_items(std::vector<OptionItem> items) {
    const std::string keep = focused_id();
    const std::optional<std::size_t> before = focus_;
    items_ = std::move(items);
    focus_.reset();
    // The same item keeps the focus without scrolling: screens rebuild their lists every frame.
    for (std::size_t i = 0; i < items_.size() && !keep.empty(); ++i) {
        if (items_[i].id == keep && focusable(i)) focus_ = i;
    }
    if (!focus_) focus_first();
    else if (focus_ != before) follow_focus_ = true;
}

OptionItem* OptionList::find(std::string_view id) {
    const auto found = std::find_if(items_.begin(), items_.end(), [&](const OptionItem& item) { return item.id == id; });
    return found == items_.end() ? nullptr : &*found;
}

bool OptionList::focusable(std::size_t index) const {
    return index < items_.size() && items_[index].kind != OptionItem::Kind::heading &&
           items_[index].kind != OptionItem::Kind::note;
}

void OptionList::focus(std::string_view id) {
    for (std::size_t i = 0; i < items_.size(); ++i) {
        if (items_[i].id == id && focusable(i)) {
            focus_ = i;
            scroll_to_focus();
            return;
        }
    }
}

void OptionList::focus_first() {
    focus_.reset();
    for (std::size_t i = 0; i < items_.size(); ++i) {
        if (focusable(i)) {
            focus_ = i;
            break;
        }
    }
    scroll_to_focus();
}

void OptionList::focus_last() {
    focus_.reset();
    for (std::size_t i = items_.size(); i-- > 0;) {
        if (focusable(i)) {
            focus_ = i;
            break;
        }
    }
    scroll_to_focus();
}

std::string OptionList::focused_id() const { return focus_ ? items_[*focus_].id : std::string{}; }

std::string OptionList::focused_words() const {
    const OptionItem* item = focused();
    if (item == nullptr) return {};
    const bool has_value = item->kind == OptionItem::Kind::toggle || item->kind == OptionItem::Kind::choice ||
                           item->kind == OptionItem::Kind::text;
    if (!has_value || item->value.empty()) return item->label;
    return item->label + ", " + item->value;
}

const OptionItem* OptionList::focused() const { return focus_ ? &items_[*focus_] : nullptr; }

bool OptionList::wants_text_input() const {
    return active_ && focus_ && items_[*focus_].kind == OptionItem::Kind::text;
}

float OptionList::value_width(Painter& painter, const OptionItem& item) const {
    const float switch_w = base_switch_w * growth(painter);
    const float chevron = base_chevron * growth(painter);
    switch (item.kind) {
        case OptionItem::Kind::toggle: return switch_w + 16 + painter.measure(item.value, type::label_bold).w;
        case OptionItem::Kind::choice: return 2 * chevron + 28 + painter.measure(item.value, type::label_bold).w;
        case OptionItem::Kind::text: {
            if (item.wraps) return 100000;  // as wide as the row allows
            const std::string& shown = item.value.empty() ? item.placeholder : item.value;
            return std::max(420.0f, painter.measure(shown, type::body).w + 40);
        }
        default: return 0;
    }
}

void OptionList::layout(Painter& painter, const RectF& area) {
    area_ = area;
    grow_ = growth(painter);
    const float icon_size = base_icon_size * grow_;
    const float switch_h = base_switch_h * grow_;
    rows_.assign(items_.size(), {});
    value_widths_.assign(items_.size(), 0);
    // Room above the first row and below the last for the focus ring, which sits outside rows.
    float y = focus_room;
    for (std::size_t i = 0; i < items_.size(); ++i) {
        const OptionItem& item = items_[i];
        if (item.kind == OptionItem::Kind::note) {
            const SizeF size = painter.measure(item.label, type::body.wrapped(area.w));
            rows_[i].rect = {0, y, area.w, size.h};
            rows_[i].label_height = size.h;
            y += size.h + row_gap + 8;
            continue;
        }
        if (item.kind == OptionItem::Kind::heading) {
            if (i > 0) y += heading_gap - row_gap;
            const SizeF size = painter.measure(item.label, type::label_bold.wrapped(area.w));
            rows_[i].rect = {0, y, area.w, size.h + 8};
            rows_[i].label_height = size.h;
            y += rows_[i].rect.h + 6;
            continue;
        }
        const float value_w = std::min(value_width(painter, item), area.w * 0.55f);
        value_widths_[i] = value_w;
        const float icon_w = item.icon ? icon_size + 20 : 0;
        const float label_w = std::max(120.0f, area.w - 2 * pad_x - icon_w - (value_w > 0 ? value_w + 24 : 0));
        const TextSpec label_spec = (item.primary ? type::body.bold() : type::body).wrapped(label_w);
        float h = painter.measure(item.label, label_spec).h;
        rows_[i].label_height = h;
        if (!item.detail.empty()) h += 6 + painter.measure(item.detail, type::small.wrapped(label_w)).h;
        float value_h = item.kind == OptionItem::Kind::text ? painter.measure("Ag", type::body).h + 24 : switch_h;
        if (item.kind == OptionItem::Kind::text && item.wraps) {
            rows_[i].lines = field_lines(painter, item.value.empty() ? item.placeholder : item.value, value_w - 40);
            value_h = painter.measure("Ag", type::body).h * static_cast<float>(rows_[i].lines.size()) + 24;
        }
        h = std::max({h, value_h, icon_size}) + 2 * pad_y;
        rows_[i].rect = {0, y, area.w, h};
        y += h + row_gap;
    }
    content_height_ = std::max(0.0f, y - row_gap + focus_room);
    scroll_ = std::clamp(scroll_, 0.0f, std::max(0.0f, content_height_ - area_.h));
    // The focus is brought into view after it moved, not on every frame: a list scrolled by
    // the wheel stays where the player put it.
    if (follow_focus_) scroll_to_focus();
    follow_focus_ = false;
}

void OptionList::scroll_to_focus() {
    follow_focus_ = true;
    if (!focus_ || rows_.size() != items_.size() || area_.h <= 0) return;
    RectF row = rows_[*focus_].rect;
    // Keep a heading right above the focused row in view with it.
    if (*focus_ > 0 && !focusable(*focus_ - 1)) {
        const RectF heading = rows_[*focus_ - 1].rect;
        row = {row.x, heading.y, row.w, row.bottom() - heading.y};
    }
    const float margin = 12;
    if (row.y - margin < scroll_) scroll_ = std::max(0.0f, row.y - margin);
    if (row.bottom() + margin > scroll_ + area_.h) scroll_ = row.bottom() + margin - area_.h;
    scroll_ = std::clamp(scroll_, 0.0f, std::max(0.0f, content_height_ - area_.h));
}

RectF OptionList::row_rect(std::string_view id) const {
    for (std::size_t i = 0; i < items_.size() && i < rows_.size(); ++i) {
        if (items_[i].id == id) return rows_[i].rect.translated(area_.x, area_.y - scroll_);
    }
    return {};
}

std::optional<std::size_t> OptionList::row_at(PointF point) const {
    if (!area_.contains(point)) return std::nullopt;
    const PointF local{point.x - area_.x, point.y - area_.y + scroll_};
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        if (focusable(i) && rows_[i].rect.contains(local)) return i;
    }
    return std::nullopt;
}

OptionEvent OptionList::move_focus(int direction) {
    if (!focus_) {
        focus_first();
        return {OptionEvent::Type::focus_moved, focused_id(), 0};
    }
    std::size_t index = *focus_;
    while (true) {
        if (direction < 0 && index == 0) return {OptionEvent::Type::leave_top, focused_id(), 0};
        if (direction > 0 && index + 1 >= items_.size()) return {OptionEvent::Type::leave_bottom, focused_id(), 0};
        index = direction < 0 ? index - 1 : index + 1;
        if (focusable(index)) break;
    }
    focus_ = index;
    scroll_to_focus();
    return {OptionEvent::Type::focus_moved, focused_id(), 0};
}

OptionEvent OptionList::activate(std::size_t index, float pointer_x) {
    OptionItem& item = items_[index];
    switch (item.kind) {
        case OptionItem::Kind::toggle: return {OptionEvent::Type::changed, item.id, item.on ? -1 : 1};
        case OptionItem::Kind::choice: {
            // A click on the left part of the value steps back, anywhere else steps forward.
            const RectF row = rows_[index].rect.translated(area_.x, area_.y - scroll_);
            const float value_left = row.right() - pad_x - value_widths_[index];
            const bool back = pointer_x >= value_left && pointer_x < value_left + base_chevron * grow_ + 14;
            return {OptionEvent::Type::changed, item.id, back ? -1 : 1};
        }
        case OptionItem::Kind::heading: return {};
        default: return {OptionEvent::Type::activated, item.id, 0};
    }
}

OptionEvent OptionList::handle(const InputEvent& event) {
    switch (event.type) {
        case InputEvent::Type::command: {
            switch (event.command) {
                case Command::up:
                case Command::previous_field: return move_focus(-1);
                case Command::down:
                case Command::next_field: return move_focus(1);
                case Command::page_up:
                case Command::page_down: {
                    OptionEvent last;
                    for (int i = 0; i < 5; ++i) {
                        OptionEvent step = move_focus(event.command == Command::page_up ? -1 : 1);
                        if (step.type != OptionEvent::Type::focus_moved) break;
                        last = step;
                    }
                    return last;
                }
                case Command::left:
                case Command::right: {
                    if (!focus_) return {};
                    OptionItem& item = items_[*focus_];
                    const int delta = event.command == Command::left ? -1 : 1;
                    if (item.kind == OptionItem::Kind::choice) return {OptionEvent::Type::changed, item.id, delta};
                    if (item.kind == OptionItem::Kind::toggle && item.on != (delta > 0)) {
                        return {OptionEvent::Type::changed, item.id, delta};
                    }
                    return {};
                }
                case Command::confirm:
                    if (!focus_) return {};
                    return activate(*focus_, -1e9f);
                case Command::erase:
                    if (!focus_ || items_[*focus_].kind != OptionItem::Kind::text) return {};
                    items_[*focus_].value = drop_last_grapheme(items_[*focus_].value);
                    return {OptionEvent::Type::edited, items_[*focus_].id, 0};
                default: return {};
            }
        }
        case InputEvent::Type::text:
            if (!focus_ || items_[*focus_].kind != OptionItem::Kind::text) return {};
            items_[*focus_].value = append_limited(items_[*focus_].value, event.text, items_[*focus_].max_chars);
            return {OptionEvent::Type::edited, items_[*focus_].id, 0};
        case InputEvent::Type::pointer_move:
            if (const auto row = row_at(event.pointer); row && row != focus_) {
                focus_ = *row;
                return {OptionEvent::Type::focus_moved, focused_id(), 0};
            }
            return {};
        case InputEvent::Type::pointer_click:
            if (const auto row = row_at(event.pointer)) {
                focus_ = *row;
                return activate(*row, event.pointer.x);
            }
            return {};
        case InputEvent::Type::scroll:
            follow_focus_ = false;
            scroll_ = std::clamp(scroll_ - event.scroll * 90.0f, 0.0f, std::max(0.0f, content_height_ - area_.h));
            return {OptionEvent::Type::focus_moved, focused_id(), 0};
        default: return {};
    }
}

void OptionList::draw_wrapping_field(Painter& painter, const std::vector<std::string>& lines, const RectF& room,
                                     bool empty, bool focused, Colour ink) const {
    const Palette& palette = painter.palette();
    const float line_h = painter.measure("Ag", type::body).h;
    const float field_h = line_h * static_cast<float>(lines.size()) + 24;
    const RectF field{room.x, room.y + (room.h - field_h) / 2, room.w, field_h};
    painter.rounded_rect(field, 12, palette.background);
    painter.rounded_outline(field, 12, focused ? 4 : 2, focused ? palette.focus_ring : palette.text_muted);
    RectF last{field.x + 20, field.y + 12, 0, line_h};
    for (std::size_t i = 0; i < lines.size(); ++i) {
        last = painter.text(lines[i], type::body, {field.x + 20, field.y + 12 + line_h * static_cast<float>(i)},
                            empty ? palette.text_muted : ink, {HAlign::left, VAlign::top});
    }
    if (focused) {
        const float caret_x = empty ? field.x + 20 : last.right() + 4;
        const float line_y = field.y + 12 + line_h * static_cast<float>(empty ? 0 : lines.size() - 1);
        painter.fill_rect({caret_x, line_y + 2, 4, line_h - 4}, palette.focus_ring);
    }
}

void OptionList::draw_row(Painter& painter, std::size_t index, const RectF& rect) const {
    const Palette& palette = painter.palette();
    const float icon_size = base_icon_size * grow_;
    const float switch_w = base_switch_w * grow_;
    const float switch_h = base_switch_h * grow_;
    const float chevron = base_chevron * grow_;
    const OptionItem& item = items_[index];
    const bool focused = active_ && focus_ == index;
    if (item.kind == OptionItem::Kind::heading) {
        painter.text(item.label, type::label_bold.wrapped(rect.w), {rect.x, rect.y + 4}, palette.text_muted);
        return;
    }
    if (item.kind == OptionItem::Kind::note) {
        painter.text(item.label, type::body.wrapped(rect.w), {rect.x, rect.y}, palette.text_muted);
        return;
    }
    const Colour fill = item.primary ? palette.accent : focused ? palette.panel_focus : palette.panel;
    const Colour ink = item.primary ? palette.accent_text : palette.text;
    const Colour muted = item.primary ? palette.accent_text : palette.text_muted;
    if (focused) painter.rounded_outline(rect.inset(-9), radius + 9, 5, palette.focus_ring);
    painter.rounded_rect(rect, radius, fill);

    float x = rect.x + pad_x;
    if (item.icon) {
        painter.icon(*item.icon, {x, rect.centre().y - icon_size / 2, icon_size, icon_size},
                     item.icon_colour.value_or(ink));
        x += icon_size + 20;
    }
    const float value_w = value_widths_[index];
    const float label_w = std::max(120.0f, rect.right() - pad_x - x - (value_w > 0 ? value_w + 24 : 0));
    const TextSpec label_spec = (item.primary ? type::body.bold() : type::body).wrapped(label_w);
    float text_h = rows_[index].label_height;
    const TextSpec detail_spec = type::small.wrapped(label_w);
    if (!item.detail.empty()) text_h += 6 + painter.measure(item.detail, detail_spec).h;
    float y = rect.centre().y - text_h / 2;
    if (item.primary && !item.icon && value_w <= 0) {
        painter.text(item.label, label_spec.wrapped(rect.w - 2 * pad_x, text::Align::center), {rect.x + pad_x, y}, ink);
    } else {
        painter.text(item.label, label_spec, {x, y}, ink);
    }
    if (!item.detail.empty()) {
        painter.text(item.detail, detail_spec, {x, y + rows_[index].label_height + 6}, muted);
    }

    const float right = rect.right() - pad_x;
    const float cy = rect.centre().y;
    switch (item.kind) {
        case OptionItem::Kind::toggle: {
            const RectF track{right - switch_w, cy - switch_h / 2, switch_w, switch_h};
            painter.rounded_rect(track, switch_h / 2, item.on ? palette.accent : palette.background);
            painter.rounded_outline(track, switch_h / 2, 3, item.on ? palette.accent : palette.text_muted);
            const float knob = switch_h - 14 * grow_;
            const float knob_x = item.on ? track.right() - 7 * grow_ - knob : track.x + 7 * grow_;
            painter.circle({knob_x + knob / 2, cy}, knob / 2, item.on ? palette.accent_text : palette.text_muted);
            painter.text(item.value, type::label_bold, {track.x - 16, cy}, ink, {HAlign::right, VAlign::centre});
            break;
        }
        case OptionItem::Kind::choice: {
            const Colour arrows = focused ? palette.focus_ring : palette.text_muted;
            painter.icon(Icon::chevron_right, {right - chevron, cy - chevron / 2, chevron, chevron}, arrows);
            const SizeF value = painter.measure(item.value, type::label_bold);
            const float value_x = right - chevron - 14 - value.w;
            painter.text(item.value, type::label_bold, {value_x, cy}, ink, {HAlign::left, VAlign::centre});
            painter.icon(Icon::chevron_left, {value_x - 14 - chevron, cy - chevron / 2, chevron, chevron}, arrows);
            break;
        }
        case OptionItem::Kind::text: {
            const bool empty = item.value.empty();
            if (item.wraps) {
                draw_wrapping_field(painter, rows_[index].lines, {right - value_w, rect.y, value_w, rect.h}, empty,
                                    focused, ink);
                break;
            }
            const float field_h = painter.measure("Ag", type::body).h + 24;
            const RectF field{right - value_w, cy - field_h / 2, value_w, field_h};
            painter.rounded_rect(field, 12, palette.background);
            painter.rounded_outline(field, 12, focused ? 4 : 2, focused ? palette.focus_ring : palette.text_muted);
            const RectF drawn = painter.text(empty ? item.placeholder : item.value, type::body,
                                             {field.x + 20, cy}, empty ? palette.text_muted : ink,
                                             {HAlign::left, VAlign::centre});
            if (focused) {
                const float caret_x = empty ? field.x + 20 : drawn.right() + 4;
                painter.fill_rect({caret_x, cy - field_h / 2 + 14, 4, field_h - 28}, palette.focus_ring);
            }
            break;
        }
        default: break;
    }
}

void OptionList::draw(Painter& painter) const {
    if (rows_.size() != items_.size()) return;
    // The clip leaves room for the focus ring, which sits outside the rows.
    const RectF clip = area_.inset(-16, 0);
    painter.push_clip(clip);
    for (std::size_t i = 0; i < items_.size(); ++i) {
        const RectF rect = rows_[i].rect.translated(area_.x, area_.y - scroll_);
        if (rect.bottom() < area_.y - 20 || rect.y > area_.bottom() + 20) continue;
        draw_row(painter, i, rect);
    }
    painter.pop_clip();
    // Arrows say there is more above or below.
    const Colour hint = painter.palette().text_muted;
    const float s = 40 * grow_;
    if (scroll_ > 1) {
        painter.icon(Icon::chevron_up, {area_.right() + 12, area_.y, s, s}, hint);
    }
    if (scroll_ + area_.h < content_height_ - 1) {
        painter.icon(Icon::chevron_down, {area_.right() + 12, area_.bottom() - s, s, s}, hint);
    }
}

}  // namespace kindling::ui
