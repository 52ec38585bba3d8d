#pragma once
// What the players hear, decided from what happens: a new card is dealt or turned (and read
// aloud), a timer runs out (the chime), the focus moves or a choice is pressed. The app tells it
// about every input event and frame; it watches the night's state and what the top screen has
// in focus, so screens know nothing of sound.

#include "app/game.hpp"
#include "ui/input.hpp"
#include "ui/screen.hpp"

#include <cstdint>
#include <string>

namespace kindling::app {

class SoundCues {
public:
    // After each input event and before each frame is drawn: a new card, a timer run out.
    void observe(Game& game);
    // After a command reached the top screen: `focus_moved` when another choice has the focus
    // now, on the same screen.
    void after_command(Game& game, ui::Command command, bool focus_moved);
    // The loop must be awake when a running timer ends, so the chime is on time even when
    // nothing is drawn; otherwise nothing.
    [[nodiscard]] ui::FrameRequest next_wake(const Game& game, std::int64_t now_ms) const;

private:
    void read_card_aloud(Game& game, const SessionView& view);
    void read_menu_aloud(Game& game);

    std::string card_key_;
    int turn_number_ = 0;
    TimerPhase timer_phase_ = TimerPhase::none;
    // The top screen and its focused choice's words, as last seen (to say what changed).
    const ui::Screen* menu_screen_ = nullptr;
    std::string menu_screen_name_;
    std::string menu_words_;
};

}  // namespace kindling::app
