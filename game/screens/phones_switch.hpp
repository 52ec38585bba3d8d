#pragma once
// The Phones switch of a set-up (issue 15), one row and what it does, for the party set-up and
// the couple night's names alike: off until turned on, since it opens a port; turned on, it
// shows the join panel at once. A server switched on here belongs to this set-up: leaving it
// with Back stops the server again, while one started before (--phones) stays on.

#include "screens/screen_context.hpp"
#include "ui/widgets/option_list.hpp"

#include <string>
#include <string_view>

namespace kindling::screens {

class PhonesSwitch {
public:
    explicit PhonesSwitch(ScreenContext& game) : game_(game) {}

    // The switch's row under `id`, saying `detail_key`'s words under its label.
    [[nodiscard]] ui::OptionItem row(std::string id, std::string_view detail_key) const;
    // Turns the server on (and shows the join panel) or off. "" or why it could not start.
    std::string turn(bool on);
    // The set-up is left with Back: a server switched on here stops.
    void leave();

private:
    ScreenContext& game_;
    bool switched_on_here_ = false;
};

}  // namespace kindling::screens
