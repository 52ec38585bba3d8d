#pragma once
// Input as values. SDL events from the keyboard, the mouse and gamepads become InputEvents:
// commands (up, confirm, back, swap, ...), pointer moves and clicks in design pixels, and typed
// text. Screens only ever see these; the game never polls keyboard, mouse or pad state, so
// tests and scripts drive it by injecting SDL events.

#include "ui/geometry.hpp"

#include <SDL.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kindling::ui {

class Canvas;

enum class InputDevice : std::uint8_t { keyboard, mouse, gamepad };

// Which labels a gamepad's face buttons carry, for the glyphs the hints show. Commands follow a
// button's position, never its label (SDL's "A" is always the bottom button, see
// docs and README "Controllers"): confirm is the bottom button, which reads "A" on an Xbox
// pad, a cross on a PlayStation pad and "B" on a Nintendo pad.
enum class PadStyle : std::uint8_t { xbox, playstation, nintendo };
PadStyle pad_style_for(SDL_GameControllerType type);
std::string_view to_string(PadStyle style);

enum class Command : std::uint8_t {
    up, down, left, right,
    confirm,     // Enter, Space, gamepad A, a click
    back,        // Esc, gamepad B, AC Back, a right click: always "back"
    next_field,  // Tab
    previous_field,
    swap,        // S, gamepad X
    favourite,   // F, gamepad Y
    timer,       // T, gamepad right shoulder
    menu,        // P or Pause, gamepad Start: the night's menu
    help,        // F1, gamepad Back
    fullscreen,  // F11
    erase,       // Backspace while typing
    page_up, page_down,
    mute,        // M, gamepad left stick pressed: all sound off or on again
    repeat_speech,  // R, gamepad right stick pressed: say the card (or the choice) again
    primary,     // a phone's Done: presses the screen's main button wherever the focus is
    number,      // 1..9 (top row or keypad) while nobody types: picks a numbered player
};
inline constexpr std::size_t command_count = static_cast<std::size_t>(Command::number) + 1;
std::string_view to_string(Command command);

struct InputEvent {
    enum class Type : std::uint8_t { command, pointer_move, pointer_press, pointer_click, scroll, text };
    Type type = Type::command;
    Command command = Command::confirm;
    InputDevice device = InputDevice::keyboard;
    bool repeat = false;  // a held key or stick repeating
    PointF pointer;       // design pixels, for pointer events
    float scroll = 0;     // wheel steps, positive = away from the player (up)
    std::string text;     // typed text (UTF-8)
    int number = 0;       // Command::number: 1..9
    // Gamepad events: the controller's SDL instance id (which pad is in use); -1 otherwise.
    SDL_JoystickID pad = -1;

    static InputEvent make(Command command, InputDevice device, bool repeat = false) {
        InputEvent event;
        event.command = command;
        event.device = device;
        event.repeat = repeat;
        return event;
    }
};

// Turns SDL events into InputEvents. Knows whether a text field is being edited (set by the
// app from the focused screen), so that letters type instead of acting as shortcuts.
class InputMapper {
public:
    std::optional<InputEvent> map(const SDL_Event& event, const Canvas& canvas);

    void set_text_entry(bool active) { text_entry_ = active; }
    [[nodiscard]] bool text_entry() const { return text_entry_; }
    // The device last used, for on-screen control hints.
    [[nodiscard]] InputDevice last_device() const { return last_device_; }
    void set_last_device(InputDevice device) { last_device_ = device; }
    // The window just appeared, moved or changed size: pointer motion reported until `until_ms`
    // (SDL event time) comes from the window, not from anyone using the mouse.
    void settle_pointer(std::uint32_t until_ms) { pointer_settles_until_ = until_ms; }
    // Mouse positions come in window points; on high-DPI screens the output has more pixels.
    void set_pointer_scale(float x, float y) {
        pointer_scale_x_ = x;
        pointer_scale_y_ = y;
    }

private:
    std::optional<InputEvent> key(const SDL_KeyboardEvent& key);
    std::optional<InputEvent> pad_button(const SDL_ControllerButtonEvent& button);
    std::optional<InputEvent> pad_axis(const SDL_ControllerAxisEvent& axis);
    [[nodiscard]] PointF pointer(const Canvas& canvas, int x, int y) const;

    bool text_entry_ = false;
    InputDevice last_device_ = InputDevice::keyboard;
    // Sticks act like a d-pad: one command when pushed past the threshold, another only after
    // returning to the centre.
    int stick_x_ = 0;
    int stick_y_ = 0;
    float pointer_scale_x_ = 1;
    float pointer_scale_y_ = 1;
    // The pointer's last position, in window points: a window opening under a still mouse
    // reports a motion that is no sign of anyone using the mouse.
    bool pointer_known_ = false;
    int pointer_x_ = 0;
    int pointer_y_ = 0;
    std::uint32_t pointer_settles_until_ = 0;
};

}  // namespace kindling::ui
