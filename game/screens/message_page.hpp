#pragma once
// A calm page with one message: a large icon, a heading, a few lines and a row of buttons, all
// centred. Used between players ("hand the device to ...") and for party mode. With very
// large text the icon steps aside and the lines shrink to fit, so the buttons stay on screen.

#include "ui/painter.hpp"
#include "ui/widgets/button_row.hpp"

#include <string>

namespace kindling::screens {

class MessagePage {
public:
    void layout(ui::Painter& painter, const ui::RectF& area, std::string title, std::string body,
                ui::ButtonRow& buttons, ui::InputDevice device, const UiStrings& strings);
    void draw(ui::Painter& painter, ui::Icon icon) const;

private:
    std::string title_;
    std::string body_;
    ui::RectF column_;
    float icon_size_ = 0;
    ui::RectF title_box_;
    ui::RectF body_box_;
};

}  // namespace kindling::screens
