#pragma once
// What players can do during a night, as values: front ends map keys, buttons, gamepads and
// scripts to these, and tests play whole nights with them.

#include <cstdint>
#include <optional>
#include <string_view>

namespace kindling {

enum class ActionType : std::uint8_t {
    done,          // this card is finished; deal the next one
    swap,          // replace this card: no reason asked, no turn lost, nothing recorded
    favourite,     // mark (or un-mark) this card as a favourite
    pause,         // pause the night (time and the timer stop)
    resume,
    end,           // end the night now
    timer_start,   // start (or continue) the card's timer when the players are ready
    timer_pause,
    timer_extend,  // give the timer more time (`seconds`, default 30)
    timer_skip,    // do without the timer
    timer_length,  // choose the timer's length (`seconds`) within its range, before starting
};

struct Action {
    ActionType type = ActionType::done;
    int seconds = 0;

    static constexpr Action done() { return {ActionType::done, 0}; }
    static constexpr Action swap() { return {ActionType::swap, 0}; }
    static constexpr Action favourite() { return {ActionType::favourite, 0}; }
    static constexpr Action pause() { return {ActionType::pause, 0}; }
    static constexpr Action resume() { return {ActionType::resume, 0}; }
    static constexpr Action end() { return {ActionType::end, 0}; }
    static constexpr Action timer_start() { return {ActionType::timer_start, 0}; }
    static constexpr Action timer_pause() { return {ActionType::timer_pause, 0}; }
    static constexpr Action timer_extend(int seconds = 30) { return {ActionType::timer_extend, seconds}; }
    static constexpr Action timer_skip() { return {ActionType::timer_skip, 0}; }
    static constexpr Action timer_length(int seconds) { return {ActionType::timer_length, seconds}; }
};

// Whether the session did what was asked. `not_now` changes nothing: the action makes no sense
// at this moment (e.g. `done` while paused, `timer_start` on a card without a timer).
enum class ActionResult : std::uint8_t { applied, not_now };

std::string_view to_string(ActionType type);  // "done", "swap", ..., "timer-extend"
std::optional<ActionType> action_type_from_string(std::string_view text);

}  // namespace kindling
