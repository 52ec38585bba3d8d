#include "app/scripted_player.hpp"

#include <cstring>

namespace kindling::app {

SDL_Event key_event(SDL_Keycode key) {
    SDL_Event event{};
    event.type = SDL_KEYDOWN;
    event.key.type = SDL_KEYDOWN;
    event.key.state = SDL_PRESSED;
    event.key.keysym.sym = key;
    event.key.keysym.scancode = SDL_GetScancodeFromKey(key);
    return event;
}

SDL_Event pad_event(SDL_GameControllerButton button) {
    SDL_Event event{};
    event.type = SDL_CONTROLLERBUTTONDOWN;
    event.cbutton.type = SDL_CONTROLLERBUTTONDOWN;
    event.cbutton.button = static_cast<Uint8>(button);
    event.cbutton.state = SDL_PRESSED;
    return event;
}

SDL_Event text_event(const std::string& text) {
    SDL_Event event{};
    event.type = SDL_TEXTINPUT;
    event.text.type = SDL_TEXTINPUT;
    std::strncpy(event.text.text, text.c_str(), sizeof event.text.text - 1);
    return event;
}

bool ScriptedPlayer::chance(double probability) {
    return static_cast<double>(random_.below(10'000)) < probability * 10'000.0;
}

SDL_Event ScriptedPlayer::toward(const ui::Screen& top, const std::string& goal, SDL_Keycode step) {
    if (top.focused_id() == goal) {
        goal_.clear();
        return key_event(SDLK_RETURN);
    }
    return key_event(step);
}

SDL_Event ScriptedPlayer::on_card() {
    const std::uint32_t roll = random_.below(100);
    const bool pad = chance(0.3);
    if (roll < 70) return pad ? pad_event(SDL_CONTROLLER_BUTTON_A) : key_event(SDLK_RETURN);
    if (roll < 80) return pad ? pad_event(SDL_CONTROLLER_BUTTON_X) : key_event(SDLK_s);
    if (roll < 87) return pad ? pad_event(SDL_CONTROLLER_BUTTON_Y) : key_event(SDLK_f);
    if (roll < 93) return pad ? pad_event(SDL_CONTROLLER_BUTTON_RIGHTSHOULDER) : key_event(SDLK_t);
    if (roll < 96) return pad ? pad_event(SDL_CONTROLLER_BUTTON_START) : key_event(SDLK_ESCAPE);
    return key_event(SDLK_RIGHT);  // moves the focus; the next Enter presses that button
}

SDL_Event ScriptedPlayer::next(const ui::Screen& top) {
    const std::string_view screen = top.name();
    const std::string focus = top.focused_id();
    if (screen == "title") return toward(top, party_ ? "party" : "start", SDLK_DOWN);
    if (screen == "players") {
        if (focus.starts_with("name-") && chance(0.25)) return text_event(focus == "name-0" ? "Ana" : "Bo");
        return key_event(SDLK_RETURN);
    }
    if (screen == "handoff" || screen == "setup" || screen == "summary") return key_event(SDLK_RETURN);
    if (screen == "dialog") {
        // Ending a night asks first. A party can only end (its focus rests on "back to the
        // card", so a player who chose to end goes one step right); a couple's night is now and
        // then ended for good, else kept for later.
        if (focus == "cancel") return key_event(SDLK_RIGHT);
        if (focus == "keep" && chance(0.5)) return key_event(SDLK_RIGHT);
        return key_event(SDLK_RETURN);
    }
    if (screen == "consent") {
        // Now and then a player skips a kind of card (the last one listed, so a night can
        // always still be dealt), then goes back down to Done.
        if (consent_steps_ == 0 && chance(0.2)) consent_steps_ = 3;
        if (consent_steps_ > 0) {
            const int step = consent_steps_--;
            if (step == 3) return key_event(SDLK_UP);
            if (step == 2) return key_event(SDLK_RETURN);
            return key_event(SDLK_DOWN);
        }
        return toward(top, "done", SDLK_DOWN);
    }
    if (screen == "card") return on_card();
    if (screen == "party") return toward(top, "start", SDLK_DOWN);
    if (screen == "party-vote") {
        // Everyone votes by number; once counted, on to the next card.
        if (focus == "next") return key_event(SDLK_RETURN);
        return key_event(static_cast<SDL_Keycode>(SDLK_1 + static_cast<int>(random_.below(8))));
    }
    if (screen == "party-write") {
        // A few words each (an empty answer is refused, so the next step types), the answers
        // shown one by one, a favourite by number (a number with no answer does nothing).
        if (focus == "answer") return chance(0.5) ? text_event("Snacks") : key_event(SDLK_RETURN);
        if (focus.starts_with("answer-")) return key_event(static_cast<SDL_Keycode>(SDLK_1 + static_cast<int>(random_.below(8))));
        return key_event(SDLK_RETURN);
    }
    if (screen == "party-guess") {
        if (focus.starts_with("player-")) return chance(0.5) ? key_event(SDLK_RETURN) : key_event(SDLK_DOWN);
        if (focus == "card") return key_event(SDLK_RIGHT);
        return key_event(SDLK_RETURN);
    }
    if (screen == "party-scores" || screen == "reconnect") return key_event(SDLK_RETURN);
    if (screen == "timer") {
        if (focus == "toggle" && chance(0.6)) return key_event(SDLK_RETURN);
        return chance(0.5) ? key_event(SDLK_ESCAPE) : pad_event(SDL_CONTROLLER_BUTTON_B);
    }
    if (screen == "pause") {
        if (goal_.empty()) {
            const std::uint32_t roll = random_.below(100);
            if (roll < 80) return key_event(SDLK_RETURN);  // back to the card
            goal_ = roll < 92 ? "settings" : "end";
        }
        return toward(top, goal_, SDLK_DOWN);
    }
    if (screen == "settings") {
        // A few changes (text size, contrast, motion, language...), then back.
        if (settings_steps_ == 0) settings_steps_ = 1 + static_cast<int>(random_.below(4));
        if (--settings_steps_ == 0) return key_event(SDLK_ESCAPE);
        return chance(0.5) ? key_event(SDLK_RIGHT) : key_event(SDLK_DOWN);
    }
    return key_event(SDLK_ESCAPE);
}

}  // namespace kindling::app
