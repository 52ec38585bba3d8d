#pragma once
// A vertical list of options, the workhorse of every menu and form: actions, on/off toggles,
// choices stepped with left/right, text fields and section headings. Keyboard, gamepad and
// mouse drive it alike; the focused row has a clear ring; long lists scroll to keep the focus
// in view.

#include "ui/input.hpp"
#include "ui/painter.hpp"

#include <optional>
#include <string>
#include <vector>

namespace kindling::ui {

// What a text field takes unless it says otherwise: a name.
inline constexpr std::size_t max_text_field_chars = 40;

struct OptionItem {
    enum class Kind : std::uint8_t { action, toggle, choice, text, heading, note };
    std::string id;
    Kind kind = Kind::action;
    std::string label;
    std::string value;        // choice: the current value; toggle: "On"/"Off"; text: what was typed
    std::string placeholder;  // text: shown while empty
    bool on = false;          // toggle
    std::optional<Icon> icon;
    std::optional<Colour> icon_colour;
    std::string detail;       // a muted second line
    bool primary = false;     // the screen's main action: filled with the accent colour
    std::size_t max_chars = max_text_field_chars;  // text: the most it takes, in code points
    bool wraps = false;       // text: a longer text (a note) wraps over as many lines as it needs
};

struct OptionEvent {
    enum class Type : std::uint8_t { none, activated, changed, edited, leave_top, leave_bottom, focus_moved };
    Type type = Type::none;
    std::string id;
    int delta = 0;  // changed: -1 or +1

    [[nodiscard]] bool is(Type t, std::string_view item) const { return type == t && id == item; }
};


class OptionList {
public:
    // Keeps the focus on the item with the same id when there is one.
    void set_items(std::vector<OptionItem> items);
    [[nodiscard]] const std::vector<OptionItem>& items() const { return items_; }
    [[nodiscard]] OptionItem* find(std::string_view id);

    void focus(std::string_view id);
    void focus_first();
    void focus_last();
    [[nodiscard]] std::string focused_id() const;
    // The focused row's label, with its value for toggles, choices and text fields.
    [[nodiscard]] std::string focused_words() const;
    [[nodiscard]] const OptionItem* focused() const;
    // Whether the list holds the screen's focus (it draws its focus ring only then).
    void set_active(bool active) { active_ = active; }
    [[nodiscard]] bool active() const { return active_; }
    [[nodiscard]] bool wants_text_input() const;

    void layout(Painter& painter, const RectF& area);
    OptionEvent handle(const InputEvent& event);
    void draw(Painter& painter) const;

    [[nodiscard]] const RectF& area() const { return area_; }
    [[nodiscard]] float content_height() const { return content_height_; }
    // The height the whole list would take at this width, without laying this one out (its
    // scrolling and focus stay as they are).
    [[nodiscard]] float natural_height(Painter& painter, float width) const {
        OptionList copy = *this;
        copy.layout(painter, {0, 0, width, 100000});
        return copy.content_height();
    }
    // Where a row is on the canvas now (after scrolling); empty for unknown ids.
    [[nodiscard]] RectF row_rect(std::string_view id) const;

private:
    struct Row {
        RectF rect;         // in list coordinates (before scrolling)
        float label_height = 0;
        std::vector<std::string> lines;  // a wrapping text field's lines, as drawn
    };
    [[nodiscard]] bool focusable(std::size_t index) const;
    void draw_wrapping_field(Painter& painter, const std::vector<std::string>& lines, const RectF& room, bool empty,
                             bool focused, Colour ink) const;
    OptionEvent move_focus(int direction);
    OptionEvent activate(std::size_t index, float pointer_x);
    void scroll_to_focus();
    [[nodiscard]] std::optional<std::size_t> row_at(PointF point) const;
    void draw_row(Painter& painter, std::size_t index, const RectF& rect) const;
    [[nodiscard]] float value_width(Painter& painter, const OptionItem& item) const;

    std::vector<OptionItem> items_;
    std::vector<Row> rows_;
    std::optional<std::size_t> focus_;
    RectF area_;
    float content_height_ = 0;
    float scroll_ = 0;
    bool active_ = true;
    bool follow_focus_ = true;  // the next layout scrolls the focused row into view
    std::vector<float> value_widths_;
    float grow_ = 1;  // icons and controls at the player's text size
};

}  // namespace kindling::ui
