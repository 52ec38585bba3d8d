#pragma once
// The game without a window: SDL's software renderer drawing into memory, time and the
// session's clock moved by hand, history and saved nights kept in memory, default settings.
// Screenshots, autoplay, the benchmark and the tests all run the game this way, so their
// frames are identical on every run.

#include "app/app.hpp"
#include "core/store/play_history.hpp"
#include "core/store/save_store.hpp"

#include <memory>

namespace kindling::app {

class HeadlessGame {
public:
    // Throws std::runtime_error when even an image in memory cannot be made.
    HeadlessGame(AppOptions options, int width, int height, text::TextEngine& text, Settings settings,
                 DeckCatalogue decks);
    // The same, drawing into the given display (e.g. a real window, for benchmarks).
    HeadlessGame(AppOptions options, std::unique_ptr<Display> display, text::TextEngine& text, Settings settings,
                 DeckCatalogue decks);

    [[nodiscard]] App& app() { return *app_; }
    [[nodiscard]] Game& game() { return app_->game(); }
    [[nodiscard]] ManualClock& clock() { return clock_; }
    [[nodiscard]] MemorySaveStore& saves() { return saves_; }
    [[nodiscard]] MemoryHistoryStore& history() { return history_; }

private:
    ManualClock clock_;
    MemoryHistoryStore history_;
    MemorySaveStore saves_;
    std::unique_ptr<App> app_;
};

// Settings for a run: the player's own for the interactive game, the defaults elsewhere, with
// --lang and --fullscreen/--windowed on top.
Settings settings_for(const AppOptions& options, bool use_saved_settings);
// The player's settings file (defaults plus messages when broken, told in the language the run
// will speak: --lang, else the file's), and this run's command-line overrides on top of some
// settings.
Settings saved_settings(const AppOptions& options);
Settings with_overrides(Settings settings, const AppOptions& options);

// Whether the window opens full screen: party mode is for a TV and starts full screen unless
// --windowed; otherwise --fullscreen/--windowed, else the saved setting.
bool starts_fullscreen(const AppOptions& options, const Settings& settings);

// The text engine's limits for the game: bounded texture memory and open fonts.
text::TextEngineOptions game_text_options();

// The whole program after the command line was read; returns the exit status.
int run_game(const AppOptions& options);

}  // namespace kindling::app
