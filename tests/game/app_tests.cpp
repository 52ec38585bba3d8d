// The game as a whole: resuming an interrupted night (limits asked again), a corrupt save set
// aside with a message, settings saved and applied, the summary's export, party-style nights and
// autoplay through the event queue.
#include "app/display.hpp"
#include "app/screen_catalog.hpp"
#include "core/store/play_history.hpp"
#include "core/store/saved_night.hpp"
#include "game/game_fixture.hpp"
#include "screens/screens.hpp"
#include "support/fixtures.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <csignal>
#include <fstream>

using namespace kindling;
using namespace kindling::testing;

namespace {

// A game with real files for settings and exports, in a temporary folder.
struct FileBackedGame {
    explicit FileBackedGame(const std::filesystem::path& folder) {
        std::string error;
        auto display = app::open_offscreen(1280, 720, error);
        REQUIRE(display);
        app::GameEnvironment environment;
        environment.session_clock = &clock;
        environment.manual_clock = &clock;
        environment.history = &history;
        environment.saves = &saves;
        environment.settings_path = folder / "config" / "settings.yaml";
        environment.export_directory = folder / "nights";
        app::AppOptions options;
        options.seed = 3;
        auto game = std::make_unique<app::Game>(options, environment, builtin_library(), Settings{});
        app = std::make_unique<app::App>(std::move(display), game_text_engine(), std::move(game));
        app->record_text(true);
    }
    ManualClock clock;
    MemoryHistoryStore history;
    MemorySaveStore saves;
    std::unique_ptr<app::App> app;
};

}  // namespace

TEST_CASE("An interrupted night is offered again and everyone's limits are asked again, privately") {
    TestGame first(1280, 720);
    first.open("card");
    for (int i = 0; i < 3; ++i) first.key(SDLK_RETURN);
    REQUIRE(first.game().night().session()->view().turn.number == 4);
    REQUIRE(first.headless().saves().bytes());

    TestGame second(1280, 720);
    second.headless().saves().replace(*first.headless().saves().bytes());
    second.game().night().look_for_saved_night();
    second.start_at_title();
    CHECK(second.focus() == "resume");
    CHECK(second.shows("Continue last night"));
    CHECK(second.shows("Alex, Sam: 3 cards played"));
    second.key(SDLK_RETURN);
    for (const char* name : {"Alex", "Sam"}) {
        REQUIRE(second.top() == "handoff");
        CHECK(second.shows_part("Limits are never saved"));
        CHECK(second.shows(std::string("I'm ") + name));
        second.key(SDLK_RETURN);
        REQUIRE(second.top() == "consent");
        second.key(SDLK_RETURN);
    }
    REQUIRE(second.top() == "card");
    CHECK(second.shows("Card 4 of 20"));
    CHECK(second.game().night().session()->view().card->text == first.game().night().session()->view().card->text);
}

TEST_CASE("A corrupt saved night is set aside with a message, never a crash") {
    TestGame game(1280, 720);
    game.headless().saves().replace("kindling_saved_night: 1\nsetup: [unclosed\n");
    game.game().night().look_for_saved_night();
    CHECK_FALSE(game.game().night().saved());
    CHECK_THAT(words(game.game().night().saved_notice(), game.game().strings()), Catch::Matchers::Contains("could not be continued"));
    REQUIRE(game.headless().saves().set_aside_bytes());
    CHECK_FALSE(game.headless().saves().bytes());
    game.start_at_title();
    CHECK(game.focus() == "start");
    CHECK(game.shows_part("its save was put aside"));
}

TEST_CASE("A damaged play history is set aside and the players are told once, over the first card") {
    // The notice the real history file gives when it cannot be read...
    TemporaryDirectory folder;
    const std::filesystem::path path = folder.path() / "history.yaml";
    std::ofstream(path, std::ios::binary) << "kindling_history: 1\nnights: [unclosed\n";
    ManualClock clock;
    FileHistoryStore file(path, clock);
    const LoadedHistory damaged = file.load();
    REQUIRE_FALSE(damaged.notice.code.empty());

    // ...reaches the players when the night starts, and the night goes on.
    TestGame game(1280, 720);
    game.headless().history().report_on_next_load(damaged.notice);
    game.open("setup");
    REQUIRE(game.focus() == "deal");
    game.key(SDLK_RETURN);
    REQUIRE(game.top() == "dialog");
    CHECK(game.shows_part("Before you begin"));
    CHECK(game.shows_part("Kindling could not read its play history"));
    game.key(SDLK_RETURN);
    CHECK(game.top() == "card");
    // Said once: the next night starts without it.
    CHECK(english_words(game.headless().history().load().notice).empty());
}

TEST_CASE("Changed settings are saved at once and apply live") {
    TemporaryDirectory folder;
    FileBackedGame file_game(folder.path());
    app::Game& game = file_game.app->game();
    Settings settings = game.settings();
    settings.high_contrast = true;
    settings.language = "de";
    settings.text_size_percent = 150;
    settings.reduced_motion = true;
    CHECK(game.change_settings(settings).empty());
    CHECK(game.palette().high_contrast);
    CHECK(game.strings().text("title.start") == "Einen Abend beginnen");
    const SettingsReadResult saved = load_settings(folder.path() / "config" / "settings.yaml");
    CHECK(saved.diagnostics.empty());
    CHECK(saved.settings == settings);
    game.screens().reset(screens::make_title_screen(game.screen_context()));
    file_game.app->render();
    CHECK(file_game.app->canvas().text_scale() == Approx(1.5f));
}

TEST_CASE("A setting changed during a run with --lang or --party saves only that change, not the overrides") {
    TemporaryDirectory folder;
    std::string error;
    auto display = app::open_offscreen(1280, 720, error);
    REQUIRE(display);
    ManualClock clock;
    MemoryHistoryStore history;
    MemorySaveStore saves;
    app::GameEnvironment environment;
    environment.session_clock = &clock;
    environment.manual_clock = &clock;
    environment.history = &history;
    environment.saves = &saves;
    environment.settings_path = folder.path() / "settings.yaml";
    environment.saved_settings = Settings{};  // the file: English, windowed
    Settings in_use;
    in_use.language = "de";   // --lang de
    in_use.fullscreen = true;  // --party
    app::Game game(test_options(), environment, builtin_library(), in_use);

    Settings larger = game.settings();
    larger.text_size_percent = 150;
    CHECK(game.change_settings(larger).empty());
    CHECK(game.settings().language == "de");  // the run keeps its overrides
    const Settings saved = load_settings(folder.path() / "settings.yaml").settings;
    CHECK(saved.text_size_percent == 150);
    CHECK(saved.language == "en");
    CHECK_FALSE(saved.fullscreen);
}

TEST_CASE("A night's summary can be kept as a text file") {
    TemporaryDirectory folder;
    FileBackedGame file_game(folder.path());
    app::Game& game = file_game.app->game();
    std::string error;
    REQUIRE(app::open_screen(game, "summary", error));
    file_game.app->render();
    game.screens().top()->handle(ui::InputEvent::make(ui::Command::left, ui::InputDevice::keyboard));
    REQUIRE(game.screens().top()->focused_id() == "export");
    game.screens().top()->handle(ui::InputEvent::make(ui::Command::confirm, ui::InputDevice::keyboard));
    file_game.app->render();
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder.path() / "nights")) files.push_back(entry.path());
    REQUIRE(files.size() == 1);
    CHECK(files[0].filename().string().starts_with("kindling-night-"));
    CHECK_THAT(read_text_file(files[0]), Catch::Matchers::Contains("Game Night"));
    CHECK(std::any_of(file_game.app->recorded_text().drawn().begin(), file_game.app->recorded_text().drawn().end(),
                      [](const ui::DrawnText& text) { return text.text.starts_with("Saved as "); }));
}

TEST_CASE("A party-style night deals only cards that are fine with friends around") {
    TestGame game(1280, 720);
    game.open("party");
    REQUIRE(game.focus() == "start");
    game.key(SDLK_RETURN);  // no private limits at a party: straight to the first card
    REQUIRE(game.top() == "card");
    CHECK(game.game().night().draft().players.size() == 6);
    for (int i = 0; i < 10 && game.top() == "card"; ++i) {
        CHECK(game.game().night().session()->view().card->intensity == Intensity::company);
        CHECK(game.shows("With friends"));
        game.key(SDLK_s);  // swapping keeps going without votes or guesses in the way
    }
}

TEST_CASE("Autoplay plays whole nights through SDL's event queue") {
    TestGame game(1280, 720);
    game.start_at_title();
    CHECK(game.app().autoplay(60) == 0);
    const app::Game::Statistics& stats = game.game().statistics();
    CHECK(stats.turns == 60);
    CHECK(stats.nights >= 3);
    CHECK(stats.parties == 0);
    CHECK(stats.swaps > 0);
}

TEST_CASE("Autoplay with --party plays party after party") {
    app::AppOptions options = test_options();
    options.party = true;
    TestGame game(1280, 720, Settings{}, options);
    game.start_at_title();
    CHECK(game.app().autoplay(60) == 0);
    const app::Game::Statistics& stats = game.game().statistics();
    CHECK(stats.turns == 60);
    CHECK(stats.nights >= 3);
    CHECK(stats.parties == stats.nights);
}

TEST_CASE("Reduced motion cross-fades new cards instead of dealing them") {
    Settings settings;
    settings.reduced_motion = true;
    TestGame game(1280, 720, settings);
    game.open("card");
    const ui::RgbaImage before = game.capture();
    game.key(SDLK_RETURN);
    // Settled: the new card is fully there.
    const ui::RgbaImage after = game.capture();
    CHECK(before.pixels != after.pixels);
    // The card screen asks for frames only while something moves.
    CHECK(game.app().render().at_ms == ui::FrameRequest::never);
}

TEST_CASE("The TV frame on request (--frame-file): SIGUSR1 wakes the loop and the next frame presented is written as a PNG") {
    TemporaryDirectory folder;
    app::AppOptions options = test_options();
    options.frame_file = folder.path() / "tv.png";
    TestGame game(1280, 720, Settings{}, options);
    game.start_at_title();
    const ui::RgbaImage shown = game.capture();
    REQUIRE_FALSE(std::filesystem::exists(options.frame_file));

    // The signal reaches the loop as an SDL event, as it would wake SDL_WaitEvent.
    REQUIRE(std::raise(SIGUSR1) == 0);
    SDL_Event event;
    bool requested = false;
    while (!requested && SDL_WaitEventTimeout(&event, 10'000) != 0) {
        requested = app::FrameRequests::is_request(event);
        const bool redraw = game.app().dispatch(event);
        if (requested) CHECK(redraw);  // a frame is drawn for it even when nothing moved
    }
    REQUIRE(requested);
    CHECK_FALSE(std::filesystem::exists(options.frame_file));  // written when the frame is presented
    game.app().render();

    std::string error;
    const std::optional<ui::RgbaImage> written = ui::read_png(options.frame_file.string(), error);
    INFO(error);
    REQUIRE(written);
    CHECK(written->width == 1280);
    CHECK(written->height == 720);
    CHECK(written->pixels == shown.pixels);
    // Written under a temporary name and renamed: nothing else is left in the folder.
    CHECK(std::distance(std::filesystem::directory_iterator(folder.path()), std::filesystem::directory_iterator{}) == 1);
}
