// "Hand the device to Sam": between two players' private limits, nothing of anyone's choices is
// on screen, only who should take the device next.
#include "screens/game_screen.hpp"
#include "screens/screens.hpp"
#include "ui/widgets/button_row.hpp"

namespace kindling::screens {

using namespace ui;

namespace {

class HandoffScreen final : public GameScreen {
public:
    HandoffScreen(app::Game& game, std::size_t player) : GameScreen(game), player_(player) {}

    [[nodiscard]] std::string_view name() const override { return "handoff"; }
    [[nodiscard]] std::string focused_id() const override { return buttons_.focused_id(); }

    void layout(Painter& painter) override {
        const std::string& who = player_name();
        buttons_.set_items({{"back", text("common.back"), Icon::back, false, std::nullopt},
                            {"ready", strings().format("consent.handoff_ready", {{"name", who}}), Icon::check, true,
                             std::nullopt}});
        if (first_layout_) {
            buttons_.focus("ready");
            first_layout_ = false;
        }
        const RectF area = painter.canvas().content();
        const float width = std::min(area.w, 1300.0f);
        title_ = strings().format("consent.handoff_title", {{"name", who}});
        body_ = strings().format(game_.night().resuming() ? "consent.handoff_body_resume" : "consent.handoff_body",
                                 {{"name", who}});
        const float icon = 150;
        const float title_h = painter.measure(title_, type::heading.wrapped(width, text::Align::center)).h;
        const float body_h = painter.measure(body_, type::body.wrapped(width, text::Align::center)).h;
        buttons_.layout(painter, {area.x, 0, area.w, 100}, HAlign::centre, game_.device(), strings());
        const float total = icon + 40 + title_h + 28 + body_h + 64 + buttons_.height();
        const float available = area.h - hints_height(painter) - 20;
        top_ = area.y + std::max(0.0f, (available - total) / 2);
        column_ = {area.x + (area.w - width) / 2, top_, width, total};
        buttons_.layout(painter, {area.x, top_ + total - buttons_.height(), area.w, buttons_.height()}, HAlign::centre,
                        game_.device(), strings());
        title_h_ = title_h;
    }

    void handle(const InputEvent& event) override {
        if (event.type == InputEvent::Type::command && event.command == Command::back) {
            go_back();
            return;
        }
        const OptionEvent result = buttons_.handle(event);
        if (result.type != OptionEvent::Type::activated) return;
        if (result.id == "ready") game_.screens().replace(make_limits_screen(game_, player_));
        if (result.id == "back") go_back();
    }

    void draw(Painter& painter) const override {
        draw_backdrop(painter);
        const Palette& palette = painter.palette();
        const float icon = 150;
        const PointF centre{column_.centre().x, top_ + icon / 2};
        painter.circle(centre, icon / 2 + 30, palette.panel);
        painter.icon(Icon::hands, {centre.x - icon / 2, top_, icon, icon}, palette.accent);
        float y = top_ + icon + 40;
        painter.text(title_, type::heading.wrapped(column_.w, text::Align::center), {column_.x, y}, palette.text);
        y += title_h_ + 28;
        painter.text(body_, type::body.wrapped(column_.w, text::Align::center), {column_.x, y}, palette.text_muted);
        buttons_.draw(painter, game_.device(), strings());
        draw_hints(painter, {{Command::left, text("hints.move")},
                             {Command::confirm, text("hints.choose")},
                             {Command::back, text("hints.back")}});
    }

private:
    [[nodiscard]] const std::string& player_name() const { return game_.night().player_name(player_); }

    // Going back starts the limits over from the names: nobody sees an earlier player's limits.
    void go_back() {
        if (game_.night().resuming()) {
            game_.screens().reset(make_title_screen(game_));
            return;
        }
        game_.screens().pop();
    }

    std::size_t player_;
    ButtonRow buttons_;
    bool first_layout_ = true;
    std::string title_;
    std::string body_;
    float top_ = 0;
    float title_h_ = 0;
    RectF column_;
};

}  // namespace

std::unique_ptr<Screen> make_handoff_screen(app::Game& game, std::size_t player) {
    return std::make_unique<HandoffScreen>(game, player);
}

}  // namespace kindling::screens
