// The game under conditions a player does not choose: broken or missing decks at start, a
// damaged data folder, windows resized to absurd sizes, a minimised window.
#include "core/deck/deck_catalogue.hpp"
#include "app/display.hpp"
#include "app/screen_catalog.hpp"
#include "core/deck/translation_reader.hpp"
#include "game/game_fixture.hpp"
#include "support/fixtures.hpp"
#include "support/special_files.hpp"

#include <catch2/catch.hpp>

#include <SDL.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <thread>

using namespace kindling;
using namespace kindling::testing;
using Catch::Matchers::Contains;

namespace {

const char* const unclosed_list = "kindling_deck: 1\nid: ours\ntitle: [\n";

void write(const std::filesystem::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
}

std::string_view embedded_file(std::string_view name) {
    for (const EmbeddedFile& file : embedded_decks()) {
        if (file.path == name) return file.bytes;
    }
    FAIL("no embedded file " << name);
    return {};
}

// Built-in translations are not decks of their own.
// The built-in decks a night deals from: translations and follow-up decks are kept apart.
std::size_t builtin_deck_count() {
    const auto files = embedded_decks();
    return static_cast<std::size_t>(std::count_if(files.begin(), files.end(), [](const EmbeddedFile& file) {
        if (is_translation_text(file.bytes)) return false;
        const DeckFileRead read = read_deck_or_translation(file.bytes, std::string(file.path), catalogue_read_options());
        return read.deck.deck.purpose == DeckPurpose::night;
    }));
}

}  // namespace

TEST_CASE("A damaged built-in deck in the data folder is replaced by the copy built into the program") {
    const std::vector<DeckSource> sources{
        {"/usr/share/kindling/decks/play.yaml", unclosed_list, false},
        {"/usr/share/kindling/decks/extra.yaml", unclosed_list, false},  // no built-in copy of this one
        {"/usr/share/kindling/decks/gratitude.yaml", std::string(embedded_file("gratitude.yaml")), false},
    };
    DeckCatalogue library;
    add_builtin_decks(library, sources, embedded_decks());

    REQUIRE(library.find("play") != nullptr);
    CHECK(library.find("play")->cards.size() > 20);
    CHECK(library.replaced_builtin_files == std::vector<std::string>{"/usr/share/kindling/decks/play.yaml"});
    CHECK(library.rejected_files == 1);  // extra.yaml: nothing to fall back to
    REQUIRE(library.problems.size() == 2);
    CHECK_THAT(format_diagnostic(library.problems[0]), Contains("play.yaml:3:8: error:"));
    CHECK_THAT(format_diagnostic(library.problems[1]), Contains("extra.yaml:3:8: error:"));
}

TEST_CASE("Broken and missing decks at start leave the built-in decks to deal, and the title says where") {
    TemporaryDirectory folder;
    write(folder.path() / "ours.yaml", unclosed_list);
    DeckCatalogue library = load_deck_catalogue({folder.path() / "ours.yaml", folder.path() / "gone.yaml"});
    CHECK(library.decks.size() == builtin_deck_count());
    CHECK(library.rejected_files == 2);

    TestGame game(std::move(library), 1920, 1080);
    game.start_at_title();
    CHECK(game.shows_part("2 deck files have problems and were left out"));
    CHECK(game.shows_part("ours.yaml:3:8: the list that starts here is never closed"));
    CHECK(game.shows_part("and 1 more"));
    // Nothing is in the way of a night: the menu is there and a card can be dealt.
    CHECK(game.focus() == "start");
    game.open("card");
    CHECK(game.top() == "card");
}

TEST_CASE("The player's own decks folder is dealt from too, a copy of a built-in deck's id is left out, said so") {
    TemporaryDirectory folder;
    std::filesystem::create_directories(folder.path() / "sub");
    write(folder.path() / "sub" / "ours.yaml",
          "kindling_deck: 1\nid: ours\ntitle: Ours\ncards:\n  - kind: question\n    text: What made you laugh today?\n");
    write(folder.path() / "play.yaml", "kindling_deck: 1\nid: play\ntitle: Not the real one\ncards:\n"
                                       "  - kind: dare\n    text: Hop.\n");
    const DeckCatalogue library = load_deck_catalogue({}, true, folder.path());
    REQUIRE(library.find("ours") != nullptr);
    CHECK(library.find("ours")->cards.at(0).text == "What made you laugh today?");
    CHECK(library.find("play")->title != "Not the real one");
    CHECK(library.decks.size() == builtin_deck_count() + 1);
    REQUIRE(library.problems.size() == 1);
    CHECK_THAT(format_diagnostic(library.problems[0]), Contains("play.yaml: error: a deck with the id \"play\" is already loaded"));
    // No folder (a first start) is no problem.
    CHECK(load_deck_catalogue({}, true, folder.path() / "absent").problems.empty());
}

TEST_CASE("Named pipes, sockets and symlink loops in the player's decks folder are reported, the other decks dealt") {
    TemporaryDirectory folder;
    const auto specials = make_special_paths(folder.path(), "mine");
    write(folder.path() / "ours.yaml", "kindling_deck: 1\nid: ours\ntitle: Ours\ncards:\n  - kind: question\n    text: What made you laugh today?\n");
    const DeckCatalogue library = load_deck_catalogue({}, true, folder.path());
    CHECK(library.find("ours") != nullptr);
    CHECK(library.decks.size() == builtin_deck_count() + 1);
    for (const auto& special : specials) {
        if (special.kind == "folder") continue;  // a subfolder of the decks folder is searched, not read
        INFO(special.kind);
        CHECK(std::any_of(library.problems.begin(), library.problems.end(), [&](const Diagnostic& problem) {
            const std::string text = format_diagnostic(problem);
            return text.find(special.path.string()) != std::string::npos &&
                   text.find(special.expected_words) != std::string::npos;
        }));
    }
}

TEST_CASE("Every screen lays out without a crash at 1x1 and 320x240") {
    for (const auto& [width, height] : {std::pair{1, 1}, std::pair{320, 240}}) {
        for (const std::string_view screen : app::registered_screens()) {
            CAPTURE(screen, width, height);
            TestGame game(width, height);
            game.open(screen);
            CHECK_FALSE(game.top().empty());
            REQUIRE_FALSE(game.texts().empty());
            const ui::RectF output{0, 0, static_cast<float>(width), static_cast<float>(height)};
            for (const ui::DrawnText& text : game.texts()) {
                CAPTURE(text.text, text.output.x, text.output.y, text.output.w, text.output.h);
                CHECK(std::isfinite(text.output.x));
                CHECK(std::isfinite(text.output.y));
                // A 1x1 window cannot hold a letter (fonts are at least a pixel tall); from a
                // small window up, every word is inside.
                if (width > 1) CHECK(output.inset(-1).contains(text.output));
            }
        }
    }
}

TEST_CASE("A window resized to tiny and to 8K sizes lays its text out again at the new size") {
    // SDL's dummy video driver gives a real window with a software framebuffer and no display.
    SDL_SetHint(SDL_HINT_VIDEODRIVER, "dummy");
    SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");
    REQUIRE(SDL_InitSubSystem(SDL_INIT_VIDEO | SDL_INIT_EVENTS) == 0);
    std::string error;
    app::DisplayRequest request;
    request.width = 1920;
    request.height = 1080;
    std::unique_ptr<app::Display> display = app::open_window(request, error);
    INFO(error);
    REQUIRE(display);
    SDL_Window* window = SDL_GetWindowFromID(1);
    REQUIRE(window != nullptr);

    app::HeadlessGame headless(test_options(), std::move(display), game_text_engine(), Settings{}, builtin_library());
    app::App& app = headless.app();
    app.record_text(true);
    app.set_time_ms(0);
    REQUIRE(app::open_screen(headless.game(), "card", error));
    std::int64_t now = 0;
    const auto frame_at_rest = [&] {
        SDL_Event event;
        while (SDL_PollEvent(&event) != 0) app.dispatch(event);
        now += 60'000;
        app.set_time_ms(now);
        app.render();
    };
    const auto tallest_text = [&] {
        float tallest = 0;
        for (const ui::DrawnText& text : app.recorded_text().drawn()) tallest = std::max(tallest, text.output.h);
        return tallest;
    };
    frame_at_rest();
    const float tallest_at_1080 = tallest_text();
    REQUIRE(tallest_at_1080 > 0);

    for (const auto& [width, height] : {std::pair{1, 1}, std::pair{320, 240}, std::pair{7680, 4320},
                                        std::pair{1280, 720}}) {
        CAPTURE(width, height);
        SDL_SetWindowSize(window, width, height);
        frame_at_rest();
        // The window may keep a minimum size (640x360); whatever size it got, the frame fits it.
        int output_w = 0;
        int output_h = 0;
        app.display().output_size(output_w, output_h);
        int window_w = 0;
        int window_h = 0;
        SDL_GetWindowSize(window, &window_w, &window_h);
        CHECK(output_w == window_w);
        CHECK(output_h == window_h);
        CHECK(app.canvas().output_width() == output_w);
        const ui::RectF output{0, 0, static_cast<float>(output_w), static_cast<float>(output_h)};
        REQUIRE_FALSE(app.recorded_text().drawn().empty());
        for (const ui::DrawnText& text : app.recorded_text().drawn()) {
            CAPTURE(text.text);
            CHECK(output.inset(-1).contains(text.output));
        }
        if (width == 7680) CHECK(tallest_text() == Approx(tallest_at_1080 * 4).epsilon(0.1));
    }
    SDL_QuitSubSystem(SDL_INIT_VIDEO);
}

TEST_CASE("Minimised, the game draws nothing, even mid-animation, until the window is back") {
    TestGame game;
    game.open("card");
    app::App& app = game.app();

    SDL_Event minimised{};
    minimised.type = SDL_WINDOWEVENT;
    minimised.window.event = SDL_WINDOWEVENT_MINIMIZED;
    CHECK_FALSE(app.dispatch(minimised));
    CHECK(app.minimised());

    // A card is done while minimised (a gamepad press, say): the deal animation would run now.
    SDL_Event enter{};
    enter.type = SDL_KEYDOWN;
    enter.key.keysym.sym = SDLK_RETURN;
    REQUIRE(SDL_PushEvent(&enter) == 1);
    // The loop runs for a moment and is then told to quit; it must not have drawn a frame.
    std::thread quitter([] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        SDL_Event quit{};
        quit.type = SDL_QUIT;
        SDL_PushEvent(&quit);
    });
    app.set_time_ms(0);
    const long long frames_before = app.frames();
    app.run();
    quitter.join();
    CHECK(app.frames() == frames_before);

    SDL_Event restored{};
    restored.type = SDL_WINDOWEVENT;
    restored.window.event = SDL_WINDOWEVENT_RESTORED;
    CHECK(app.dispatch(restored));
    CHECK_FALSE(app.minimised());
}

TEST_CASE("With the language set to German, the title tells what is wrong with a deck in German") {
    TemporaryDirectory folder;
    write(folder.path() / "ours.yaml",
          "kindling_deck: 1\nid: ours\ntitle: Ours\ncards:\n  - kind: questoin\n    text: What made you laugh today?\n");
    TestGame game(load_deck_catalogue({folder.path() / "ours.yaml"}), 1920, 1080);
    Settings settings = game.game().settings();
    settings.language = "de";
    REQUIRE(game.game().change_settings(settings).empty());
    game.start_at_title();
    CHECK(game.shows_part("ours.yaml:5:11: unbekannter Wert für kind: \"questoin\"; meinst du \"question\"?"));
    CHECK_FALSE(game.shows_part("unknown kind"));
    CHECK_FALSE(game.shows_part("did you mean"));
}
