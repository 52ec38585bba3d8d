#include "app/headless_game.hpp"

#include "app/controllers.hpp"
#include "app/messages.hpp"
#include "app/screen_catalog.hpp"
#include "core/store/controller_db.hpp"
#include "core/format/data_paths.hpp"
#include "core/format/log_file.hpp"
#include "core/format/ui_strings.hpp"
#include "screens/screens.hpp"

#include <cstdio>
#include <stdexcept>

namespace kindling::app {

namespace {

void print_problems(const DeckCatalogue& decks) {
    for (const Diagnostic& problem : decks.problems) tell(format_diagnostic(problem));
}

int render_screenshot(const AppOptions& options, text::TextEngine& text) {
    const int width = options.width > 0 ? options.width : 1920;
    const int height = options.height > 0 ? options.height : 1080;
    DeckCatalogue decks = load_deck_catalogue(options.decks);
    print_problems(decks);
    HeadlessGame headless(options, width, height, text, settings_for(options, false), std::move(decks));
    std::string error;
    headless.app().set_time_ms(0);
    if (!open_screen(headless.game(), options.screen, error)) {
        tell(error);
        return 2;
    }
    // Far enough on that every animation has come to rest.
    headless.app().set_time_ms(60'000);
    const auto image = headless.app().capture(error);
    if (!image || !ui::write_png(*image, options.screenshot, error)) {
        tell(error);
        return 1;
    }
    return 0;
}

int run_autoplay(const AppOptions& options, text::TextEngine& text) {
    const int width = options.width > 0 ? options.width : 1280;
    const int height = options.height > 0 ? options.height : 720;
    DeckCatalogue decks = load_deck_catalogue(options.decks);
    print_problems(decks);
    HeadlessGame headless(options, width, height, text, settings_for(options, false), std::move(decks));
    headless.game().screens().reset(options.party ? screens::make_party_screen(headless.game().screen_context())
                                                  : screens::make_title_screen(headless.game().screen_context()));
    return headless.app().autoplay(options.autoplay_turns);
}

int run_interactive(const AppOptions& options, text::TextEngine& text) {
    prefer_button_positions();
    MappingsLoad mappings;
    if (SDL_InitSubSystem(SDL_INIT_GAMECONTROLLER) != 0) {
        tell(std::string("gamepads are not available: ") + SDL_GetError());
    } else {
        mappings = load_controller_mappings(default_controller_db_path());
        for (const std::string& problem : mappings.problems) tell(problem);
    }
    const Settings stored = saved_settings(options);
    Settings settings = with_overrides(stored, options);
    settings.fullscreen = starts_fullscreen(options, settings);
    // The player's own decks join in, except on a screen opened by name (a made-up demo night).
    DeckCatalogue decks =
        load_deck_catalogue(options.decks, true, options.screen.empty() ? user_decks_folder() : std::filesystem::path{});
    print_problems(decks);

    FileHistoryStore history(default_history_path(), system_clock());
    FileSaveStore saves(default_saved_night_path());
    FileBetweenStore between(default_between_path(), system_clock());
    MemoryHistoryStore demo_history;
    MemorySaveStore demo_saves;
    GameEnvironment environment;
    environment.history = &history;
    environment.saves = &saves;
    environment.settings_path = default_settings_path();
    environment.export_directory = user_data_directory() / "nights";
    environment.saved_settings = stored;
    environment.user_decks = user_decks_folder();
    if (!options.screen.empty()) {
        // A screen opened by name shows a made-up night: it must not touch the player's files.
        environment.history = &demo_history;
        environment.saves = &demo_saves;
        environment.settings_path.clear();
        environment.user_decks.clear();
    }

    DisplayRequest request;
    request.width = options.width > 0 ? options.width : 1280;
    request.height = options.height > 0 ? options.height : 720;
    request.fullscreen = settings.fullscreen;
    std::string error;
    auto display = open_window(request, error);
    if (!display) {
        tell(error + "\n(Kindling needs a graphical desktop; --screenshot works without one.)");
        return 1;
    }
    auto game = std::make_unique<Game>(options, environment, std::move(decks), settings);
    // A screen opened by name shows made-up nights; only a real run keeps the player's record.
    if (options.screen.empty()) game->night().use_between_store(&between);
    App app(std::move(display), text, std::move(game));
    Game& g = app.game();
    if (!mappings.problems.empty()) {
        g.add_startup_notice(g.strings().count("title.controller_db_problems",
                                               static_cast<long long>(mappings.problems.size())));
    }
    if (!options.screen.empty()) {
        if (!open_screen(g, options.screen, error)) {
            tell(error);
            return 2;
        }
        // Benchmarks measure the first frame of a screen at rest, not the start of its animation.
        if (options.exit_after_first_frame) app.set_time_ms(60'000);
    } else {
        g.night().look_for_saved_night();
        if (!g.night().saved_notice().code.empty()) tell(words(g.night().saved_notice(), g.strings()));
        g.screens().reset(screens::make_title_screen(g.screen_context()));
        if (options.party) g.screens().push(screens::make_party_screen(g.screen_context()));
        // Started from the file manager with a deck: offer to play it (or add it).
        if (!options.open_files.empty()) g.offer_decks(options.open_files, true);
    }
    if (options.phones) {
        const std::string problem = g.set_phones(true);
        if (!problem.empty()) {
            tell("kindling: --phones: " + problem);
            return 2;
        }
        // The join panel first, unless a screen was asked for by name (tests, docs).
        if (options.screen.empty()) g.screens().push(screens::make_phones_screen(g.screen_context()));
    }
    return app.run();
}

}  // namespace

namespace {

std::unique_ptr<Display> offscreen_or_throw(int width, int height) {
    std::string error;
    auto display = open_offscreen(width, height, error);
    if (!display) throw std::runtime_error(error);
    return display;
}

}  // namespace

HeadlessGame::HeadlessGame(AppOptions options, int width, int height, text::TextEngine& text, Settings settings,
                           DeckCatalogue decks)
    : HeadlessGame(std::move(options), offscreen_or_throw(width, height), text, std::move(settings), std::move(decks)) {}

HeadlessGame::HeadlessGame(AppOptions options, std::unique_ptr<Display> display, text::TextEngine& text,
                           Settings settings, DeckCatalogue decks) {
    GameEnvironment environment;
    environment.session_clock = &clock_;
    environment.manual_clock = &clock_;
    environment.history = &history_;
    environment.saves = &saves_;
    environment.user_decks = user_decks_folder();
    auto game = std::make_unique<Game>(std::move(options), environment, std::move(decks), std::move(settings));
    app_ = std::make_unique<App>(std::move(display), text, std::move(game));
}

Settings saved_settings(const AppOptions& options) {
    SettingsReadResult read = load_settings(default_settings_path());
    if (!read.diagnostics.empty()) {
        const UiStrings strings =
            load_ui_strings(options.language.empty() ? read.settings.language : options.language).strings;
        for (const Diagnostic& diagnostic : read.diagnostics) tell(format_diagnostic(diagnostic, strings));
    }
    return read.settings;
}

Settings with_overrides(Settings settings, const AppOptions& options) {
    if (!options.language.empty()) settings.language = options.language;
    if (options.fullscreen) settings.fullscreen = *options.fullscreen;
    if (options.text_size) settings.text_size_percent = *options.text_size;
    if (options.high_contrast) settings.high_contrast = true;
    return settings;
}

Settings settings_for(const AppOptions& options, bool use_saved_settings) {
    return with_overrides(use_saved_settings ? saved_settings(options) : Settings{}, options);
}

bool starts_fullscreen(const AppOptions& options, const Settings& settings) {
    // Borderless at the desktop's size (SDL_WINDOW_FULLSCREEN_DESKTOP), never a mode change.
    if (options.party) return options.fullscreen.value_or(true);
    return options.fullscreen.value_or(settings.fullscreen);
}

text::TextEngineOptions game_text_options() {
    text::TextEngineOptions options;
    // Enough for every label of a screen and a few cards at 1080p; a long night or a soak run
    // cycles through it instead of growing (the engine's default allows 64 MiB).
    options.texture_cache_bytes = 24u * 1024u * 1024u;
    options.max_open_fonts = 6;
    return options;
}

int run_game(const AppOptions& options) {
    if (SDL_Init(SDL_INIT_EVENTS) != 0) {
        std::fprintf(stderr, "kindling: cannot start SDL: %s\n", SDL_GetError());
        return 1;
    }
    // From now on SIGUSR1 no longer ends the program: a request for a frame made while the game
    // is still starting is answered with its first frame.
    if (!options.frame_file.empty()) {
        if (const std::string problem = FrameRequests::catch_signal(); !problem.empty()) tell(problem);
    }
    // A real night (not a screenshot, autoplay or a screen opened by name) keeps a log.
    const bool interactive = options.screenshot.empty() && options.autoplay_turns < 0;
    if (interactive && options.screen.empty()) open_message_log(default_log_path());
    int status = 0;
    try {
        text::TextEngine text(game_text_options());
        for (const std::string& warning : text.warnings()) tell(warning);
        if (!options.screenshot.empty()) status = render_screenshot(options, text);
        else if (options.autoplay_turns >= 0) status = run_autoplay(options, text);
        else status = run_interactive(options, text);
    } catch (const text::FontError& error) {
        tell(error.what());
        // Started from the desktop there is no terminal to read: say it in a window as well.
        if (interactive) {
            SDL_ShowSimpleMessageBox(SDL_MESSAGEBOX_ERROR, "Kindling cannot show text", error.what(), nullptr);
        }
        status = 1;
    } catch (const std::exception& error) {
        tell(error.what());
        status = 1;
    }
    SDL_Quit();
    return status;
}

}  // namespace kindling::app
