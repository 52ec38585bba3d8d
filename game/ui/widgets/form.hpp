#pragma once
// A scrolling option list with a row of buttons under it (Back, Continue...), and the focus
// moving between them: down from the last row reaches the buttons, up from the buttons returns
// to the list, the mouse focuses whatever it points at. Most screens are one of these.

#include "ui/widgets/button_row.hpp"
#include "ui/widgets/option_list.hpp"

namespace kindling::ui {

class Form {
public:
    [[nodiscard]] OptionList& list() { return list_; }
    [[nodiscard]] const OptionList& list() const { return list_; }
    [[nodiscard]] ButtonRow& footer() { return footer_; }
    [[nodiscard]] const ButtonRow& footer() const { return footer_; }

    void focus_list(std::string_view id = {});
    void focus_footer(std::string_view id);
    [[nodiscard]] bool list_has_focus() const { return list_.active(); }
    [[nodiscard]] std::string focused_id() const;
    [[nodiscard]] std::string focused_words() const;
    [[nodiscard]] bool wants_text_input() const { return list_.wants_text_input(); }

    // The list fills `list_area`; the buttons sit in `footer_area`, aligned right.
    void layout(Painter& painter, const RectF& list_area, const RectF& footer_area, InputDevice device,
                const UiStrings& strings);
    // The footer's height at the current text size (call before layout to plan the page).
    [[nodiscard]] float footer_height(Painter& painter, InputDevice device, const UiStrings& strings);
    // Events of both parts; `leave_*` events are handled here and not passed on.
    OptionEvent handle(const InputEvent& event);
    void draw(Painter& painter, InputDevice device, const UiStrings& strings) const;

private:
    OptionList list_;
    ButtonRow footer_;
};

}  // namespace kindling::ui
