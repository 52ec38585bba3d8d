// Party mode proper (a TV-sized game with votes, teams and scores) is being built; until then
// this says so and offers a party-style night with what the game already has: 3 to 8 players
// on one device, only cards that are fine with friends around.
#include "screens/game_screen.hpp"
#include "screens/screens.hpp"
#include "ui/widgets/button_row.hpp"

namespace kindling::screens {

using namespace ui;

namespace {

class PartyScreen final : public GameScreen {
public:
    explicit PartyScreen(app::Game& game) : GameScreen(game) {}

    [[nodiscard]] std::string_view name() const override { return "party"; }
    [[nodiscard]] std::string focused_id() const override { return buttons_.focused_id(); }

    void layout(Painter& painter) override {
        buttons_.set_items({{"back", text("common.back"), Icon::back, false, std::nullopt},
                            {"play", text("party.play"), Icon::party, true, std::nullopt}});
        if (first_) {
            buttons_.focus("play");
            first_ = false;
        }
        const RectF area = painter.canvas().content();
        const float width = std::min(area.w, 1400.0f);
        column_ = {area.x + (area.w - width) / 2, 0, width, 0};
        const float icon = 160;
        const float title_h = painter.measure(text("party.title"), type::heading.wrapped(width, text::Align::center)).h;
        const float body_h = painter.measure(text("party.body"), type::body.wrapped(width, text::Align::center)).h;
        buttons_.layout(painter, {area.x, 0, area.w, 100}, HAlign::centre, game_.device(), strings());
        const float total = icon + 40 + title_h + 24 + body_h + 60 + buttons_.height();
        const float available = area.h - hints_height(painter) - 20;
        column_.y = area.y + std::max(0.0f, (available - total) / 2);
        column_.h = total;
        title_h_ = title_h;
        buttons_.layout(painter, {area.x, column_.bottom() - buttons_.height(), area.w, buttons_.height()},
                        HAlign::centre, game_.device(), strings());
    }

    void handle(const InputEvent& event) override {
        if (event.type == InputEvent::Type::command && event.command == Command::back) {
            game_.screens().pop();
            return;
        }
        const OptionEvent result = buttons_.handle(event);
        if (result.type != OptionEvent::Type::activated) return;
        if (result.id == "back") game_.screens().pop();
        if (result.id == "play") {
            game_.screens().pop();
            plan_new_night(game_, PlayStyle::party);
        }
    }

    void draw(Painter& painter) const override {
        draw_backdrop(painter);
        const Palette& palette = painter.palette();
        const float icon = 160;
        const PointF centre{column_.centre().x, column_.y + icon / 2};
        painter.circle(centre, icon / 2 + 30, palette.panel);
        painter.icon(Icon::party, {centre.x - icon / 2, column_.y, icon, icon}, palette.accent);
        float y = column_.y + icon + 40;
        painter.text(text("party.title"), type::heading.wrapped(column_.w, text::Align::center), {column_.x, y}, palette.text);
        y += title_h_ + 24;
        painter.text(text("party.body"), type::body.wrapped(column_.w, text::Align::center), {column_.x, y},
                     palette.text_muted);
        buttons_.draw(painter, game_.device(), strings());
        draw_hints(painter, {{Command::left, text("hints.move")},
                             {Command::confirm, text("hints.choose")},
                             {Command::back, text("hints.back")}});
    }

private:
    ButtonRow buttons_;
    RectF column_;
    float title_h_ = 0;
    bool first_ = true;
};

}  // namespace

std::unique_ptr<Screen> make_party_screen(app::Game& game) { return std::make_unique<PartyScreen>(game); }

}  // namespace kindling::screens
