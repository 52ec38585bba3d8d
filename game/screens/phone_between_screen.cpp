// "Waiting for Ana and Ben to answer on their phones" (issue 18 with issue 15's phones): while
// partners take the closeness check, or write their note for next time, on their own phones, the
// shared screen shows who is done and nothing else: never a value, a share choice or a word of a
// note. A partner without a phone is asked on the shared screen first (flow.cpp), and a phone
// that leaves its seat (the host removed it) sends its partner back to the hand-over.
#include "screens/game_screen.hpp"
#include "screens/party_card.hpp"
#include "screens/message_page.hpp"
#include "screens/screens.hpp"

namespace kindling::screens {

using namespace ui;

namespace {

enum class PhoneBetweenChoice { panel };
constexpr std::string_view button_name(PhoneBetweenChoice choice) {
    switch (choice) {
        case PhoneBetweenChoice::panel: return "panel";
    }
    return {};
}

// What the night asks now: the check at one of its moments, or the note.
struct BetweenStep {
    std::optional<CheckMoment> check;  // none: the note
};

std::optional<BetweenStep> step_asked(const NightFlow& night) {
    if (night.next_check(CheckMoment::start)) return BetweenStep{CheckMoment::start};
    if (night.next_check(CheckMoment::end)) return BetweenStep{CheckMoment::end};
    if (night.next_note_writer()) return BetweenStep{std::nullopt};
    return std::nullopt;
}

bool answered(const NightFlow& night, const BetweenStep& step, std::size_t player) {
    return step.check ? night.checked(*step.check, player) : night.note_written(player);
}

class PhoneBetweenScreen final : public GameScreen {
public:
    explicit PhoneBetweenScreen(ScreenContext& game) : GameScreen(game) {}

    [[nodiscard]] std::string_view name() const override { return "phone-between"; }
    [[nodiscard]] std::string focused_id() const override { return buttons_.focused_id(); }
    [[nodiscard]] std::string focused_words() const override { return buttons_.focused_words(); }

    // A phone's answer moves the flow on at once (app/game.cpp); this catches the rest: a
    // partner whose phone left its seat (the host removed it) is asked on the TV instead.
    FrameRequest update(std::int64_t now) override {
        (void)now;
        if (!moved_on_ && !only_phones_left()) {
            moved_on_ = true;
            // The start's check comes before the cards, the end's check and the note after them.
            if (game_.night().stage() == NightStage::cards) continue_into_night(game_);
            else continue_to_summary(game_);
            return FrameRequest::animating();  // the next frame shows where the flow went
        }
        return FrameRequest::idle();
    }

    void layout(Painter& painter) override {
        buttons_.set_items({{button_id(PhoneBetweenChoice::panel), text("phones.title"), Icon::gamepad, false,
                             std::nullopt}});
        const RectF area = painter.canvas().content();
        page_.layout(painter, {area.x, area.y, area.w, area.h - hints_height(painter) - 20}, title(), body(), buttons_,
                     game_.device(), strings());
    }

    // Nothing to go back to: each partner skips on their own phone, and the host may remove a
    // phone on the join panel to ask its partner here instead.
    void handle(const InputEvent& event) override {
        const OptionEvent result = buttons_.handle(event);
        if (result.type != OptionEvent::Type::activated) return;
        if (button_named<PhoneBetweenChoice>(result.id) == PhoneBetweenChoice::panel) {
            game_.screens().push(make_phones_screen(game_));
        }
    }

    void draw(Painter& painter) const override {
        draw_backdrop(painter);
        page_.draw(painter, step_asked(game_.night()).value_or(BetweenStep{}).check ? Icon::hands : Icon::speech);
        buttons_.draw(painter, game_.device(), strings());
        draw_hints(painter, {{Command::confirm, text("hints.choose")}});
    }

private:
    // Someone still has to answer, and everyone who has not is on a phone.
    [[nodiscard]] bool only_phones_left() {
        const std::optional<BetweenStep> step = step_asked(game_.night());
        if (!step) return false;
        const std::vector<bool> on_phone = players_on_phones(game_);
        for (std::size_t player = 0; player < game_.night().player_count(); ++player) {
            if (!answered(game_.night(), *step, player) && !on_phone[player]) return false;
        }
        return true;
    }

    [[nodiscard]] std::string title() const {
        const std::optional<BetweenStep> step = step_asked(game_.night());
        if (!step || !step->check) return text("note.phones_title");
        return text(*step->check == CheckMoment::start ? "closeness.phones_title_start" : "closeness.phones_title_end");
    }

    // Who is still answering and who is done: never what anyone chose or wrote.
    [[nodiscard]] std::string body() const {
        const NightFlow& night = game_.night();
        const std::optional<BetweenStep> step = step_asked(night);
        if (!step) return {};
        const std::string section = step->check ? "closeness." : "note.";
        std::vector<std::string> waiting;
        std::string lines;
        for (std::size_t player = 0; player < night.player_count(); ++player) {
            const bool done = answered(night, *step, player);
            if (!done) waiting.push_back(night.player_name(player));
            const std::string key = done ? "closeness.phone_done" : step->check ? "closeness.phone_answering" : "note.phone_writing";
            lines += "\n" + strings().format(key, {{"name", night.player_name(player)}});
        }
        const std::string names = name_list(waiting, strings());
        return strings().count(section + "phones_waiting", static_cast<long long>(waiting.size()), {{"names", names}}) +
               "\n" + lines + "\n\n" + text(section + "phones_private");
    }

    ButtonRow buttons_;
    MessagePage page_;
    bool moved_on_ = false;
};

}  // namespace

std::unique_ptr<Screen> make_phone_between_screen(ScreenContext& game) {
    return std::make_unique<PhoneBetweenScreen>(game);
}

}  // namespace kindling::screens
