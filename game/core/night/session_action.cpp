#include "core/night/session_action.hpp"

#include <array>
#include <utility>

namespace kindling {

namespace {
constexpr std::array<std::pair<ActionType, std::string_view>, 11> action_names{{
    {ActionType::done, "done"},
    {ActionType::swap, "swap"},
    {ActionType::favourite, "favourite"},
    {ActionType::pause, "pause"},
    {ActionType::resume, "resume"},
    {ActionType::end, "end"},
    {ActionType::timer_start, "timer-start"},
    {ActionType::timer_pause, "timer-pause"},
    {ActionType::timer_extend, "timer-extend"},
    {ActionType::timer_skip, "timer-skip"},
    {ActionType::timer_length, "timer-length"},
}};
}  // namespace

std::string_view to_string(ActionType type) {
    for (const auto& [value, name] : action_names) {
        if (value == type) return name;
    }
    return "?";
}

std::optional<ActionType> action_type_from_string(std::string_view text) {
    for (const auto& [value, name] : action_names) {
        if (name == text) return value;
    }
    return std::nullopt;
}

}  // namespace kindling
