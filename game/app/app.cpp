#include "app/app.hpp"

#include "app/messages.hpp"
#include "screens/screens.hpp"

#include <algorithm>
#include <cstdio>

namespace kindling::app {

App::App(std::unique_ptr<Display> display, text::TextEngine& text, std::unique_ptr<Game> game)
    : display_(std::move(display)), text_(text), game_(std::move(game)) {
    text_.release_textures();  // textures of an earlier renderer are useless here
    game_->on_fullscreen = [this](bool on) { apply_fullscreen(on); };
    update_canvas();
    // Text input is switched on only while a text field has the focus (no IME pop-ups).
    SDL_StopTextInput();
    if (!game_->options().frame_file.empty()) {
        std::string error;
        frame_requests_ = FrameRequests::start(error);
        if (!frame_requests_) tell(error);
    }
}

App::~App() {
    // Screens own textures (card sprites): they go before the renderer does.
    while (!game_->screens().empty()) {
        game_->screens().pop();
        game_->screens().apply_pending();
    }
    text_.release_textures();
    caches_.clear();
    for (auto& [id, controller] : controllers_) SDL_GameControllerClose(controller);
}

void App::set_time_ms(std::int64_t now) {
    manual_time_ = now;
    game_->set_now_ms(now);
}

std::int64_t App::time_ms() const {
    if (manual_time_) return *manual_time_;
    return static_cast<std::int64_t>(SDL_GetTicks64());
}

void App::update_canvas() {
    int w = 0;
    int h = 0;
    display_->output_size(w, h);
    const Settings& settings = game_->settings();
    // Party mode is for a TV across the room: its own title-safe margin (5 % unless changed).
    const int title_safe = game_->party_mode() ? settings.party_safe_area_percent : 5;
    const ui::Canvas next(w, h, settings.safe_area_percent, settings.text_size_percent, title_safe);
    if (next.output_width() != canvas_.output_width() || next.output_height() != canvas_.output_height() ||
        !texture_budget_set_) {
        texture_budget_set_ = true;
        text_.set_output_size(next.output_width(), next.output_height());
        // Text textures worth about a quarter of the screen's pixels: every label of a screen and
        // the next card's words (a card's words then live on in its sprite), and a long night
        // cycles through the cache instead of growing it.
        const std::size_t quarter_screen = static_cast<std::size_t>(next.output_width()) *
                                           static_cast<std::size_t>(next.output_height());
        text_.textures().set_budget(std::clamp<std::size_t>(quarter_screen, 3u << 20U, 16u << 20U));
    }
    canvas_ = next;
    float sx = 1;
    float sy = 1;
    display_->pointer_scale(sx, sy);
    input_.set_pointer_scale(sx, sy);
    if (canvas_generation_ != game_->render_generation()) {
        canvas_generation_ = game_->render_generation();
        caches_.sizes.clear();
    }
}

void App::apply_fullscreen(bool fullscreen) { display_->set_fullscreen(fullscreen); }

ui::FrameRequest App::render() {
    game_->screens().apply_pending();
    if (game_->screens().empty()) return ui::FrameRequest::idle();
    update_canvas();
    const std::int64_t now = time_ms();
    game_->set_now_ms(now);
    SDL_Renderer& renderer = display_->renderer();
    recorder_.clear();
    ui::Painter painter(renderer, canvas_, game_->palette(), text_, caches_, recording_ ? &recorder_ : nullptr);
    painter.set_pad_style(game_->pad_style());
    ui::FrameRequest next = ui::FrameRequest::idle();
    const std::vector<ui::Screen*> visible = game_->screens().visible();
    for (ui::Screen* screen : visible) next = next.sooner(screen->update(now));
    game_->observe_night();
    // Before drawing: the chime must not wait for the frame.
    observe_sound();
    for (ui::Screen* screen : visible) screen->layout(painter);
    for (const ui::Screen* screen : visible) screen->draw(painter);
    if (frame_wanted_) write_requested_frame();
    display_->present();
    ++frames_;
    game_->publish_to_phones();
    const bool typing = !visible.empty() && visible.back()->wants_text_input();
    input_.set_text_entry(typing);
    if (typing != (SDL_IsTextInputActive() == SDL_TRUE)) {
        if (typing) SDL_StartTextInput();
        else SDL_StopTextInput();
    }
    return next;
}

void App::write_requested_frame() {
    frame_wanted_ = false;
    std::string error;
    const std::optional<ui::RgbaImage> image = ui::read_renderer_pixels(display_->renderer(), error);
    if (!image || !write_frame_file(*image, game_->options().frame_file, error)) tell("--frame-file: " + error);
}

std::optional<ui::RgbaImage> App::capture(std::string& error) {
    game_->screens().apply_pending();
    update_canvas();
    const std::int64_t now = time_ms();
    game_->set_now_ms(now);
    recorder_.clear();
    ui::Painter painter(display_->renderer(), canvas_, game_->palette(), text_, caches_, recording_ ? &recorder_ : nullptr);
    painter.set_pad_style(game_->pad_style());
    const std::vector<ui::Screen*> visible = game_->screens().visible();
    for (ui::Screen* screen : visible) screen->update(now);
    for (ui::Screen* screen : visible) screen->layout(painter);
    for (const ui::Screen* screen : visible) screen->draw(painter);
    ++frames_;
    return ui::read_renderer_pixels(display_->renderer(), error);
}

ui::FrameRequest App::sound_wake() const {
    const std::int64_t now = time_ms();
    const std::int64_t device_wake = game_->sound().next_wake_ms(now);
    const ui::FrameRequest device =
        device_wake == ui::FrameRequest::never ? ui::FrameRequest::idle() : ui::FrameRequest::at(std::max<std::int64_t>(1, device_wake));
    return sound_cues_.next_wake(*game_, now).sooner(device);
}

void App::observe_sound() {
    if (std::optional<std::string> report = game_->sound().poll()) note(*report);
    sound_cues_.observe(*game_);
}

void App::handle_input(const ui::InputEvent& input) {
    // Animations a screen starts now must start now, not at the last frame (which may have been
    // long ago when the game was idle).
    game_->set_now_ms(time_ms());
    game_->set_device(input_.last_device());
    if (input.device == ui::InputDevice::gamepad && input.pad >= 0) take_pad(input.pad);
    if (input.type == ui::InputEvent::Type::command) {
        if (input.command == ui::Command::fullscreen) {
            Settings settings = game_->settings();
            settings.fullscreen = !settings.fullscreen;
            game_->change_settings(settings);
            return;
        }
        if (input.command == ui::Command::mute) {
            Settings settings = game_->settings();
            settings.mute = !settings.mute;
            game_->change_settings(settings);
            return;
        }
        if (input.command == ui::Command::repeat_speech) {
            game_->sound().repeat_speech();
            return;
        }
        ui::Screen* top = game_->screens().top();
        if (input.command == ui::Command::help && top != nullptr && top->name() != "help") {
            game_->screens().push(screens::make_help_screen(game_->screen_context()));
            return;
        }
    }
    ui::Screen* top = game_->screens().top();
    if (top == nullptr) return;
    const std::string focus_before = top->focused_id();
    top->handle(input);
    if (input.type == ui::InputEvent::Type::command) {
        sound_cues_.after_command(*game_, input.command, top->focused_id() != focus_before);
    }
}

void App::take_pad(SDL_JoystickID pad) {
    active_pad_ = pad;
    // The glyphs follow the pad in hand: Xbox, PlayStation or Nintendo labels.
    if (SDL_GameController* controller = SDL_GameControllerFromInstanceID(pad)) {
        game_->set_pad_style(ui::pad_style_for(SDL_GameControllerGetType(controller)));
    }
}

void App::controller_removed(SDL_JoystickID pad) {
    if (pad != active_pad_) return;
    active_pad_ = -1;
    // At a party the pad is the remote: losing it pauses with a prompt until any controller
    // (or the keyboard) takes over. Elsewhere the keyboard and mouse simply carry on.
    if (game_->party_mode() && game_->device() == ui::InputDevice::gamepad) screens::controller_lost(game_->screen_context());
}

bool App::dispatch_phone(const SDL_Event& event) {
    const std::unique_ptr<phones::PhoneEvent> phone = PhoneBridge::take(event);
    if (!phone || game_->phones() == nullptr) return false;
    using Kind = phones::PhoneEvent::Kind;
    if (phone->kind == Kind::joined || phone->kind == Kind::back) game_->phones()->forget_published();
    PhoneBridge::cast_vote(*phone, game_->night());
    PhoneBridge::play_write_round(*phone, game_->night());
    game_->handle_couple_phone(*phone);
    game_->screens().apply_pending();
    PhoneBridge::play_guess_round(*phone, game_->night());
    const std::vector<ui::InputEvent> inputs = PhoneBridge::input_for(*phone, game_->phone_turn(), input_.last_device());
    for (const ui::InputEvent& input : inputs) {
        handle_input(input);
        game_->screens().apply_pending();
        if (game_->phones() == nullptr) break;
    }
    game_->observe_night();
    observe_sound();
    game_->publish_to_phones();
    // Joins, departures and taps all show on the TV.
    return true;
}

bool App::dispatch(const SDL_Event& event) {
    if (PhoneBridge::is_phone_event(event)) return dispatch_phone(event);
    if (FrameRequests::is_request(event)) {
        // Drawn even when nothing moved: the request is for the frame presented next.
        frame_wanted_ = frame_requests_ != nullptr;
        return frame_wanted_;
    }
    switch (event.type) {
        case SDL_QUIT: game_->request_quit(); return false;
        case SDL_WINDOWEVENT:
            text_.handle_event(event);
            input_.settle_pointer(event.window.timestamp + 500);
            switch (event.window.event) {
                case SDL_WINDOWEVENT_MINIMIZED:
                case SDL_WINDOWEVENT_HIDDEN: minimised_ = true; return false;
                case SDL_WINDOWEVENT_RESTORED:
                case SDL_WINDOWEVENT_MAXIMIZED:
                case SDL_WINDOWEVENT_SHOWN:
                case SDL_WINDOWEVENT_EXPOSED: minimised_ = false; return true;
                case SDL_WINDOWEVENT_SIZE_CHANGED: return true;
                default: return false;
            }
        case SDL_RENDER_TARGETS_RESET:
        case SDL_RENDER_DEVICE_RESET:
            text_.handle_event(event);
            caches_.clear();
            game_->bump_render_generation();
            return true;
        case SDL_DROPBEGIN:
            dropping_ = true;
            dropped_.clear();
            return false;
        case SDL_DROPFILE:
        case SDL_DROPTEXT:
            if (event.drop.file != nullptr) {
                if (event.type == SDL_DROPFILE) dropped_.emplace_back(event.drop.file);
                SDL_free(event.drop.file);
            }
            // Without a begin event (older SDL video drivers) each file comes on its own.
            if (dropping_) return false;
            [[fallthrough]];
        case SDL_DROPCOMPLETE:
            dropping_ = false;
            if (dropped_.empty()) return false;
            game_->offer_decks(dropped_, false);
            dropped_.clear();
            game_->screens().apply_pending();
            return true;
        case SDL_AUDIODEVICEREMOVED:
            // The device is closed (SDL would mix on into nothing); the night goes on, silently.
            if (event.adevice.iscapture == 0 && game_->sound().device_lost()) {
                note("sound: the audio device went away; playing on without sound");
            }
            return false;
        case SDL_AUDIODEVICEADDED:
            // SDL also reports every device at start: this matters only after a loss.
            if (event.adevice.iscapture == 0) game_->sound().device_added();
            return false;
        case SDL_CONTROLLERDEVICEADDED:
            if (SDL_GameController* controller = SDL_GameControllerOpen(event.cdevice.which)) {
                controllers_[SDL_JoystickInstanceID(SDL_GameControllerGetJoystick(controller))] = controller;
            }
            return false;
        case SDL_CONTROLLERDEVICEREMOVED:
            if (const auto found = controllers_.find(event.cdevice.which); found != controllers_.end()) {
                SDL_GameControllerClose(found->second);
                controllers_.erase(found);
            }
            controller_removed(event.cdevice.which);
            game_->screens().apply_pending();
            return true;
        default: break;
    }
    ui::Screen* top = game_->screens().top();
    input_.set_text_entry(top != nullptr && top->wants_text_input());
    const auto input = input_.map(event, canvas_);
    if (!input) return false;
    handle_input(*input);
    game_->screens().apply_pending();
    game_->observe_night();
    observe_sound();
    return true;
}

}  // namespace kindling::app
