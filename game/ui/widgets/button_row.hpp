#pragma once
// A row of buttons (the card's actions, a dialog's choices, a form's footer). Left and right
// move the focus, the confirm command presses the focused one, a button's own shortcut presses
// it from anywhere, and each button shows the glyph of its shortcut for the device in use.

#include "core/format/ui_strings.hpp"
#include "ui/input.hpp"
#include "ui/painter.hpp"
#include "ui/widgets/option_list.hpp"

#include <optional>
#include <string>
#include <vector>

namespace kindling::ui {

struct ButtonItem {
    std::string id;
    std::string label;
    std::optional<Icon> icon;
    bool primary = false;
    std::optional<Command> shortcut;  // pressed from anywhere on the screen; shown as a glyph
    // Other labels this button takes in turn ("Pause" / "Continue"): it is as wide as the
    // widest of them, so the row does not jump sideways when the label changes.
    std::vector<std::string> other_labels;
};

class ButtonRow {
public:
    void set_items(std::vector<ButtonItem> items);
    [[nodiscard]] const std::vector<ButtonItem>& items() const { return items_; }
    void focus(std::string_view id);
    [[nodiscard]] std::string focused_id() const;
    [[nodiscard]] std::string focused_words() const;
    void set_active(bool active) { active_ = active; }
    [[nodiscard]] bool active() const { return active_; }

    // Places the buttons in `area` (one row, buttons as wide as their content, `align`ed).
    void layout(Painter& painter, const RectF& area, HAlign align, InputDevice device, const UiStrings& strings);
    // Shortcuts work whether or not the row has focus; arrows and confirm only when it has.
    OptionEvent handle(const InputEvent& event);
    void draw(Painter& painter, InputDevice device, const UiStrings& strings) const;

    [[nodiscard]] float height() const { return height_; }
    [[nodiscard]] RectF button_rect(std::string_view id) const;

private:
    std::vector<ButtonItem> items_;
    std::vector<RectF> rects_;
    std::size_t focus_ = 0;
    bool active_ = true;
    float height_ = 0;
};

}  // namespace kindling::ui
