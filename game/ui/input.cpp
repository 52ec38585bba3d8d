#include "ui/input.hpp"

#include "ui/canvas.hpp"

#include <array>
#include <cstdlib>

namespace kindling::ui {

namespace {

constexpr int stick_threshold = 16000;
constexpr int stick_release = 8000;

constexpr std::array<std::string_view, command_count> command_names{
    "up",   "down",   "left",  "right", "confirm",    "back",  "next-field", "previous-field", "swap",
    "favourite", "timer", "menu", "help", "fullscreen", "erase", "page-up", "page-down", "mute", "repeat-speech", "primary", "number"};

// 1..9 for the number keys of the top row and the keypad, else 0.
int number_of(SDL_Keycode key) {
    if (key >= SDLK_1 && key <= SDLK_9) return static_cast<int>(key - SDLK_1) + 1;
    if (key >= SDLK_KP_1 && key <= SDLK_KP_9) return static_cast<int>(key - SDLK_KP_1) + 1;
    return 0;
}

}  // namespace

std::string_view to_string(Command command) { return command_names[static_cast<std::size_t>(command)]; }

PadStyle pad_style_for(SDL_GameControllerType type) {
    switch (type) {
        case SDL_CONTROLLER_TYPE_PS3:
        case SDL_CONTROLLER_TYPE_PS4:
        case SDL_CONTROLLER_TYPE_PS5: return PadStyle::playstation;
        case SDL_CONTROLLER_TYPE_NINTENDO_SWITCH_PRO:
        case SDL_CONTROLLER_TYPE_NINTENDO_SWITCH_JOYCON_LEFT:
        case SDL_CONTROLLER_TYPE_NINTENDO_SWITCH_JOYCON_RIGHT:
        case SDL_CONTROLLER_TYPE_NINTENDO_SWITCH_JOYCON_PAIR: return PadStyle::nintendo;
        default: return PadStyle::xbox;
    }
}

std::string_view to_string(PadStyle style) {
    switch (style) {
        case PadStyle::xbox: return "xbox";
        case PadStyle::playstation: return "playstation";
        case PadStyle::nintendo: return "nintendo";
    }
    return "xbox";
}

std::optional<InputEvent> InputMapper::key(const SDL_KeyboardEvent& key) {
    const bool repeat = key.repeat != 0;
    const bool shift = (key.keysym.mod & KMOD_SHIFT) != 0;
    const bool ctrl_or_alt = (key.keysym.mod & (KMOD_CTRL | KMOD_ALT | KMOD_GUI)) != 0;
    const auto command = [&](Command c) { return InputEvent::make(c, InputDevice::keyboard, repeat); };
    switch (key.keysym.sym) {
        case SDLK_UP: return command(Command::up);
        case SDLK_DOWN: return command(Command::down);
        case SDLK_LEFT: return command(Command::left);
        case SDLK_RIGHT: return command(Command::right);
        case SDLK_TAB: return command(shift ? Command::previous_field : Command::next_field);
        case SDLK_PAGEUP: return command(Command::page_up);
        case SDLK_PAGEDOWN: return command(Command::page_down);
        case SDLK_RETURN:
        case SDLK_RETURN2:
        case SDLK_KP_ENTER:
            if (repeat) return std::nullopt;  // holding Enter must not race through screens
            return command(Command::confirm);
        case SDLK_ESCAPE:
        case SDLK_AC_BACK:
            if (repeat) return std::nullopt;
            return command(Command::back);
        case SDLK_BACKSPACE:
            if (text_entry_) return command(Command::erase);
            if (repeat) return std::nullopt;
            return command(Command::back);
        case SDLK_F1: return command(Command::help);
        case SDLK_F11: return command(Command::fullscreen);
        case SDLK_PAUSE: return command(Command::menu);
        default: break;
    }
    // Letters act as shortcuts only while nobody is typing.
    if (text_entry_ || ctrl_or_alt || repeat) return std::nullopt;
    if (const int number = number_of(key.keysym.sym); number > 0) {
        InputEvent event = command(Command::number);
        event.number = number;
        return event;
    }
    switch (key.keysym.sym) {
        case SDLK_SPACE: return command(Command::confirm);
        case SDLK_s: return command(Command::swap);
        case SDLK_f: return command(Command::favourite);
        case SDLK_t: return command(Command::timer);
        case SDLK_p: return command(Command::menu);
        case SDLK_m: return command(Command::mute);
        case SDLK_r: return command(Command::repeat_speech);
        case SDLK_h:
        case SDLK_QUESTION: return command(Command::help);
        default: return std::nullopt;
    }
}

std::optional<InputEvent> InputMapper::pad_button(const SDL_ControllerButtonEvent& button) {
    const auto command = [](Command c) { return InputEvent::make(c, InputDevice::gamepad); };
    switch (button.button) {
        case SDL_CONTROLLER_BUTTON_DPAD_UP: return command(Command::up);
        case SDL_CONTROLLER_BUTTON_DPAD_DOWN: return command(Command::down);
        case SDL_CONTROLLER_BUTTON_DPAD_LEFT: return command(Command::left);
        case SDL_CONTROLLER_BUTTON_DPAD_RIGHT: return command(Command::right);
        case SDL_CONTROLLER_BUTTON_A: return command(Command::confirm);
        case SDL_CONTROLLER_BUTTON_B: return command(Command::back);
        case SDL_CONTROLLER_BUTTON_X: return command(Command::swap);
        case SDL_CONTROLLER_BUTTON_Y: return command(Command::favourite);
        case SDL_CONTROLLER_BUTTON_RIGHTSHOULDER: return command(Command::timer);
        case SDL_CONTROLLER_BUTTON_LEFTSHOULDER: return command(Command::page_up);
        case SDL_CONTROLLER_BUTTON_START: return command(Command::menu);
        case SDL_CONTROLLER_BUTTON_BACK: return command(Command::help);
        case SDL_CONTROLLER_BUTTON_LEFTSTICK: return command(Command::mute);
        case SDL_CONTROLLER_BUTTON_RIGHTSTICK: return command(Command::repeat_speech);
        default: return std::nullopt;
    }
}

std::optional<InputEvent> InputMapper::pad_axis(const SDL_ControllerAxisEvent& axis) {
    const auto step = [&](int& state, int value, Command negative, Command positive) -> std::optional<InputEvent> {
        const int direction = value <= -stick_threshold ? -1 : value >= stick_threshold ? 1 : 0;
        if (direction == 0) {
            if (value > -stick_release && value < stick_release) state = 0;
            return std::nullopt;
        }
        if (direction == state) return std::nullopt;
        state = direction;
        return InputEvent::make(direction < 0 ? negative : positive, InputDevice::gamepad);
    };
    if (axis.axis == SDL_CONTROLLER_AXIS_LEFTX) return step(stick_x_, axis.value, Command::left, Command::right);
    if (axis.axis == SDL_CONTROLLER_AXIS_LEFTY) return step(stick_y_, axis.value, Command::up, Command::down);
    return std::nullopt;
}

PointF InputMapper::pointer(const Canvas& canvas, int x, int y) const {
    return canvas.to_design({static_cast<float>(x) * pointer_scale_x_, static_cast<float>(y) * pointer_scale_y_});
}

std::optional<InputEvent> InputMapper::map(const SDL_Event& event, const Canvas& canvas) {
    std::optional<InputEvent> mapped;
    switch (event.type) {
        case SDL_KEYDOWN: mapped = key(event.key); break;
        case SDL_TEXTINPUT:
            if (!text_entry_) return std::nullopt;
            mapped = InputEvent{};
            mapped->type = InputEvent::Type::text;
            mapped->device = InputDevice::keyboard;
            mapped->text = event.text.text;
            break;
        case SDL_CONTROLLERBUTTONDOWN:
            mapped = pad_button(event.cbutton);
            if (mapped) mapped->pad = event.cbutton.which;
            break;
        case SDL_CONTROLLERAXISMOTION:
            mapped = pad_axis(event.caxis);
            if (mapped) mapped->pad = event.caxis.which;
            break;
        case SDL_MOUSEMOTION:
            if (event.motion.which == SDL_TOUCH_MOUSEID) return std::nullopt;
            mapped = InputEvent{};
            mapped->type = InputEvent::Type::pointer_move;
            mapped->pointer = pointer(canvas, event.motion.x, event.motion.y);
            break;
        case SDL_MOUSEBUTTONDOWN:
            if (event.button.button != SDL_BUTTON_LEFT) return std::nullopt;
            mapped = InputEvent{};
            mapped->type = InputEvent::Type::pointer_press;
            mapped->pointer = pointer(canvas, event.button.x, event.button.y);
            break;
        case SDL_MOUSEBUTTONUP:
            mapped = InputEvent{};
            if (event.button.button == SDL_BUTTON_RIGHT) {
                mapped->command = Command::back;
            } else if (event.button.button == SDL_BUTTON_LEFT) {
                mapped->type = InputEvent::Type::pointer_click;
                mapped->pointer = pointer(canvas, event.button.x, event.button.y);
            } else {
                return std::nullopt;
            }
            break;
        case SDL_MOUSEWHEEL:
            mapped = InputEvent{};
            mapped->type = InputEvent::Type::scroll;
            mapped->scroll = event.wheel.preciseY != 0.0f ? event.wheel.preciseY : static_cast<float>(event.wheel.y);
            if (event.wheel.direction == SDL_MOUSEWHEEL_FLIPPED) mapped->scroll = -mapped->scroll;
            mapped->pointer = pointer(canvas, event.wheel.mouseX, event.wheel.mouseY);
            break;
        default: return std::nullopt;
    }
    if (!mapped) return std::nullopt;
    if (event.type == SDL_MOUSEMOTION || event.type == SDL_MOUSEBUTTONDOWN || event.type == SDL_MOUSEBUTTONUP ||
        event.type == SDL_MOUSEWHEEL) {
        mapped->device = InputDevice::mouse;
    }
    if (event.type == SDL_MOUSEMOTION) {
        const bool moved = pointer_known_ && event.motion.timestamp >= pointer_settles_until_ &&
                           (std::abs(event.motion.x - pointer_x_) + std::abs(event.motion.y - pointer_y_)) > 3;
        pointer_known_ = true;
        pointer_x_ = event.motion.x;
        pointer_y_ = event.motion.y;
        if (!moved) return mapped;
    }
    last_device_ = mapped->device;
    return mapped;
}

}  // namespace kindling::ui
