// Every registered screen, rendered headless at 1280x720, 1920x1080 and 3840x2160, against the
// committed golden images in tests/goldens, with every piece of text inside the title-safe
// area and no untranslated string key on screen. Party mode's screens are for a TV: they are
// checked at 1920x1080 and 3840x2160 only. Every 4K frame is compared at half its size (each
// golden pixel the mean of four) so the goldens stay small while layout, text placement and
// scaling at 4K are still checked.
//
// After a deliberate change of the look: KINDLING_UPDATE_GOLDENS=1 ./tools/test -- -R golden
// rewrites the goldens (or tools/update-goldens); review them with your image viewer and commit.
// A failing comparison leaves NAME-WxH.actual.png next to the golden for a look.

#include "app/screen_catalog.hpp"
#include "game/game_fixture.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <regex>
#include <span>

using namespace kindling;
using namespace kindling::testing;

namespace {

constexpr int channel_tolerance = 12;
// Pixels allowed beyond the tolerance: a few anti-aliased glyph edges, never a changed layout.
constexpr double share_allowed = 0.0002;

struct Size {
    int width;
    int height;
};
constexpr Size sizes[] = {{1280, 720}, {1920, 1080}, {3840, 2160}};
constexpr Size party_sizes[] = {{1920, 1080}, {3840, 2160}};
constexpr int reduction_4k = 2;

// Each pixel the mean of a factor x factor block: a 4K frame compared at 1080p.
ui::RgbaImage reduced(const ui::RgbaImage& image, int factor) {
    ui::RgbaImage small;
    small.width = image.width / factor;
    small.height = image.height / factor;
    small.pixels.assign(static_cast<std::size_t>(small.width) * static_cast<std::size_t>(small.height) * 4, 0);
    for (int y = 0; y < small.height; ++y) {
        for (int x = 0; x < small.width; ++x) {
            for (std::size_t c = 0; c < 4; ++c) {
                int sum = 0;
                for (int dy = 0; dy < factor; ++dy) {
                    for (int dx = 0; dx < factor; ++dx) {
                        const auto at = (static_cast<std::size_t>(y * factor + dy) * static_cast<std::size_t>(image.width) +
                                         static_cast<std::size_t>(x * factor + dx)) * 4 + c;
                        sum += image.pixels[at];
                    }
                }
                small.pixels[(static_cast<std::size_t>(y) * static_cast<std::size_t>(small.width) +
                              static_cast<std::size_t>(x)) * 4 + c] = static_cast<std::uint8_t>(sum / (factor * factor));
            }
        }
    }
    return small;
}

std::filesystem::path golden_path(std::string_view screen, Size size, std::string_view suffix = "") {
    return std::filesystem::path(KINDLING_GOLDEN_DIR) /
           (std::string(screen) + "-" + std::to_string(size.width) + "x" + std::to_string(size.height) +
            std::string(suffix) + ".png");
}

bool updating() {
    const char* value = std::getenv("KINDLING_UPDATE_GOLDENS");
    return value != nullptr && *value != '\0' && std::string_view(value) != "0";
}

struct Difference {
    long long pixels = 0;
    int largest = 0;
};

Difference compare(const ui::RgbaImage& a, const ui::RgbaImage& b) {
    Difference difference;
    for (std::size_t i = 0; i + 3 < a.pixels.size(); i += 4) {
        int largest = 0;
        for (std::size_t c = 0; c < 3; ++c) largest = std::max(largest, std::abs(a.pixels[i + c] - b.pixels[i + c]));
        difference.largest = std::max(difference.largest, largest);
        if (largest > channel_tolerance) ++difference.pixels;
    }
    return difference;
}

void check_text_placement(const TestGame& game, const ui::Canvas& canvas) {
    const ui::RectF safe = canvas.title_safe_output();
    static const std::regex string_key(R"(^[a-z_]+(\.[a-z0-9_-]+)+$)");
    CHECK_FALSE(game.texts().empty());
    for (const ui::DrawnText& text : game.texts()) {
        CAPTURE(text.text, text.output.x, text.output.y, text.output.w, text.output.h);
        // A pixel of rounding is not leaving the area.
        CHECK(safe.inset(-1).contains(text.output));
        CHECK_FALSE(std::regex_match(text.text, string_key));
    }
}

// The focused control is drawn with the focus ring colour somewhere on screen.
bool shows_focus(const ui::RgbaImage& image, const Palette& palette) {
    const Colour ring = palette.focus_ring;
    long long hits = 0;
    for (std::size_t i = 0; i + 3 < image.pixels.size(); i += 4) {
        if (std::abs(image.pixels[i] - ring.r) <= 2 && std::abs(image.pixels[i + 1] - ring.g) <= 2 &&
            std::abs(image.pixels[i + 2] - ring.b) <= 2) {
            ++hits;
        }
    }
    return hits > 200;
}

// A move of the focus before the picture: `key` (down or up) pressed until `id` has the focus,
// so a long list scrolls to it.
struct FocusStep {
    SDL_Keycode key;
    std::string_view id;
};

// `language`: the players' language; goldens in another language than English carry it in
// their name ("note-de-1920x1080.png"). `steps`: where the focus goes first; `variant` names
// that view in the golden's name ("settings-sound-end-de-1920x1080.png").
void check_screen(std::string_view screen, std::span<const Size> in_sizes = sizes, bool party = false,
                  std::string_view language = "en", std::span<const FocusStep> steps = {},
                  std::string_view variant = {}) {
    for (const Size size : in_sizes) {
        CAPTURE(screen, size.width, size.height, language);
        Settings settings;
        settings.language = std::string(language);
        TestGame game(size.width, size.height, settings);
        game.open(screen);
        for (const FocusStep& step : steps) {
            for (int i = 0; i < 40 && game.focus() != step.id; ++i) game.key(step.key);
            REQUIRE(game.focus() == step.id);
        }
        ui::RgbaImage actual = game.capture();
        check_text_placement(game, game.app().canvas());
        if (party) {
            CHECK(game.app().canvas().title_safe_percent() == Settings{}.party_safe_area_percent);
            CHECK(shows_focus(actual, game.game().palette()));
        }
        // Every 4K frame is compared at half its size, so goldens stay small as screens are added.
        if (size.width == 3840) actual = reduced(actual, reduction_4k);
        std::string named(screen);
        if (!variant.empty()) named += "-" + std::string(variant);
        if (language != "en") named += "-" + std::string(language);
        const auto expected_path = golden_path(named, size);
        const auto actual_path = golden_path(named, size, ".actual");
        std::string error;
        if (updating()) {
            REQUIRE(ui::write_png(actual, expected_path.string(), error));
            std::filesystem::remove(actual_path);
            continue;
        }
        const auto expected = ui::read_png(expected_path.string(), error);
        INFO("no golden image " << expected_path.string() << " (" << error
                                << "); make it with KINDLING_UPDATE_GOLDENS=1 ./tools/test -- -R golden");
        REQUIRE(expected);
        REQUIRE(expected->width == actual.width);
        REQUIRE(expected->height == actual.height);
        const Difference difference = compare(*expected, actual);
        const auto allowed = static_cast<long long>(share_allowed * actual.width * actual.height);
        if (difference.pixels > allowed) {
            ui::write_png(actual, actual_path.string(), error);
            FAIL_CHECK(difference.pixels << " pixels differ by more than " << channel_tolerance << " (largest "
                                         << difference.largest << "); the actual image is " << actual_path.string());
        } else {
            std::filesystem::remove(actual_path);
        }
    }
}

}  // namespace

TEST_CASE("Screen title matches its golden images") { check_screen("title"); }
TEST_CASE("Screen players matches its golden images") { check_screen("players"); }
TEST_CASE("Screen handoff matches its golden images") { check_screen("handoff"); }
TEST_CASE("Screen consent matches its golden images") { check_screen("consent"); }
TEST_CASE("Screen setup matches its golden images") { check_screen("setup"); }
TEST_CASE("Screen card matches its golden images") { check_screen("card"); }
TEST_CASE("Screen timer matches its golden images") { check_screen("timer"); }
TEST_CASE("Screen pause matches its golden images") { check_screen("pause"); }
TEST_CASE("Screen summary matches its golden images") { check_screen("summary"); }
TEST_CASE("Screen settings matches its golden images") { check_screen("settings"); }
// Further down the settings, the sound rows, in two views: down to the last of them (voice
// volume), then up to the first (mute) with the section's heading above it.
constexpr Size sound_settings_sizes[] = {{1920, 1080}, {3840, 2160}};
constexpr FocusStep to_sound_end[] = {{SDLK_DOWN, "voice_volume"}};
constexpr FocusStep to_sound_start[] = {{SDLK_DOWN, "voice_volume"}, {SDLK_UP, "mute"}};
TEST_CASE("Screen settings shows the sound rows in its golden images, in English and German") {
    for (const std::string_view language : {"en", "de"}) {
        check_screen("settings", sound_settings_sizes, false, language, to_sound_end, "sound-end");
        check_screen("settings", sound_settings_sizes, false, language, to_sound_start, "sound-start");
    }
}
TEST_CASE("Screen help matches its golden images") { check_screen("help"); }
TEST_CASE("Screen party matches its golden images") { check_screen("party", party_sizes, true); }
TEST_CASE("Screen party-card matches its golden images") { check_screen("party-card", party_sizes, true); }
TEST_CASE("Screen party-vote matches its golden images") { check_screen("party-vote", party_sizes, true); }
TEST_CASE("Screen party-guess matches its golden images") { check_screen("party-guess", party_sizes, true); }
// A write card's round (issue 15): in English and German.
TEST_CASE("Screen party-write matches its golden images") {
    check_screen("party-write", party_sizes, true);
    check_screen("party-write", party_sizes, true, "de");
}
TEST_CASE("Screen party-write-vote matches its golden images") {
    check_screen("party-write-vote", party_sizes, true);
    check_screen("party-write-vote", party_sizes, true, "de");
}
TEST_CASE("Screen party-scores matches its golden images") { check_screen("party-scores", party_sizes, true); }
TEST_CASE("Screen party-final matches its golden images") { check_screen("party-final", party_sizes, true); }
TEST_CASE("Screen reconnect matches its golden images") { check_screen("reconnect", party_sizes, true); }
TEST_CASE("Screen phones matches its golden images") { check_screen("phones", party_sizes, true); }

// Between nights (issue 18): at 1080p and 4K, in English and German.
constexpr Size between_sizes[] = {{1920, 1080}, {3840, 2160}};
TEST_CASE("Screen our-nights matches its golden images") {
    check_screen("our-nights", between_sizes);
    check_screen("our-nights", between_sizes, false, "de");
}
TEST_CASE("Screen closeness-check matches its golden images") {
    check_screen("closeness-check", between_sizes);
    check_screen("closeness-check", between_sizes, false, "de");
}
TEST_CASE("Screen note matches its golden images") {
    check_screen("note", between_sizes);
    check_screen("note", between_sizes, false, "de");
}

// A favourite come back as a card of the night, with its mark under the card.
TEST_CASE("Screen favourite-back matches its golden images") {
    check_screen("favourite-back", between_sizes);
    check_screen("favourite-back", between_sizes, false, "de");
}

TEST_CASE("Every registered screen has a golden test") {
    // The list above is written out so each screen is its own test; this keeps it complete.
    CHECK(app::registered_screens().size() == 25);
}
