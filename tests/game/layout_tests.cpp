// Layout on the 1080p design canvas: sizes scale with the output, text meets its minimum sizes,
// and with the largest text, a TV's safe-area inset or German words every screen keeps its text
// inside the title-safe area (text rectangles recorded while drawing).
#include "app/screen_catalog.hpp"
#include "game/game_fixture.hpp"
#include "ui/canvas.hpp"
#include "ui/typography.hpp"

#include <catch2/catch.hpp>

#include <regex>

using namespace kindling;
using namespace kindling::testing;

TEST_CASE("The design canvas scales uniformly into the output and its safe area") {
    const ui::Canvas hd(1920, 1080, 0, 100);
    CHECK(hd.scale() == Approx(1.0f));
    CHECK(hd.size() == ui::SizeF{1920, 1080});
    const ui::Canvas small(1280, 720, 0, 100);
    CHECK(small.scale() == Approx(2.0f / 3.0f));
    CHECK(small.to_output(ui::PointF{1920, 1080}).x == Approx(1280));
    const ui::Canvas uhd(3840, 2160, 0, 100);
    CHECK(uhd.scale() == Approx(2.0f));
    // A 4:3 screen gets a taller canvas, never a squeezed one.
    const ui::Canvas square(1024, 768, 0, 100);
    CHECK(square.size().w == Approx(1920));
    CHECK(square.size().h == Approx(1440));
    // A 10 % overscan inset maps the canvas into the inner 80 %.
    const ui::Canvas tv(1920, 1080, 10, 100);
    CHECK(tv.to_output(ui::PointF{0, 0}).x == Approx(192));
    CHECK(tv.to_output(ui::PointF{0, 0}).y == Approx(108));
    CHECK(tv.title_safe_output().x == Approx(192));
    CHECK(ui::Canvas(1920, 1080, 0, 100).title_safe_output().x == Approx(96));
}

TEST_CASE("Card text is at least 48 px and UI text at least 32 px at 1080p, and the text size only enlarges") {
    const ui::Canvas hd(1920, 1080, 0, 100);
    CHECK(hd.text_pixels(ui::type::minimum_card) == 48);
    CHECK(hd.text_pixels(ui::type::minimum_ui) == 32);
    for (const ui::TextSpec& spec : {ui::type::display, ui::type::heading, ui::type::subheading, ui::type::body,
                                     ui::type::label, ui::type::label_bold, ui::type::small, ui::type::small_bold}) {
        CHECK(spec.size >= ui::type::minimum_ui);
    }
    CHECK(ui::type::card_text.size >= ui::type::minimum_card);
    CHECK(ui::Canvas(1920, 1080, 0, 200).text_pixels(ui::type::minimum_ui) == 64);
    CHECK(ui::Canvas(1920, 1080, 0, 50).text_pixels(ui::type::minimum_ui) == 32);  // clamped to 100 %
    CHECK(ui::Canvas(3840, 2160, 0, 100).text_pixels(ui::type::minimum_card) == 96);
}

namespace {

void check_every_screen(const Settings& settings, int width, int height) {
    static const std::regex string_key(R"(^[a-z_]+(\.[a-z0-9_-]+)+$)");
    for (const std::string_view screen : app::registered_screens()) {
        CAPTURE(screen);
        TestGame game(width, height, settings);
        game.open(screen);
        const ui::RectF safe = game.app().canvas().title_safe_output().inset(-1);
        REQUIRE_FALSE(game.texts().empty());
        for (const ui::DrawnText& text : game.texts()) {
            CAPTURE(text.text, text.output.x, text.output.y, text.output.w, text.output.h);
            CHECK(safe.contains(text.output));
            CHECK_FALSE(std::regex_match(text.text, string_key));
        }
    }
}

}  // namespace

TEST_CASE("At the largest text size every screen keeps its text inside the title-safe area") {
    Settings settings;
    settings.text_size_percent = 200;
    check_every_screen(settings, 1920, 1080);
}

TEST_CASE("In German, in high contrast and with a 10 % TV margin, every screen keeps its text inside") {
    Settings settings;
    settings.language = "de";
    settings.high_contrast = true;
    settings.safe_area_percent = 10;
    settings.text_size_percent = 150;
    check_every_screen(settings, 1280, 720);
}

TEST_CASE("A narrow window still lays every screen out inside the safe area") {
    check_every_screen(Settings{}, 1024, 768);
}

namespace {

// The built-in decks, with the kind of news that made the title's menu disappear: a replaced
// built-in file, rejected files and a long located problem.
DeckCatalogue library_with_long_notice() {
    DeckCatalogue library = builtin_library();
    library.replaced_builtin_files = {"/usr/share/kindling/decks/play.yaml", "/usr/share/kindling/decks/closeness.yaml"};
    library.rejected_files = 3;
    const std::string folder = "/home/ana/.local/share/kindling/decks/";
    library.problems = {
        {folder + "unsere-abende-im-winter.yaml", {14, 9}, Severity::error,
         "the list that starts here is never closed; every card needs a closing bracket before the next key, and "
         "this one runs to the end"},
        {folder + "b.yaml", {2, 1}, Severity::error, "this file is not a deck"},
        {folder + "c.yaml", {3, 3}, Severity::error, "a deck with the id \"play\" is already loaded"}};
    return library;
}

// How much of the smaller rectangle the two share, 0..1.
float shared_fraction(const ui::RectF& a, const ui::RectF& b) {
    const float w = std::min(a.right(), b.right()) - std::max(a.x, b.x);
    const float h = std::min(a.bottom(), b.bottom()) - std::max(a.y, b.y);
    if (w <= 0 || h <= 0) return 0;
    return (w * h) / std::max(1.0f, std::min(a.w * a.h, b.w * b.h));
}

Settings largest_german_high_contrast() {
    Settings settings;
    settings.text_size_percent = 200;
    settings.language = "de";
    settings.high_contrast = true;
    return settings;
}

}  // namespace

TEST_CASE("At 200 % text, in German and high contrast with a long notice, every screen keeps its words apart") {
    for (const auto& [width, height] : {std::pair{1920, 1080}, std::pair{1280, 720}}) {
        for (const std::string_view screen : app::registered_screens()) {
            CAPTURE(width, screen);
            TestGame game(library_with_long_notice(), width, height, largest_german_high_contrast());
            game.open(screen);
            // The way back (Esc) stays on the hint bar however long the other hints are (the
            // final scoreboard has no way back: it leads on to the summary).
            if (screen != "party-final" && screen != "reconnect") CHECK(game.shows(game.game().strings().text("keys.escape")));
            if (game.game().screens().top()->is_overlay()) continue;  // drawn over the screen below on purpose
            const ui::RectF safe = game.app().canvas().title_safe_output().inset(-1);
            const std::vector<ui::DrawnText>& texts = game.texts();
            REQUIRE_FALSE(texts.empty());
            for (std::size_t i = 0; i < texts.size(); ++i) {
                CAPTURE(texts[i].text);
                CHECK(safe.contains(texts[i].output));
                for (std::size_t j = i + 1; j < texts.size(); ++j) {
                    CAPTURE(texts[j].text);
                    // Nothing is drawn over anything else (a hint over a notice, a notice over a
                    // button); touching edges of neighbouring lines are fine.
                    CHECK(shared_fraction(texts[i].output, texts[j].output) < 0.25f);
                }
            }
        }
    }
}

TEST_CASE("The title's menu stays reachable and visible at 150 % and 200 % text with a long notice") {
    for (const int percent : {150, 200}) {
        for (const auto& [width, height] : {std::pair{1920, 1080}, std::pair{1280, 720}}) {
            CAPTURE(percent, width);
            Settings settings = largest_german_high_contrast();
            settings.text_size_percent = percent;
            TestGame game(library_with_long_notice(), width, height, settings);
            game.start_at_title();
            const ui::RectF safe = game.app().canvas().title_safe_output().inset(-1);
            // The notice is there, and every item of the menu can be reached with the arrows,
            // drawn whole inside the safe area when it has the focus.
            CHECK(game.shows_part("play.yaml"));
            std::vector<std::string> reached;
            for (int step = 0; step < 12; ++step) {
                const std::string focus = game.focus();
                if (reached.empty() || reached.back() != focus) reached.push_back(focus);
                const std::string label(game.game().strings().text("title." + (focus == "resume" ? std::string("resume") : focus)));
                const auto drawn = game.text_rect(label);
                CAPTURE(focus, label);
                REQUIRE(drawn);
                CHECK(safe.contains(*drawn));
                // No other text covers the focused item.
                for (const ui::DrawnText& text : game.texts()) {
                    if (text.text == label) continue;
                    CAPTURE(text.text);
                    CHECK(shared_fraction(text.output, *drawn) < 0.25f);
                }
                game.key(SDLK_DOWN);
            }
            CHECK(reached == std::vector<std::string>{"start", "party", "settings", "help", "quit"});
        }
    }
}
