#pragma once
// The running game's state: words, settings, colours, decks, the night, the screen stack, time
// and the device in use. One per running game; the App owns it. Screens see it only through
// screen_context() (screens/screen_context.hpp).

#include "app/app_options.hpp"
#include "app/game_screen_context.hpp"
#include "app/phone_bridge.hpp"
#include "app/play_tally.hpp"
#include "core/deck/deck_arrival.hpp"
#include "audio/sound_board.hpp"
#include "core/deck/deck_catalogue.hpp"
#include "core/session/night_flow.hpp"
#include "core/text/clock.hpp"
#include "core/store/settings.hpp"
#include "core/format/ui_palette.hpp"
#include "core/format/ui_strings.hpp"
#include "ui/input.hpp"
#include "ui/screen_stack.hpp"

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace kindling::app {

// What differs between a real run, screenshots, tests and autoplay.
struct GameEnvironment {
    const Clock* session_clock = &system_clock();
    ManualClock* manual_clock = nullptr;       // set when time is scripted (screenshots, tests)
    HistoryStore* history = nullptr;
    SaveStore* saves = nullptr;
    std::filesystem::path settings_path;       // empty: settings changes are not saved
    // The settings as the file has them, before this run's command-line overrides; when given,
    // a change saves these plus what the player changed, never the overrides themselves.
    std::optional<Settings> saved_settings;
    std::filesystem::path export_directory;    // where night summaries are written
    // The player's own decks folder: decks dropped on the window are added there, and the decks
    // are read again from it after adding. Empty: nothing can be added.
    std::filesystem::path user_decks;
};

class Game {
public:
    Game(AppOptions options, GameEnvironment environment, DeckCatalogue decks, Settings settings);
    // The screen context and the night refer to this object: it stays where it was made.
    Game(const Game&) = delete;
    Game& operator=(const Game&) = delete;
    ~Game();

    [[nodiscard]] const AppOptions& options() const { return options_; }
    [[nodiscard]] const GameEnvironment& environment() const { return environment_; }

    [[nodiscard]] const UiStrings& strings() const { return *strings_; }
    [[nodiscard]] const Settings& settings() const { return settings_; }
    [[nodiscard]] const Palette& palette() const { return palette_; }
    // Applies new settings at once (words, colours, text size, motion, full screen) and saves
    // them. Returns an error message for the player when saving failed, else "".
    std::string change_settings(const Settings& settings);
    // The game's sound: closed until the app opens it (after the first frame), silent without
    // a device.
    [[nodiscard]] audio::SoundBoard& sound() { return *sound_; }
    // Called by the app when full screen changes; set by the app.
    std::function<void(bool)> on_fullscreen;

    [[nodiscard]] const DeckCatalogue& decks() const { return *decks_; }
    // Deck files from elsewhere: offered to the players ("Add to your decks?", or "Play this
    // deck?" for files `opened` from the file manager), checked, added, or dealt from.
    void offer_decks(const std::vector<std::filesystem::path>& paths, bool opened);
    [[nodiscard]] std::vector<ArrivingDeck> check_arriving_decks(std::span<const std::filesystem::path> paths) const;
    AddedDecks add_arriving_decks(std::span<const ArrivingDeck> decks);
    bool use_deck_file(const std::filesystem::path& file);
    [[nodiscard]] NightFlow& night() { return night_; }
    [[nodiscard]] const NightFlow& night() const { return night_; }
    [[nodiscard]] ui::ScreenStack& screens() { return screens_; }
    [[nodiscard]] const ui::ScreenStack& screens() const { return screens_; }

    // The frame clock (milliseconds) that animations follow; the app sets it every frame.
    [[nodiscard]] std::int64_t now_ms() const { return now_ms_; }
    void set_now_ms(std::int64_t now) { now_ms_ = now; }
    [[nodiscard]] ui::InputDevice device() const { return device_; }
    void set_device(ui::InputDevice device) { device_ = device; }
    // The labels of the gamepad last used (Xbox, PlayStation, Nintendo), for glyphs.
    [[nodiscard]] ui::PadStyle pad_style() const { return pad_style_; }
    void set_pad_style(ui::PadStyle style) { pad_style_ = style; }

    // Party mode's screens are showing: the TV layout (party safe area, larger card text) and
    // the controller hot-plug pause apply. The night's flow knows the style the players are
    // heading for; the party screens choose it, the title goes back to couples.
    [[nodiscard]] bool party_mode() const { return night_.style() == PlayStyle::party; }
    void set_party_mode(bool on) { night_.choose_style(on ? PlayStyle::party : PlayStyle::couple); }

    // The seed for the next night: --seed, else one from the clock.
    [[nodiscard]] std::uint64_t next_seed();
    // Player names for a new night: --players, else empty (the players screen fills them in).
    [[nodiscard]] std::vector<std::string> initial_players(PlayStyle style) const;
    // "Player 3" in the player's language.
    [[nodiscard]] std::string default_player_name(std::size_t index) const;

    // Things to tell the players at the title screen (deck problems, a save set aside).
    [[nodiscard]] const std::vector<std::string>& startup_notices() const { return notices_; }
    void add_startup_notice(std::string notice) { notices_.push_back(std::move(notice)); }
    void clear_startup_notices() { notices_.clear(); }

    // What a script or the soak test wants to know, over every night so far. The app calls
    // observe_night() after each input event and frame.
    using Statistics = PlayStatistics;
    [[nodiscard]] Statistics statistics() const { return tally_.totals(); }
    void observe_night() { tally_.observe(night_); }

    // All the screens may reach, and the commands they may send.
    [[nodiscard]] screens::ScreenContext& screen_context() { return screen_context_; }

    // Phones (issue 15): on from --phones or the set-up's switch, off again with the night.
    // A message for the players when the server could not start, else "".
    // Off returns at once: the server is silenced here (no phone event after this) and stopped
    // on a thread of its own, since civetweb's stop waits for its threads (README, Phones).
    std::string set_phones(bool on);
    [[nodiscard]] PhoneBridge* phones() { return phones_.get(); }
    [[nodiscard]] phones::PhoneServer* phone_server() { return phones_ ? &phones_->server() : nullptr; }
    // Where the night stands for the phones, and what they are shown.
    [[nodiscard]] PhoneTurn phone_turn() const;
    void publish_to_phones();
    // The couple night on phones: a partner's limits, closeness check or note, or a timer
    // control from a phone, through the core; the TV follows (the timer opens on the TV when a
    // phone starts it from the card, the wait for the phones goes on when the last is in).
    void handle_couple_phone(const phones::PhoneEvent& event);

    void request_quit() { quit_ = true; }
    [[nodiscard]] bool quit_requested() const { return quit_; }
    // Changes whenever everything drawn must be drawn afresh (a new renderer, new colours).
    [[nodiscard]] int render_generation() const { return render_generation_; }
    void bump_render_generation() { ++render_generation_; }

private:
    // Waits for a server stopping in the background, if any (before the next one binds the
    // port, and when the game ends).
    void finish_stopping_phones();

    // Whether the couple night's limits are being asked (a hand-over, a limits screen or the
    // wait for the phones is up).
    [[nodiscard]] bool phone_limits_open() const;
    // The couple night's parts of what the phones are shown: the limits and the card's timer.
    void add_couple_night(phones::PhoneView& view, const PhoneTurn& turn);
    // Between nights on phones: the closeness check ("start" or "end") or the note, while the TV
    // asks for it (a partner's check or note on the TV, or the wait for the phones); who is done
    // and who is still asked, by seat (the server keeps each phone's own). None otherwise.
    [[nodiscard]] std::optional<phones::BetweenView> phone_between() const;
    // A partner's check or note from their phone, through the core; the TV waiting for the
    // phones goes on once the last one is in.
    void take_between_phone(const phones::PhoneEvent& event);

    void load_words();
    // Reads every deck again (built-in, the player's folder, --deck and files used since).
    void reload_decks();

    AppOptions options_;
    GameEnvironment environment_;
    std::unique_ptr<DeckCatalogue> decks_;  // on the heap: the flow keeps a reference to it
    std::unique_ptr<CatalogueNightDecks> night_decks_;
    std::vector<std::filesystem::path> extra_decks_;  // --deck, then files chosen to play
    Settings settings_;
    std::unique_ptr<audio::SoundBoard> sound_;
    std::unique_ptr<UiStrings> strings_;
    Palette palette_;
    NightFlow night_;
    ui::ScreenStack screens_;
    std::int64_t now_ms_ = 0;
    ui::InputDevice device_ = ui::InputDevice::keyboard;
    ui::PadStyle pad_style_ = ui::PadStyle::xbox;
    std::vector<std::string> notices_;
    PlayTally tally_;
    bool quit_ = false;
    int render_generation_ = 0;
    std::uint64_t seeds_used_ = 0;
    std::unique_ptr<PhoneBridge> phones_;
    std::thread phones_stopping_;  // a server being stopped off the main thread
    GameScreenContext screen_context_{*this};  // last: it refers to the members above
};

}  // namespace kindling::app
