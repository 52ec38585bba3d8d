// Party mode proper (a TV-sized game with votes, teams and scores) is being built; until then
// this says so and offers a party-style night with what the game already has: 3 to 8 players
// on one device, only cards that are fine with friends around.
#include "screens/game_screen.hpp"
#include "screens/message_page.hpp"
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
        page_.layout(painter, {area.x, area.y, area.w, area.h - hints_height(painter) - 20}, text("party.title"),
                     text("party.body"), buttons_, game_.device(), strings());
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
        page_.draw(painter, Icon::party);
        buttons_.draw(painter, game_.device(), strings());
        draw_hints(painter, {{Command::left, text("hints.move")},
                             {Command::confirm, text("hints.choose")},
                             {Command::back, text("hints.back")}});
    }

private:
    ButtonRow buttons_;
    MessagePage page_;
    bool first_ = true;
};

}  // namespace

std::unique_ptr<Screen> make_party_screen(app::Game& game) { return std::make_unique<PartyScreen>(game); }

}  // namespace kindling::screens
