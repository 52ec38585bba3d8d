// "Waiting for Ana and Ben to set their limits on their phones" (issue 15): while partners give
// their private limits on their own phones, the shared screen shows who is done and nothing
// else; no hand-over is needed. A partner without a phone is asked on the shared screen first
// (flow.cpp), and a phone that leaves its seat (the host removed it) sends its partner back to
// the hand-over.
#include "screens/game_screen.hpp"
#include "screens/party_card.hpp"
#include "screens/message_page.hpp"
#include "screens/screens.hpp"

#include "phones/phone_server.hpp"

namespace kindling::screens {

using namespace ui;

namespace {

enum class PhoneLimitsChoice { back, panel };
constexpr std::string_view button_name(PhoneLimitsChoice choice) {
    switch (choice) {
        case PhoneLimitsChoice::back: return "back";
        case PhoneLimitsChoice::panel: return "panel";
    }
    return {};
}

class PhoneLimitsScreen final : public GameScreen {
public:
    explicit PhoneLimitsScreen(ScreenContext& game) : GameScreen(game) {}

    [[nodiscard]] std::string_view name() const override { return "phone-limits"; }
    [[nodiscard]] std::string focused_id() const override { return buttons_.focused_id(); }
    [[nodiscard]] std::string focused_words() const override { return buttons_.focused_words(); }

    // A phone's limits move the flow on at once (app/game.cpp); this catches the rest: a
    // partner whose phone left its seat (the host removed it) is asked on the TV instead.
    FrameRequest update(std::int64_t now) override {
        (void)now;
        if (!moved_on_ && !only_phones_left()) {
            moved_on_ = true;
            after_limits(game_, 0);
            return FrameRequest::animating();  // the next frame shows where the flow went
        }
        return FrameRequest::idle();
    }

    void layout(Painter& painter) override {
        buttons_.set_items({{button_id(PhoneLimitsChoice::back), text("common.back"), Icon::back, false, std::nullopt},
                            {button_id(PhoneLimitsChoice::panel), text("phones.title"), Icon::gamepad, false,
                             std::nullopt}});
        // Not Back: an Enter pressed by habit must not throw away the limits given so far.
        if (first_layout_) buttons_.focus(button_id(PhoneLimitsChoice::panel));
        first_layout_ = false;
        const RectF area = painter.canvas().content();
        page_.layout(painter, {area.x, area.y, area.w, area.h - hints_height(painter) - 20}, text("consent.phones_title"),
                     body(), buttons_, game_.device(), strings());
    }

    void handle(const InputEvent& event) override {
        if (event.type == InputEvent::Type::command && event.command == Command::back) {
            go_back();
            return;
        }
        const OptionEvent result = buttons_.handle(event);
        if (result.type != OptionEvent::Type::activated) return;
        const std::optional<PhoneLimitsChoice> choice = button_named<PhoneLimitsChoice>(result.id);
        if (choice == PhoneLimitsChoice::back) go_back();
        if (choice == PhoneLimitsChoice::panel) game_.screens().push(make_phones_screen(game_));
    }

    void draw(Painter& painter) const override {
        draw_backdrop(painter);
        page_.draw(painter, Icon::lock);
        buttons_.draw(painter, game_.device(), strings());
        draw_hints(painter, {{Command::left, text("hints.move")},
                             {Command::confirm, text("hints.choose")},
                             {Command::back, text("hints.back")}});
    }

private:
    // Someone still has to give their limits, and everyone who has not is on a phone.
    [[nodiscard]] bool only_phones_left() {
        const std::vector<bool> on_phone = players_on_phones(game_);
        bool anyone_left = false;
        for (std::size_t player = 0; player < game_.night().player_count(); ++player) {
            if (game_.night().limits_given(player)) continue;
            if (!on_phone[player]) return false;
            anyone_left = true;
        }
        return anyone_left;
    }

    // Who is still choosing and who is done: never what anyone chose.
    [[nodiscard]] std::string body() const {
        const NightFlow& night = game_.night();
        std::vector<std::string> waiting;
        std::string lines;
        for (std::size_t player = 0; player < night.player_count(); ++player) {
            const bool done = night.limits_given(player);
            if (!done) waiting.push_back(night.player_name(player));
            lines += "\n" + strings().format(done ? "consent.phone_done" : "consent.phone_choosing",
                                             {{"name", night.player_name(player)}});
        }
        const std::string names = name_list(waiting, strings());
        return strings().count("consent.phones_waiting", static_cast<long long>(waiting.size()), {{"names", names}}) + "\n" +
               lines + "\n\n" + text("consent.phones_private");
    }

    // Like the hand-over: going back starts the limits over from the names.
    void go_back() {
        if (game_.night().resuming()) {
            game_.screens().reset(make_title_screen(game_));
            return;
        }
        game_.screens().pop();
    }

    ButtonRow buttons_;
    MessagePage page_;
    bool moved_on_ = false;
    bool first_layout_ = true;
};

}  // namespace

std::unique_ptr<Screen> make_phone_limits_screen(ScreenContext& game) { return std::make_unique<PhoneLimitsScreen>(game); }

std::vector<bool> players_on_phones(ScreenContext& game) {
    std::vector<bool> on_phone(game.night().player_count(), false);
    const phones::PhoneServer* server = game.phone_server();
    if (server == nullptr) return on_phone;
    for (const phones::DeviceSummary& device : server->devices()) {
        if (device.seat && *device.seat >= 0 && static_cast<std::size_t>(*device.seat) < on_phone.size()) {
            on_phone[static_cast<std::size_t>(*device.seat)] = true;
        }
    }
    return on_phone;
}

}  // namespace kindling::screens
