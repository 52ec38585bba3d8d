#pragma once
// The players of a party as numbered tiles, for votes and for naming who guessed right: arrows
// move the focus (down from the last row leaves the grid), confirm or a click picks the focused
// tile, and the number keys 1..9 pick a tile directly. A tile can show a count with a bar (the
// tally) and a mark (a winner, a right guess).

#include "ui/input.hpp"
#include "ui/painter.hpp"
#include "ui/widgets/option_list.hpp"

#include <string>
#include <vector>

namespace kindling::ui {

struct PlayerTile {
    std::string name;
    std::string detail;  // a muted line under the name ("4 votes"); may be empty
    int count = 0;       // drawn as a bar, relative to the largest count of the grid
    bool marked = false; // a winner or a right guess: accent colour and a check
};

class PlayerGrid {
public:
    void set_tiles(std::vector<PlayerTile> tiles);
    [[nodiscard]] const std::vector<PlayerTile>& tiles() const { return tiles_; }
    void focus(std::size_t index);
    [[nodiscard]] std::size_t focused() const { return focus_; }
    void set_active(bool active) { active_ = active; }
    [[nodiscard]] bool active() const { return active_; }
    void show_bars(bool on) { bars_ = on; }

    // Up to four tiles a row, as tall as the area allows (at most 150 design pixels).
    void layout(Painter& painter, const RectF& area);
    // `activated` with the tile's index as id ("0", "1", ...); `leave_bottom` going down from
    // the last row; pointer moves over a tile focus it (and activate the grid).
    OptionEvent handle(const InputEvent& event);
    void draw(Painter& painter) const;

    [[nodiscard]] const RectF& area() const { return area_; }
    [[nodiscard]] float height() const { return height_; }
    // The least height `tiles` tiles need to show every name, at the current text size.
    [[nodiscard]] static float minimum_height(Painter& painter, std::size_t tiles);
    [[nodiscard]] RectF tile_rect(std::size_t index) const { return index < rects_.size() ? rects_[index] : RectF{}; }

private:
    std::vector<PlayerTile> tiles_;
    std::vector<RectF> rects_;
    RectF area_;
    float height_ = 0;
    std::size_t columns_ = 4;
    std::size_t focus_ = 0;
    bool active_ = true;
    bool bars_ = true;
    bool compact_ = false;
    bool disc_ = true;
};

}  // namespace kindling::ui
