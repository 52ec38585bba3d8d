// The controller in use was unplugged (or ran out of battery) during a party: everything waits,
// the night's clock and any timer paused, until someone takes over. Any button on any connected
// controller, any key or a click carries on; nothing pressed here acts on the screen below.
#include "screens/game_screen.hpp"
#include "screens/screens.hpp"

namespace kindling::screens {

using namespace ui;

namespace {

class ReconnectScreen final : public GameScreen {
public:
    explicit ReconnectScreen(ScreenContext& game) : GameScreen(game) {
        if (Session* session = game.night().session(); session != nullptr && !session->finished()) {
            paused_night_ = session->apply(Action::pause()) == ActionResult::applied;
        }
    }

    [[nodiscard]] std::string_view name() const override { return "reconnect"; }
    [[nodiscard]] bool is_overlay() const override { return true; }
    [[nodiscard]] std::string focused_id() const override { return "waiting"; }
    [[nodiscard]] std::string focused_words() const override { return text("party.hints.carry_on"); }
    [[nodiscard]] std::string title_words() const override { return text("party.reconnect_title"); }

    void layout(Painter& painter) override {
        const RectF area = painter.canvas().content();
        const float w = std::min(1200.0f, area.w);
        const float inner = w - 2 * 56;
        const float title_h = painter.measure(text("party.reconnect_title"), type::heading.wrapped(inner - 120)).h;
        const float body_h = painter.measure(text("party.reconnect_body"), type::body.wrapped(inner)).h;
        const float h = std::min(area.h - hints_height(painter) - 40, 56 + std::max(title_h, 96.0f) + 28 + body_h + 56);
        box_ = area.centred({w, h});
    }

    void handle(const InputEvent& event) override {
        const bool pressed = event.type == InputEvent::Type::command || event.type == InputEvent::Type::pointer_click;
        if (!pressed) return;
        if (paused_night_) {
            if (Session* session = game_.night().session()) session->apply(Action::resume());
        }
        game_.screens().pop();
    }

    void draw(Painter& painter) const override {
        const Palette& palette = painter.palette();
        painter.fill_rect(painter.canvas().full_output(), palette.scrim);
        painter.shadow(box_.translated(0, 14), 30, 40, palette.shadow);
        painter.rounded_rect(box_, 30, palette.background);
        painter.rounded_outline(box_.inset(-6), 36, 6, palette.focus_ring);
        const float inner = box_.w - 2 * 56;
        painter.icon(Icon::gamepad, {box_.x + 56, box_.y + 56, 96, 96}, palette.accent);
        const RectF title = painter.text(text("party.reconnect_title"), type::heading.wrapped(inner - 120),
                                         {box_.x + 56 + 120, box_.y + 56}, palette.text);
        const float body_y = std::max(title.bottom(), box_.y + 56 + 96) + 28;
        painter.push_clip({box_.x, body_y, box_.w, box_.bottom() - body_y - 20});
        painter.text(text("party.reconnect_body"), type::body.wrapped(inner), {box_.x + 56, body_y}, palette.text_muted);
        painter.pop_clip();
        draw_hints(painter, {{Command::confirm, text("party.hints.carry_on")}});
    }

private:
    bool paused_night_ = false;
    RectF box_;
};

}  // namespace

std::unique_ptr<Screen> make_reconnect_screen(ScreenContext& game) { return std::make_unique<ReconnectScreen>(game); }

void controller_lost(ScreenContext& game) {
    const Screen* top = game.screens().top();
    if (top != nullptr && top->name() == "reconnect") return;
    game.screens().push(make_reconnect_screen(game));
}

}  // namespace kindling::screens
