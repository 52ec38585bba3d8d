#include "ui/widgets/player_grid.hpp"

#include <algorithm>

namespace kindling::ui {

namespace {

constexpr float gap = 24;
constexpr float radius = 22;
constexpr float max_tile_h = 170;

}  // namespace

void PlayerGrid::set_tiles(std::vector<PlayerTile> tiles) {
    tiles_ = std::move(tiles);
    if (focus_ >= tiles_.size()) focus_ = tiles_.empty() ? 0 : tiles_.size() - 1;
}

void PlayerGrid::focus(std::size_t index) {
    if (index < tiles_.size()) focus_ = index;
}

void PlayerGrid::layout(Painter& painter, const RectF& area) {
    area_ = area;
    rects_.clear();
    const std::size_t count = std::max<std::size_t>(tiles_.size(), 1);
    columns_ = count <= 4 ? count : count <= 8 ? (count + 1) / 2 : 4;
    const std::size_t rows = (tiles_.size() + columns_ - 1) / columns_;
    const float label_h = painter.measure("Ag", type::label_bold).h;
    const float wanted_h = std::min(max_tile_h * std::max(1.0f, painter.canvas().text_scale()), label_h * 3.0f + 24);
    const float fit_h = rows == 0 ? 0 : (area.h - gap * static_cast<float>(rows - 1)) / static_cast<float>(rows);
    const float tile_h = std::max(40.0f, std::min(wanted_h, fit_h));
    const float tile_w = (area.w - gap * static_cast<float>(columns_ - 1)) / static_cast<float>(columns_);
    for (std::size_t i = 0; i < tiles_.size(); ++i) {
        const auto row = static_cast<float>(i / columns_);
        const auto column = static_cast<float>(i % columns_);
        rects_.push_back({area.x + column * (tile_w + gap), area.y + row * (tile_h + gap), tile_w, tile_h});
    }
    height_ = rows == 0 ? 0 : static_cast<float>(rows) * tile_h + gap * static_cast<float>(rows - 1);
    // Short tiles (large text, many players) show the name alone, the number beside it.
    compact_ = tile_h < label_h * 2.2f + 16;
    disc_ = !compact_ || tile_h - 16 >= label_h * 1.1f;
}

float PlayerGrid::minimum_height(Painter& painter, std::size_t tiles) {
    const std::size_t columns = tiles <= 4 ? std::max<std::size_t>(tiles, 1) : tiles <= 8 ? (tiles + 1) / 2 : 4;
    const std::size_t rows = (tiles + columns - 1) / columns;
    const float tile_h = painter.measure("Ag", type::label_bold).h + 20;
    return rows == 0 ? 0 : static_cast<float>(rows) * tile_h + gap * static_cast<float>(rows - 1);
}

OptionEvent PlayerGrid::handle(const InputEvent& event) {
    if (tiles_.empty()) return {};
    if (event.type == InputEvent::Type::pointer_move || event.type == InputEvent::Type::pointer_click) {
        for (std::size_t i = 0; i < rects_.size(); ++i) {
            if (!rects_[i].contains(event.pointer)) continue;
            focus_ = i;
            active_ = true;
            if (event.type == InputEvent::Type::pointer_click) return {OptionEvent::Type::activated, std::to_string(i), 0};
            return {OptionEvent::Type::focus_moved, std::to_string(i), 0};
        }
        return {};
    }
    if (event.type != InputEvent::Type::command) return {};
    if (event.command == Command::number) {
        const auto index = static_cast<std::size_t>(event.number - 1);
        if (event.number < 1 || index >= tiles_.size()) return {};
        focus_ = index;
        return {OptionEvent::Type::activated, std::to_string(index), 0};
    }
    if (!active_) return {};
    const std::size_t n = tiles_.size();
    switch (event.command) {
        case Command::left:
            if (focus_ % columns_ > 0) --focus_;
            return {OptionEvent::Type::focus_moved, std::to_string(focus_), 0};
        case Command::right:
            if (focus_ % columns_ + 1 < columns_ && focus_ + 1 < n) ++focus_;
            return {OptionEvent::Type::focus_moved, std::to_string(focus_), 0};
        case Command::up:
            if (focus_ < columns_) return {OptionEvent::Type::leave_top, {}, 0};
            focus_ -= columns_;
            return {OptionEvent::Type::focus_moved, std::to_string(focus_), 0};
        case Command::down:
            if (focus_ + columns_ >= n) {
                // From a row above a shorter last row, down goes to that row's last tile first.
                const std::size_t last_row_start = (n - 1) / columns_ * columns_;
                if (focus_ < last_row_start) {
                    focus_ = n - 1;
                    return {OptionEvent::Type::focus_moved, std::to_string(focus_), 0};
                }
                return {OptionEvent::Type::leave_bottom, {}, 0};
            }
            focus_ += columns_;
            return {OptionEvent::Type::focus_moved, std::to_string(focus_), 0};
        case Command::confirm: return {OptionEvent::Type::activated, std::to_string(focus_), 0};
        default: return {};
    }
}

void PlayerGrid::draw(Painter& painter) const {
    const Palette& palette = painter.palette();
    int most = 1;
    for (const PlayerTile& tile : tiles_) most = std::max(most, tile.count);
    for (std::size_t i = 0; i < tiles_.size() && i < rects_.size(); ++i) {
        const PlayerTile& tile = tiles_[i];
        const RectF& rect = rects_[i];
        const bool focused = active_ && i == focus_;
        if (focused) painter.rounded_outline(rect.inset(-9), radius + 9, 6, palette.focus_ring);
        painter.rounded_rect(rect, radius, tile.marked ? palette.accent : focused ? palette.panel_focus : palette.panel);
        const Colour ink = tile.marked ? palette.accent_text : palette.text;
        const Colour muted = tile.marked ? palette.accent_text : palette.text_muted;
        // The number to press, in a disc at the left (or plainly before the name in short tiles).
        const std::string number = i < 9 ? std::to_string(i + 1) : std::string();
        float text_x = rect.x + 16;
        std::string name = tile.name;
        if (disc_) {
            const float disc = std::min(rect.h - 24, 64.0f);
            const PointF centre{rect.x + 16 + disc / 2, rect.y + rect.h / 2};
            painter.circle(centre, disc / 2, tile.marked ? palette.accent_text : palette.key_cap);
            if (!number.empty()) {
                painter.text(number, type::label_bold, centre, tile.marked ? palette.accent : palette.key_cap_text,
                             {HAlign::centre, VAlign::centre});
            }
            text_x += disc + 18;
        } else if (!number.empty()) {
            name = number + "  " + tile.name;
        }
        const float text_w = std::max(20.0f, rect.right() - 16 - text_x - (tile.marked ? 44.0f : 0.0f));
        const bool has_detail = !tile.detail.empty() && !compact_;
        const float name_h = has_detail ? rect.h * 0.5f : rect.h - 12;
        painter.fitted_text(name, type::label_bold, {text_x, rect.y + 6, text_w, name_h}, type::minimum_ui, ink,
                            has_detail ? VAlign::bottom : VAlign::centre);
        if (has_detail) {
            painter.fitted_text(tile.detail, type::small, {text_x, rect.y + rect.h * 0.5f + 8, text_w, rect.h * 0.5f - 16},
                                type::minimum_ui, muted, VAlign::top);
        }
        if (bars_ && tile.count > 0) {
            const float full = rect.w - 32;
            const float w = full * static_cast<float>(tile.count) / static_cast<float>(most);
            painter.rounded_rect({rect.x + 16, rect.bottom() - 10, std::max(10.0f, w), 6}, 3,
                                 tile.marked ? palette.accent_text : palette.accent);
        }
        if (tile.marked) {
            painter.icon(Icon::check, {rect.right() - 52, rect.centre().y - 18, 36, 36}, palette.accent_text);
        }
    }
}

}  // namespace kindling::ui
