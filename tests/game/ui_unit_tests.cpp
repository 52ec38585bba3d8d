// The UI's parts on their own: the screen stack's queued changes, input mapping, vector shapes,
// control glyphs and the option list.
#include "ui/canvas.hpp"
#include "ui/input.hpp"
#include "ui/screen_stack.hpp"
#include "ui/vector_shape.hpp"
#include "ui/widgets/control_glyphs.hpp"
#include "ui/widgets/option_list.hpp"

#include <catch2/catch.hpp>

using namespace kindling;
using namespace kindling::ui;

namespace {

class NamedScreen final : public Screen {
public:
    NamedScreen(std::string name, ScreenStack* stack = nullptr, bool overlay = false)
        : name_(std::move(name)), stack_(stack), overlay_(overlay) {}
    [[nodiscard]] std::string_view name() const override { return name_; }
    [[nodiscard]] bool is_overlay() const override { return overlay_; }
    void handle(const InputEvent&) override {
        // Replacing itself from inside handle(): must not destroy it while it runs.
        if (stack_ != nullptr) stack_->replace(std::make_unique<NamedScreen>("next"));
        handled = true;
    }
    void draw(Painter&) const override {}
    void on_reveal() override { ++reveals; }
    bool handled = false;
    int reveals = 0;

private:
    std::string name_;
    ScreenStack* stack_;
    bool overlay_;
};

SDL_Event key(SDL_Keycode code, Uint16 mod = KMOD_NONE, bool repeat = false) {
    SDL_Event event{};
    event.type = SDL_KEYDOWN;
    event.key.keysym.sym = code;
    event.key.keysym.mod = mod;
    event.key.repeat = repeat ? 1 : 0;
    return event;
}

std::optional<Command> command_of(InputMapper& mapper, const SDL_Event& event) {
    const auto mapped = mapper.map(event, Canvas{});
    if (!mapped || mapped->type != InputEvent::Type::command) return std::nullopt;
    return mapped->command;
}

}  // namespace

TEST_CASE("Screen changes are queued and applied between frames") {
    ScreenStack stack;
    stack.push(std::make_unique<NamedScreen>("title"));
    CHECK(stack.empty());
    CHECK(stack.apply_pending());
    REQUIRE(stack.top()->name() == "title");
    stack.push(std::make_unique<NamedScreen>("card", &stack));
    stack.apply_pending();
    auto* card = dynamic_cast<NamedScreen*>(stack.top());
    card->handle(InputEvent{});
    CHECK(card->handled);
    CHECK(stack.top() == card);  // still there until the frame ends
    stack.apply_pending();
    CHECK(stack.top()->name() == "next");
    stack.push(std::make_unique<NamedScreen>("dialog", nullptr, true));
    stack.apply_pending();
    CHECK(stack.visible().size() == 2);  // an overlay shows the screen below
    stack.pop_to("title");
    stack.apply_pending();
    CHECK(stack.size() == 1);
    // Revealed when it was first shown, and again when the screens above it went.
    CHECK(dynamic_cast<NamedScreen*>(stack.top())->reveals == 2);
    stack.reset(std::make_unique<NamedScreen>("summary"));
    stack.apply_pending();
    CHECK(stack.size() == 1);
    CHECK(stack.top()->name() == "summary");
}

TEST_CASE("Keys become commands, and while typing letters are text and Backspace erases") {
    InputMapper mapper;
    CHECK(command_of(mapper, key(SDLK_RETURN)) == Command::confirm);
    CHECK(command_of(mapper, key(SDLK_ESCAPE)) == Command::back);
    CHECK(command_of(mapper, key(SDLK_BACKSPACE)) == Command::back);
    CHECK(command_of(mapper, key(SDLK_s)) == Command::swap);
    CHECK(command_of(mapper, key(SDLK_f)) == Command::favourite);
    CHECK(command_of(mapper, key(SDLK_TAB, KMOD_LSHIFT)) == Command::previous_field);
    CHECK_FALSE(command_of(mapper, key(SDLK_RETURN, KMOD_NONE, true)));  // held Enter does not repeat
    CHECK(command_of(mapper, key(SDLK_DOWN, KMOD_NONE, true)) == Command::down);  // held arrows do
    CHECK_FALSE(command_of(mapper, key(SDLK_s, KMOD_LCTRL)));
    mapper.set_text_entry(true);
    CHECK_FALSE(command_of(mapper, key(SDLK_s)));
    CHECK(command_of(mapper, key(SDLK_BACKSPACE)) == Command::erase);
    CHECK(command_of(mapper, key(SDLK_ESCAPE)) == Command::back);
    SDL_Event typed{};
    typed.type = SDL_TEXTINPUT;
    SDL_strlcpy(typed.text.text, "é", sizeof typed.text.text);
    const auto text = mapper.map(typed, Canvas{});
    REQUIRE(text);
    CHECK(text->type == InputEvent::Type::text);
    CHECK(text->text == "é");
}

TEST_CASE("Gamepad buttons and the stick become commands and mark the gamepad as in use") {
    InputMapper mapper;
    SDL_Event button{};
    button.type = SDL_CONTROLLERBUTTONDOWN;
    button.cbutton.button = SDL_CONTROLLER_BUTTON_B;
    CHECK(command_of(mapper, button) == Command::back);
    CHECK(mapper.last_device() == InputDevice::gamepad);
    button.cbutton.button = SDL_CONTROLLER_BUTTON_X;
    CHECK(command_of(mapper, button) == Command::swap);
    SDL_Event axis{};
    axis.type = SDL_CONTROLLERAXISMOTION;
    axis.caxis.axis = SDL_CONTROLLER_AXIS_LEFTY;
    axis.caxis.value = 30000;
    CHECK(command_of(mapper, axis) == Command::down);
    CHECK_FALSE(command_of(mapper, axis));  // held: once per push
    axis.caxis.value = 0;
    CHECK_FALSE(command_of(mapper, axis));
    axis.caxis.value = -30000;
    CHECK(command_of(mapper, axis) == Command::up);
}

TEST_CASE("Mouse positions arrive in design pixels and the right button is back") {
    InputMapper mapper;
    mapper.set_pointer_scale(2, 2);  // a high-DPI window: 2 output pixels per point
    const Canvas canvas(1280, 720, 0, 100);
    SDL_Event motion{};
    motion.type = SDL_MOUSEMOTION;
    motion.motion.x = 320;
    motion.motion.y = 180;
    const auto moved = mapper.map(motion, canvas);
    REQUIRE(moved);
    CHECK(moved->pointer.x == Approx(960));
    CHECK(moved->pointer.y == Approx(540));
    // The first report is where the pointer happens to be, not someone using the mouse.
    CHECK(mapper.last_device() == InputDevice::keyboard);
    motion.motion.x = 340;
    mapper.map(motion, canvas);
    CHECK(mapper.last_device() == InputDevice::mouse);
    SDL_Event right{};
    right.type = SDL_MOUSEBUTTONUP;
    right.button.button = SDL_BUTTON_RIGHT;
    CHECK(command_of(mapper, right) == Command::back);
}

TEST_CASE("Vector shapes cover what they should, with soft edges") {
    VectorShape circle;
    circle.circle(50, 50, 25);
    CHECK(circle.distance(50, 50) == Approx(-25));
    CHECK(circle.distance(100, 50) == Approx(25));
    const auto alpha = circle.rasterise(100);
    CHECK(alpha[50 * 100 + 50] == 255);
    CHECK(alpha[5 * 100 + 5] == 0);
    long long covered = 0;
    for (const std::uint8_t a : alpha) covered += a;
    // pi r^2 = 1963 pixels of full coverage, within a pixel's worth of edge.
    CHECK(static_cast<double>(covered) / 255.0 == Approx(1963.5).epsilon(0.02));
    VectorShape ring;
    ring.ring(50, 50, 30, 10).cut().circle(50, 20, 10);
    CHECK(ring.distance(50, 50) > 0);   // the middle of a ring is empty
    CHECK(ring.distance(80, 50) < 0);
    CHECK(ring.distance(50, 15) > 0);   // cut away
    const auto box = rasterise_rounded_box(40, 20, 6, 0, 0);
    CHECK(box[0] == 0);                 // rounded corner
    CHECK(box[10 * 40 + 20] == 255);
    const auto shadow = rasterise_rounded_box(60, 60, 8, 0, 10);
    CHECK(shadow[0] == 0);
    CHECK(shadow[30 * 60 + 30] == 255);
    CHECK(shadow[30 * 60 + 5] > 0);
    CHECK(shadow[30 * 60 + 5] < 255);
}

TEST_CASE("Control glyphs follow the device in use") {
    CHECK(glyph_for(Command::confirm, InputDevice::gamepad)->literal == "A");
    CHECK(glyph_for(Command::back, InputDevice::gamepad)->pad_face == 'b');
    CHECK(glyph_for(Command::swap, InputDevice::keyboard)->literal == "S");
    CHECK(glyph_for(Command::confirm, InputDevice::keyboard)->label_key == "keys.enter");
    CHECK(glyph_for(Command::confirm, InputDevice::mouse)->label_key == "keys.click");
    CHECK_FALSE(glyph_for(Command::swap, InputDevice::mouse));
}

TEST_CASE("The option list skips headings, steps choices and edits text by whole characters") {
    OptionList list;
    list.set_items({{"a", OptionItem::Kind::choice, "A"},
                    {"h", OptionItem::Kind::heading, "Heading"},
                    {"t", OptionItem::Kind::toggle, "T"},
                    {"name", OptionItem::Kind::text, "Name"}});
    CHECK(list.focused_id() == "a");
    const auto event = [](Command c) { return InputEvent::make(c, InputDevice::keyboard); };
    CHECK(list.handle(event(Command::left)).delta == -1);
    CHECK(list.handle(event(Command::down)).id == "t");  // the heading is skipped
    const OptionEvent toggled = list.handle(event(Command::confirm));
    CHECK(toggled.is(OptionEvent::Type::changed, "t"));
    CHECK(list.handle(event(Command::down)).id == "name");
    CHECK(list.wants_text_input());
    InputEvent typed;
    typed.type = InputEvent::Type::text;
    typed.text = "Jo\U0001F44D\U0001F3FD";
    CHECK(list.handle(typed).is(OptionEvent::Type::edited, "name"));
    CHECK(list.handle(event(Command::erase)).type == OptionEvent::Type::edited);
    CHECK(list.find("name")->value == "Jo");
    CHECK(list.handle(event(Command::down)).type == OptionEvent::Type::leave_bottom);
    CHECK(list.handle(event(Command::up)).id == "t");
}
