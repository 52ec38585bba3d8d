#pragma once
// The running game: a display, the text engine and draw caches, input mapping, the Game with
// its screen stack, and the loop that ties them together. It sleeps in SDL_WaitEvent when
// nothing moves, paces animation to the display, and can also render single frames for
// screenshots and tests, or play itself (autoplay) through the same event path as a player.

#include "app/display.hpp"
#include "app/frame_requests.hpp"
#include "app/game.hpp"
#include "app/sound_cues.hpp"
#include "ui/canvas.hpp"
#include "ui/painter.hpp"
#include "ui/png_io.hpp"
#include "ui/text/text_engine.hpp"

#include <map>
#include <memory>
#include <optional>

namespace kindling::app {

class App {
public:
    // `text` is shared so tests can keep one engine (fontconfig set up once) for many apps.
    App(std::unique_ptr<Display> display, text::TextEngine& text, std::unique_ptr<Game> game);
    ~App();
    App(const App&) = delete;
    App& operator=(const App&) = delete;

    [[nodiscard]] Game& game() { return *game_; }
    [[nodiscard]] Display& display() { return *display_; }
    [[nodiscard]] const ui::Canvas& canvas() const { return canvas_; }

    // Until the players quit. Returns the process exit status.
    int run();
    // Plays `turns` cards with scripted input and prints a one-line summary; returns 0 on
    // success, 1 when the script got stuck.
    int autoplay(long long turns);

    // Handles one SDL event as the loop would. True when the screen may have changed.
    bool dispatch(const SDL_Event& event);
    // Lays out, updates and draws the visible screens and presents them; what the screens ask
    // for next.
    ui::FrameRequest render();
    // Renders and reads the frame back (headless displays and windows alike).
    std::optional<ui::RgbaImage> capture(std::string& error);

    // Frame time: real (SDL's ticks) unless set here, as tests, screenshots and autoplay do.
    void set_time_ms(std::int64_t now);
    [[nodiscard]] std::int64_t time_ms() const;

    // Where text went in the last frame, for tests; recording is off until asked for.
    [[nodiscard]] const ui::TextRecorder& recorded_text() const { return recorder_; }
    void record_text(bool on) { recording_ = on; }
    [[nodiscard]] long long frames() const { return frames_; }
    // While the window is minimised or hidden nothing is drawn and the loop only waits for
    // events: a timer keeps counting in the session and shows its state when the window returns.
    [[nodiscard]] bool minimised() const { return minimised_; }
    // Controllers open now, and the one in use (-1: none), for tests.
    [[nodiscard]] std::size_t open_controllers() const { return controllers_.size(); }
    [[nodiscard]] SDL_JoystickID active_pad() const { return active_pad_; }
    // Opens the sound device off the main thread (the loop does this after the first frame).
    void open_sound() { game_->sound().open_in_background(); }
    // When the loop must wake next for sound's sake: a running timer's end (the chime), the
    // device opening or due to rest.
    [[nodiscard]] ui::FrameRequest sound_wake() const;

private:
    void update_canvas();
    void handle_input(const ui::InputEvent& input);
    bool dispatch_phone(const SDL_Event& event);
    void apply_fullscreen(bool fullscreen);
    void take_pad(SDL_JoystickID pad);
    void controller_removed(SDL_JoystickID pad);
    void observe_sound();
    void write_requested_frame();

    std::unique_ptr<Display> display_;
    text::TextEngine& text_;
    std::unique_ptr<Game> game_;
    ui::DrawCaches caches_;
    ui::InputMapper input_;
    ui::Canvas canvas_;
    ui::TextRecorder recorder_;
    SoundCues sound_cues_;
    bool recording_ = false;
    std::optional<std::int64_t> manual_time_;
    std::map<SDL_JoystickID, SDL_GameController*> controllers_;
    // The controller that last sent input: its removal during party play pauses the game.
    SDL_JoystickID active_pad_ = -1;
    long long frames_ = 0;
    // Files dropped on the window since SDL_DROPBEGIN, offered together at SDL_DROPCOMPLETE.
    std::vector<std::filesystem::path> dropped_;
    bool dropping_ = false;
    int canvas_generation_ = -1;
    bool texture_budget_set_ = false;
    bool minimised_ = false;
    // --frame-file: SIGUSR1's requests arrive as events; the next frame presented is written.
    std::unique_ptr<FrameRequests> frame_requests_;
    bool frame_wanted_ = false;
};

}  // namespace kindling::app
