#pragma once
// All a screen may reach of the running game: what it may read (words, settings, colours, decks,
// the night, the clocks, the device in use) and the commands it may send (change screens, steps
// of the night, save settings, quit). The app implements it (app/game_screen_context.hpp);
// screens include this and never anything of game/app, so the app can change behind it and a
// test can hand a screen a context of its own.

#include "core/deck/deck.hpp"
#include "core/deck/deck_arrival.hpp"
#include "core/format/diagnostics.hpp"
#include "core/format/ui_palette.hpp"
#include "core/format/ui_strings.hpp"
#include "core/session/night_flow.hpp"
#include "core/session/party_night.hpp"
#include "core/session/session.hpp"
#include "core/store/play_history.hpp"
#include "core/store/settings.hpp"
#include "core/text/clock.hpp"
#include "ui/input.hpp"
#include "ui/screen_stack.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace kindling::phones {
class PhoneServer;
}

namespace kindling::screens {

// Changes of the screen stack, applied between frames (ui/screen_stack.hpp). Screens may change
// the stack and see which screen is on top, nothing else of it.
class Navigator {
public:
    explicit Navigator(ui::ScreenStack& stack) : stack_(stack) {}
    void push(std::unique_ptr<ui::Screen> screen) { stack_.push(std::move(screen)); }
    void pop() { stack_.pop(); }
    void replace(std::unique_ptr<ui::Screen> screen) { stack_.replace(std::move(screen)); }
    void reset(std::unique_ptr<ui::Screen> screen) { stack_.reset(std::move(screen)); }
    [[nodiscard]] const ui::Screen* top() const { return stack_.top(); }

private:
    ui::ScreenStack& stack_;
};

class ScreenContext {
public:
    virtual ~ScreenContext() = default;

    // Words, settings and colours.
    [[nodiscard]] virtual const UiStrings& strings() const = 0;
    [[nodiscard]] virtual const Settings& settings() const = 0;
    [[nodiscard]] virtual const Palette& palette() const = 0;
    // Applies new settings at once and saves them; an error message for the players, or "".
    virtual std::string change_settings(const Settings& settings) = 0;

    // The decks as the players see them, and what went wrong loading the others.
    [[nodiscard]] virtual std::span<const Deck> decks() const = 0;
    [[nodiscard]] virtual const Theme* deck_theme(std::string_view deck_id, std::string_view theme_id) const = 0;
    [[nodiscard]] virtual const std::vector<std::string>& replaced_builtin_decks() const = 0;
    [[nodiscard]] virtual std::size_t rejected_deck_files() const = 0;
    [[nodiscard]] virtual const std::vector<Diagnostic>& deck_problems() const = 0;
    // Deck files from elsewhere (dropped on the window, opened from the file manager), checked
    // against the decks there; copying the good ones into the player's decks folder, after which
    // they are dealt at once; and dealing from a file without adding it (false when it cannot be read).
    [[nodiscard]] virtual std::vector<ArrivingDeck> check_arriving_decks(std::span<const std::filesystem::path> paths) const = 0;
    virtual AddedDecks add_arriving_decks(std::span<const ArrivingDeck> decks) = 0;
    virtual bool use_deck_file(const std::filesystem::path& file) = 0;
    // Things to tell the players at the title screen (a save set aside, ...).
    [[nodiscard]] virtual const std::vector<std::string>& startup_notices() const = 0;

    // The night, and the players it starts with.
    // The night's flow in the core (core/session/night_flow.hpp): screens send its commands.
    [[nodiscard]] virtual NightFlow& night() = 0;
    [[nodiscard]] virtual const NightFlow& night() const = 0;
    [[nodiscard]] virtual std::uint64_t next_seed() = 0;
    [[nodiscard]] virtual std::vector<std::string> initial_players(PlayStyle style) const = 0;
    // The names given with --players, as given.
    [[nodiscard]] virtual const std::vector<std::string>& command_line_players() const = 0;
    [[nodiscard]] virtual std::string default_player_name(std::size_t index) const = 0;

    // Party mode's screens are showing: the TV layout and the controller hot-plug pause apply.
    virtual void set_party_mode(bool on) = 0;
    // A vote or guess has finished: the card screen deals the next card when shown again.
    // Taking the request clears it.
    virtual void request_next_card() = 0;
    virtual bool take_next_card_request() = 0;

    // What the night remembers and where its summary may be written.
    [[nodiscard]] virtual HistoryStore* history() const = 0;
    [[nodiscard]] virtual const Clock& session_clock() const = 0;
    [[nodiscard]] virtual const std::filesystem::path& export_directory() const = 0;

    // The screens, the frame clock (milliseconds) animations follow, the device last used, and
    // a number that changes whenever everything drawn must be drawn afresh.
    [[nodiscard]] virtual Navigator& screens() = 0;
    [[nodiscard]] virtual const Navigator& screens() const = 0;
    [[nodiscard]] virtual std::int64_t now_ms() const = 0;
    [[nodiscard]] virtual ui::InputDevice device() const = 0;
    [[nodiscard]] virtual int render_generation() const = 0;

    virtual void request_quit() = 0;

    // Phones (issue 15): the server while Phones is on, else nothing.
    [[nodiscard]] virtual phones::PhoneServer* phone_server() { return nullptr; }
    // Turns Phones on or off (the set-up's switch). A message for the players when it could not
    // be turned on, else "".
    virtual std::string set_phones(bool on) { return on ? std::string("phones are not available here") : std::string(); }

protected:
    ScreenContext() = default;
    ScreenContext(const ScreenContext&) = default;
    ScreenContext& operator=(const ScreenContext&) = default;
};

}  // namespace kindling::screens
