#pragma once
// Every screen of the game, made by these factories (one file per screen in this folder).
// game/app/screen_catalog.cpp registers them by name for --screen and --screenshot.

#include "screens/button_ids.hpp"
#include "screens/screen_context.hpp"
#include "core/night/night_summary.hpp"
#include "phones/protocol.hpp"
#include "ui/screen.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace kindling::screens {

std::unique_ptr<ui::Screen> make_title_screen(ScreenContext& game);
std::unique_ptr<ui::Screen> make_players_screen(ScreenContext& game);
// Consent, one player at a time: "hand the device to ..." and then that player's limits.
std::unique_ptr<ui::Screen> make_handoff_screen(ScreenContext& game, std::size_t player);
std::unique_ptr<ui::Screen> make_limits_screen(ScreenContext& game, std::size_t player);
// Couples with phones (issue 15): the TV waits while partners set their limits on their own
// phones, and shows only who is done.
std::unique_ptr<ui::Screen> make_phone_limits_screen(ScreenContext& game);
// Which players have a phone in their seat now (joined, away or not), by player.
std::vector<bool> players_on_phones(ScreenContext& game);
// The limits form a partner's phone shows: the same choices, in the same words, as the limits
// screen on the TV.
phones::LimitsForm phone_limits_form(ScreenContext& game, std::size_t player);
std::unique_ptr<ui::Screen> make_setup_screen(ScreenContext& game);
std::unique_ptr<ui::Screen> make_card_screen(ScreenContext& game);
std::unique_ptr<ui::Screen> make_timer_screen(ScreenContext& game);
std::unique_ptr<ui::Screen> make_pause_screen(ScreenContext& game);
std::unique_ptr<ui::Screen> make_summary_screen(ScreenContext& game, NightSummary summary);
std::unique_ptr<ui::Screen> make_settings_screen(ScreenContext& game);
std::unique_ptr<ui::Screen> make_help_screen(ScreenContext& game);
// Party mode: set-up (registered as "party"), the vote, the guessing round, the scoreboard
// (`final` at the end of the night, leading to the summary) and the reconnect prompt.
std::unique_ptr<ui::Screen> make_party_screen(ScreenContext& game);
std::unique_ptr<ui::Screen> make_party_vote_screen(ScreenContext& game);
std::unique_ptr<ui::Screen> make_party_guess_screen(ScreenContext& game);
// A write card's round: hand-overs to write, the reveal, the favourite vote, the result.
std::unique_ptr<ui::Screen> make_party_write_screen(ScreenContext& game);
std::unique_ptr<ui::Screen> make_party_scores_screen(ScreenContext& game, bool final);
std::unique_ptr<ui::Screen> make_reconnect_screen(ScreenContext& game);
// The phones' join panel (issue 15). `sample` replaces the running server's address, code and
// devices: for screenshots and golden images, which must not depend on the network.
struct PhonePanelSample {
    std::string url;
    std::string room_code;
    std::vector<std::pair<std::string, bool>> devices;  // name, away
};
std::unique_ptr<ui::Screen> make_phones_screen(ScreenContext& game, std::optional<PhonePanelSample> sample = std::nullopt);
// Between nights (couples): the closeness check of one player (`covered`: the hand-over page
// first), the note for next time, a sealed note opened, and "Our nights". (A favourite that comes
// back is a card of the night: the card screen marks it.)
std::unique_ptr<ui::Screen> make_closeness_screen(ScreenContext& game, CheckMoment moment, std::size_t player,
                                                  bool covered = true);
std::unique_ptr<ui::Screen> make_note_screen(ScreenContext& game, std::size_t player, bool covered = true);
std::unique_ptr<ui::Screen> make_note_read_screen(ScreenContext& game, std::size_t player, bool covered = true);
// Couples with phones: the TV waits while partners take the closeness check or write their note
// on their own phones, and shows only who is done.
std::unique_ptr<ui::Screen> make_phone_between_screen(ScreenContext& game);
std::unique_ptr<ui::Screen> make_our_nights_screen(ScreenContext& game);
// "3 March 2026" in the players' words.
std::string date_words(std::int64_t unix_seconds, const UiStrings& strings);
// The same, "3 March" when it is in the year of `now`.
std::string date_words(std::int64_t unix_seconds, const UiStrings& strings, std::int64_t now);

// A small box over the current screen with a message and buttons; back chooses the first one.
// The buttons are named by the caller's enum of choices (button_ids.hpp).
template <typename Choice>
struct DialogButton {
    Choice choice;
    std::string label;
    bool primary = false;
};

// The dialog itself, over the buttons' text ids; screens use make_dialog_screen<Choice> below.
namespace dialog_detail {
struct Entry {
    std::string id;
    std::string label;
    bool primary = false;
};
std::unique_ptr<ui::Screen> make_dialog_screen(ScreenContext& game, std::string title, std::string message,
                                               std::vector<Entry> buttons,
                                               std::function<void(std::string_view id)> on_choice);
}  // namespace dialog_detail

template <typename Choice>
std::unique_ptr<ui::Screen> make_dialog_screen(ScreenContext& game, std::string title, std::string message,
                                               std::vector<DialogButton<Choice>> buttons,
                                               std::type_identity_t<std::function<void(Choice)>> on_choice) {
    std::vector<dialog_detail::Entry> entries;
    for (DialogButton<Choice>& button : buttons) {
        entries.push_back({button_id(button.choice), std::move(button.label), button.primary});
    }
    return dialog_detail::make_dialog_screen(game, std::move(title), std::move(message), std::move(entries),
                                             [on_choice = std::move(on_choice)](std::string_view id) {
                                                 if (const std::optional<Choice> choice = button_named<Choice>(id)) {
                                                     on_choice(*choice);
                                                 }
                                             });
}

// Deck files dropped on the window or opened from the file manager (`opened`): what each holds
// or why it cannot be used, with "Add to your decks" for the good ones and, for one deck,
// "Play this deck".
void offer_arriving_decks(ScreenContext& game, const std::vector<std::filesystem::path>& paths, bool opened);

// Steps of the flow that several screens take.
// A new night of this style: plan it and ask who plays.
void plan_new_night(ScreenContext& game, PlayStyle style);
// After the names: limits, one player at a time, starting with the first.
void begin_consent(ScreenContext& game);
// After a player's limits: the next player without a phone (after a hand-over), the wait for
// the phones, or choosing the night (or resuming it).
void after_limits(ScreenContext& game, std::size_t player);
// Starts (or resumes) the night and shows its first card; problems are shown in a dialog.
void start_night(ScreenContext& game);
// Ends the night now and shows the summary (at a party with points, the final scores first).
void end_night(ScreenContext& game);
// The summary of the night just ended (after each player's closeness check and note, when
// the flow asks for them).
void show_summary(ScreenContext& game);
// The next step between the start of a couple night and its first card: each player's
// closeness check (partners without a phone on the TV after the hand-over, then the wait for
// the phones) and notes waiting; then the card.
void continue_into_night(ScreenContext& game);
// The next step between the end of a night and its summary: the check and the note for next
// time, partner by partner as at the start.
void continue_to_summary(ScreenContext& game);
// The controller in use is gone during a party: pause with the reconnect prompt.
void controller_lost(ScreenContext& game);

}  // namespace kindling::screens
