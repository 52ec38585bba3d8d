#pragma once
// Runs the real game headless for tests: SDL's software renderer into memory, hand-moved time,
// memory stores, and input injected as SDL events through SDL's own queue, exactly as the loop
// receives them from a keyboard, mouse or gamepad.

#include "app/headless_game.hpp"
#include "ui/png_io.hpp"

#include <SDL.h>

#include <optional>
#include <string>

namespace kindling::testing {

text::TextEngine& game_text_engine();
const DeckCatalogue& builtin_library();

class TestGame {
public:
    explicit TestGame(int width = 1920, int height = 1080, Settings settings = {}, app::AppOptions options = {});
    // The same with other decks than the built-in ones (e.g. as loaded with broken --deck files).
    TestGame(DeckCatalogue decks, int width, int height, Settings settings = {});

    [[nodiscard]] app::App& app() { return headless_.app(); }
    [[nodiscard]] app::Game& game() { return headless_.game(); }
    [[nodiscard]] app::HeadlessGame& headless() { return headless_; }

    // Opens a registered screen as --screenshot does; animations come to rest.
    void open(std::string_view screen);
    // Shows the title screen, as a fresh start does.
    void start_at_title();
    // Sends an event through SDL's queue to the game, then lets a second pass and draws.
    void send(SDL_Event event);
    void key(SDL_Keycode key);
    void pad(SDL_GameControllerButton button);
    void type(const std::string& text);
    void move_mouse(float output_x, float output_y);
    void click(float output_x, float output_y, Uint8 button = SDL_BUTTON_LEFT);
    // Clicks the middle of the first drawn text equal to `label` (fails the test if absent).
    void click_text(std::string_view label);
    // Lets time pass and draws a frame, recording where text went.
    void settle(std::int64_t milliseconds = 2000);

    [[nodiscard]] std::string top() const;
    [[nodiscard]] std::string focus() const;
    [[nodiscard]] ui::RgbaImage capture();
    [[nodiscard]] const std::vector<ui::DrawnText>& texts() const { return headless_.app().recorded_text().drawn(); }
    [[nodiscard]] std::optional<ui::RectF> text_rect(std::string_view text) const;
    [[nodiscard]] bool shows(std::string_view text) const { return text_rect(text).has_value(); }
    // Whether any drawn text contains `part` (a sentence inside a longer paragraph, say).
    [[nodiscard]] bool shows_part(std::string_view part) const;

private:
    mutable app::HeadlessGame headless_;
    std::int64_t now_ = 0;
};

app::AppOptions test_options();

}  // namespace kindling::testing
