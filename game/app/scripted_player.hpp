#pragma once
// A player made of rules, for --autoplay and soak tests: it looks at the top screen's name and
// focus (never at anything private) and answers with the SDL event a person would cause: keys,
// gamepad buttons and typed text. The same seed gives the same night.

#include "core/text/random.hpp"
#include "ui/screen.hpp"

#include <SDL.h>

#include <string>

namespace kindling::app {

class ScriptedPlayer {
public:
    // With `party`, every night it starts from the title screen is a party (as `--autoplay
    // --party` asks); otherwise a couple's night.
    explicit ScriptedPlayer(std::uint64_t seed, bool party = false) : random_(seed), party_(party) {}
    // The next event for the screen on top.
    SDL_Event next(const ui::Screen& top);

private:
    SDL_Event on_card();
    SDL_Event toward(const ui::Screen& top, const std::string& goal, SDL_Keycode step);
    bool chance(double probability);

    Random random_;
    bool party_ = false;
    std::string goal_;  // an item the player is moving towards on a menu
    int settings_steps_ = 0;
    int consent_steps_ = 0;
};

SDL_Event key_event(SDL_Keycode key);
SDL_Event pad_event(SDL_GameControllerButton button);
SDL_Event text_event(const std::string& text);

}  // namespace kindling::app
