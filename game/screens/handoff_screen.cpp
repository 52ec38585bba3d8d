// "Hand the device to Sam": between two players' private limits, nothing of anyone's choices is
// on screen, only who should take the device next. Or the partners join from their phones
// (issue 15): "Join from your phone" opens the join panel (starting the server if need be),
// and once this player has a phone in their seat they set their limits there instead.
#include "screens/game_screen.hpp"
#include "screens/message_page.hpp"
#include "screens/screens.hpp"
#include "ui/widgets/button_row.hpp"

namespace kindling::screens {

using namespace ui;

namespace {

enum class HandoffChoice { back, phones, ready };
constexpr std::string_view button_name(HandoffChoice choice) {
    switch (choice) {
        case HandoffChoice::back: return "back";
        case HandoffChoice::phones: return "phones";
        case HandoffChoice::ready: return "ready";
    }
    return {};
}

class HandoffScreen final : public GameScreen {
public:
    HandoffScreen(ScreenContext& game, std::size_t player) : GameScreen(game), player_(player) {}

    [[nodiscard]] std::string_view name() const override { return "handoff"; }
    [[nodiscard]] std::string focused_id() const override { return buttons_.focused_id(); }
    [[nodiscard]] std::string focused_words() const override { return buttons_.focused_words(); }

    void layout(Painter& painter) override {
        const std::string& who = player_name();
        buttons_.set_items({{button_id(HandoffChoice::back), text("common.back"), Icon::back, false, std::nullopt},
                            {button_id(HandoffChoice::phones), text("phones.title"), Icon::gamepad, false, std::nullopt},
                            {button_id(HandoffChoice::ready), strings().format("consent.handoff_ready", {{"name", who}}), Icon::check, true,
                             std::nullopt}});
        if (first_layout_) {
            buttons_.focus(button_id(HandoffChoice::ready));
            first_layout_ = false;
        }
        const RectF area = painter.canvas().content();
        page_.layout(painter, {area.x, area.y, area.w, area.h - hints_height(painter) - 20},
                     strings().format("consent.handoff_title", {{"name", who}}),
                     strings().format(game_.night().resuming() ? "consent.handoff_body_resume" : "consent.handoff_body",
                                      {{"name", who}}),
                     buttons_, game_.device(), strings());
    }

    void handle(const InputEvent& event) override {
        if (event.type == InputEvent::Type::command && event.command == Command::back) {
            go_back();
            return;
        }
        const OptionEvent result = buttons_.handle(event);
        if (result.type != OptionEvent::Type::activated) return;
        const std::optional<HandoffChoice> choice = button_named<HandoffChoice>(result.id);
        if (choice == HandoffChoice::ready) game_.screens().replace(make_limits_screen(game_, player_));
        if (choice == HandoffChoice::back) go_back();
        if (choice == HandoffChoice::phones) open_join_panel();
    }

    // This player joined from a phone (the join panel just closed, say): their limits are
    // asked there, and the flow goes on to the next partner or the wait for the phones.
    FrameRequest update(std::int64_t now) override {
        (void)now;
        if (moved_on_ || game_.night().limits_given(player_)) return FrameRequest::idle();
        const std::vector<bool> on_phone = players_on_phones(game_);
        if (player_ >= on_phone.size() || !on_phone[player_]) return FrameRequest::idle();
        moved_on_ = true;
        after_limits(game_, player_);
        return FrameRequest::animating();  // the next frame shows where the flow went
    }

    void draw(Painter& painter) const override {
        draw_backdrop(painter);
        page_.draw(painter, Icon::hands);
        buttons_.draw(painter, game_.device(), strings());
        draw_hints(painter, {{Command::left, text("hints.move")},
                             {Command::confirm, text("hints.choose")},
                             {Command::back, text("hints.back")}});
    }

private:
    [[nodiscard]] const std::string& player_name() const { return game_.night().player_name(player_); }

    void open_join_panel() {
        if (game_.phone_server() == nullptr) {
            // A server that cannot start says why in the log; the hand-over simply stays.
            if (!game_.set_phones(true).empty()) return;
            phones_switched_on_here_ = true;
        }
        game_.screens().push(make_phones_screen(game_));
    }

    // Going back starts the limits over from the names: nobody sees an earlier player's limits.
    // A server switched on here is for these limits only.
    void go_back() {
        if (phones_switched_on_here_) game_.set_phones(false);
        if (game_.night().resuming()) {
            game_.screens().reset(make_title_screen(game_));
            return;
        }
        game_.screens().pop();
    }

    std::size_t player_;
    ButtonRow buttons_;
    MessagePage page_;
    bool first_layout_ = true;
    bool moved_on_ = false;
    bool phones_switched_on_here_ = false;
};

}  // namespace

std::unique_ptr<Screen> make_handoff_screen(ScreenContext& game, std::size_t player) {
    return std::make_unique<HandoffScreen>(game, player);
}

}  // namespace kindling::screens
