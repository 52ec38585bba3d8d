#pragma once
// Buttons and menu entries are named by an enum class per screen, so a screen compares and
// switches over values the compiler knows: a misspelt or missing choice does not build. The
// widgets (ui/widgets) and scripts still see each entry by its text id ("resume"), which the
// screen gives next to its enum as a `button_name` overload with a switch over every value:
//
//     enum class PauseChoice { resume, settings };
//     constexpr std::string_view button_name(PauseChoice choice) {
//         switch (choice) {
//             case PauseChoice::resume: return "resume";
//             case PauseChoice::settings: return "settings";
//         }
//         return {};
//     }
//
// Values must run from 0 without gaps (the enum's default), which is how button_named finds them.

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace kindling::screens {

// The text id a widget shows for this choice.
template <typename Choice>
    requires std::is_enum_v<Choice>
[[nodiscard]] std::string button_id(Choice choice) {
    return std::string(button_name(choice));
}

// The choice a widget's text id stands for; nothing for ids of other entries (a name field, a
// player's tile) or none at all.
template <typename Choice>
    requires std::is_enum_v<Choice>
[[nodiscard]] constexpr std::optional<Choice> button_named(std::string_view id) {
    if (id.empty()) return std::nullopt;
    for (std::underlying_type_t<Choice> value = 0;; ++value) {
        const auto choice = static_cast<Choice>(value);
        const std::string_view name = button_name(choice);
        if (name.empty()) return std::nullopt;
        if (name == id) return choice;
    }
}

}  // namespace kindling::screens
