#pragma once
// Every screen of the game, made by these factories (one file per screen in this folder).
// game/app/screen_catalog.cpp registers them by name for --screen and --screenshot.

#include "app/game.hpp"
#include "core/night/night_summary.hpp"
#include "ui/screen.hpp"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace kindling::screens {

std::unique_ptr<ui::Screen> make_title_screen(app::Game& game);
std::unique_ptr<ui::Screen> make_players_screen(app::Game& game);
// Consent, one player at a time: "hand the device to ..." and then that player's limits.
std::unique_ptr<ui::Screen> make_handoff_screen(app::Game& game, std::size_t player);
std::unique_ptr<ui::Screen> make_limits_screen(app::Game& game, std::size_t player);
std::unique_ptr<ui::Screen> make_setup_screen(app::Game& game);
std::unique_ptr<ui::Screen> make_card_screen(app::Game& game);
std::unique_ptr<ui::Screen> make_timer_screen(app::Game& game);
std::unique_ptr<ui::Screen> make_pause_screen(app::Game& game);
std::unique_ptr<ui::Screen> make_summary_screen(app::Game& game, NightSummary summary);
std::unique_ptr<ui::Screen> make_settings_screen(app::Game& game);
std::unique_ptr<ui::Screen> make_help_screen(app::Game& game);
// Party mode: set-up (registered as "party"), the vote, the guessing round, the scoreboard
// (`final` at the end of the night, leading to the summary) and the reconnect prompt.
std::unique_ptr<ui::Screen> make_party_screen(app::Game& game);
std::unique_ptr<ui::Screen> make_party_vote_screen(app::Game& game);
std::unique_ptr<ui::Screen> make_party_guess_screen(app::Game& game);
std::unique_ptr<ui::Screen> make_party_scores_screen(app::Game& game, bool final);
std::unique_ptr<ui::Screen> make_reconnect_screen(app::Game& game);

struct DialogButton {
    std::string id;
    std::string label;
    bool primary = false;
};
// A small box over the current screen with a message and buttons; back chooses the first one.
std::unique_ptr<ui::Screen> make_dialog_screen(app::Game& game, std::string title, std::string message,
                                               std::vector<DialogButton> buttons,
                                               std::function<void(std::string_view choice)> on_choice);

// Steps of the flow that several screens take.
// A new night of this style: plan it and ask who plays.
void plan_new_night(app::Game& game, PlayStyle style);
// After the names: limits, one player at a time, starting with the first.
void begin_consent(app::Game& game);
// After a player's limits: the next player, or choosing the night (or resuming it).
void after_limits(app::Game& game, std::size_t player);
// Starts (or resumes) the night and shows its first card; problems are shown in a dialog.
void start_night(app::Game& game);
// Ends the night now and shows the summary (at a party with points, the final scores first).
void end_night(app::Game& game);
// The summary of the night just ended.
void show_summary(app::Game& game);
// The controller in use is gone during a party: pause with the reconnect prompt.
void controller_lost(app::Game& game);

}  // namespace kindling::screens
