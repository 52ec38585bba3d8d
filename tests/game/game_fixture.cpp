#include "game/game_fixture.hpp"

#include "app/screen_catalog.hpp"
#include "screens/screens.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

namespace kindling::testing {

text::TextEngine& game_text_engine() {
    static text::TextEngine engine(app::game_text_options());
    return engine;
}

const DeckCatalogue& builtin_library() {
    static const DeckCatalogue library = load_deck_catalogue({});
    return library;
}

app::AppOptions test_options() {
    app::AppOptions options;
    options.seed = 7;
    return options;
}

namespace {

// Injected events travel through SDL's event queue, which needs SDL's event subsystem.
app::AppOptions with_events_ready(app::AppOptions options) {
    static const bool ready = SDL_InitSubSystem(SDL_INIT_EVENTS) == 0;
    REQUIRE(ready);
    if (!options.seed) options.seed = 7;
    return options;
}

}  // namespace

TestGame::TestGame(int width, int height, Settings settings, app::AppOptions options)
    : headless_(with_events_ready(std::move(options)), width, height, game_text_engine(), std::move(settings),
                builtin_library()) {
    headless_.app().record_text(true);
    headless_.app().set_time_ms(now_);
}

TestGame::TestGame(DeckCatalogue decks, int width, int height, Settings settings)
    : headless_(with_events_ready({}), width, height, game_text_engine(), std::move(settings), std::move(decks)) {
    headless_.app().record_text(true);
    headless_.app().set_time_ms(now_);
}

void TestGame::open(std::string_view screen) {
    std::string error;
    const bool opened = app::open_screen(game(), screen, error);
    INFO(error);
    REQUIRE(opened);
    settle(60'000);
}

void TestGame::start_at_title() {
    game().screens().reset(screens::make_title_screen(game().screen_context()));
    game().screens().apply_pending();
    settle();
}

void TestGame::settle(std::int64_t milliseconds) {
    now_ += milliseconds;
    app().set_time_ms(now_);
    app().render();
}

void TestGame::send(SDL_Event event) {
    REQUIRE(SDL_PushEvent(&event) == 1);
    SDL_Event received;
    while (SDL_PollEvent(&received) != 0) app().dispatch(received);
    settle();
}

void TestGame::key(SDL_Keycode key) {
    SDL_Event event{};
    event.type = SDL_KEYDOWN;
    event.key.state = SDL_PRESSED;
    event.key.keysym.sym = key;
    event.key.keysym.scancode = SDL_GetScancodeFromKey(key);
    send(event);
}

void TestGame::pad(SDL_GameControllerButton button) {
    SDL_Event event{};
    event.type = SDL_CONTROLLERBUTTONDOWN;
    event.cbutton.button = static_cast<Uint8>(button);
    event.cbutton.state = SDL_PRESSED;
    send(event);
}

void TestGame::type(const std::string& text) {
    // SDL hands typed text over in events of at most 31 bytes, split between code points; so does this.
    constexpr std::size_t most = sizeof(SDL_TextInputEvent::text) - 1;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = std::min(text.size(), start + most);
        while (end < text.size() && end > start && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
        SDL_Event event{};
        event.type = SDL_TEXTINPUT;
        SDL_strlcpy(event.text.text, text.substr(start, end - start).c_str(), sizeof event.text.text);
        send(event);
        start = end;
    }
}

void TestGame::move_mouse(float output_x, float output_y) {
    SDL_Event event{};
    event.type = SDL_MOUSEMOTION;
    event.motion.x = static_cast<Sint32>(output_x);
    event.motion.y = static_cast<Sint32>(output_y);
    send(event);
}

void TestGame::click(float output_x, float output_y, Uint8 button) {
    move_mouse(output_x, output_y);
    for (const Uint32 type : {SDL_MOUSEBUTTONDOWN, SDL_MOUSEBUTTONUP}) {
        SDL_Event event{};
        event.type = type;
        event.button.button = button;
        event.button.state = type == SDL_MOUSEBUTTONDOWN ? SDL_PRESSED : SDL_RELEASED;
        event.button.clicks = 1;
        event.button.x = static_cast<Sint32>(output_x);
        event.button.y = static_cast<Sint32>(output_y);
        send(event);
    }
}

void TestGame::click_text(std::string_view label) {
    const auto where = text_rect(label);
    INFO("clicking \"" << label << "\" on the " << top() << " screen");
    REQUIRE(where);
    click(where->centre().x, where->centre().y);
}

bool TestGame::shows_part(std::string_view part) const {
    return std::any_of(texts().begin(), texts().end(),
                       [&](const ui::DrawnText& text) { return text.text.find(part) != std::string::npos; });
}

std::string TestGame::top() const {
    const ui::Screen* screen = headless_.game().screens().top();
    return screen ? std::string(screen->name()) : std::string{};
}

std::string TestGame::focus() const {
    const ui::Screen* screen = headless_.game().screens().top();
    return screen ? screen->focused_id() : std::string{};
}

ui::RgbaImage TestGame::capture() {
    std::string error;
    auto image = app().capture(error);
    INFO(error);
    REQUIRE(image);
    return std::move(*image);
}

std::optional<ui::RectF> TestGame::text_rect(std::string_view text) const {
    for (const ui::DrawnText& drawn : texts()) {
        if (drawn.text == text) return drawn.output;
    }
    return std::nullopt;
}

}  // namespace kindling::testing
