#include "screens/phones_switch.hpp"

#include "screens/screens.hpp"

namespace kindling::screens {

ui::OptionItem PhonesSwitch::row(std::string id, std::string_view detail_key) const {
    const UiStrings& strings = game_.strings();
    ui::OptionItem phones{std::move(id), ui::OptionItem::Kind::toggle, std::string(strings.text("phones.switch"))};
    phones.on = game_.phone_server() != nullptr;
    phones.value = std::string(strings.text(phones.on ? "common.on" : "common.off"));
    phones.detail = std::string(strings.text(detail_key));
    phones.icon = ui::Icon::gamepad;
    return phones;
}

std::string PhonesSwitch::turn(bool on) {
    if (on == (game_.phone_server() != nullptr)) return {};
    // A server that cannot start says why (and in the log); the switch simply stays off.
    std::string problem = game_.set_phones(on);
    if (!on) {
        switched_on_here_ = false;
        return problem;
    }
    if (problem.empty()) {
        switched_on_here_ = true;
        game_.screens().push(make_phones_screen(game_));
    }
    return problem;
}

void PhonesSwitch::leave() {
    if (switched_on_here_) game_.set_phones(false);
    switched_on_here_ = false;
}

}  // namespace kindling::screens
