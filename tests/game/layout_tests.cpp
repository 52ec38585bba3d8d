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
