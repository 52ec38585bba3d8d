// The closeness check: one player at a time places two circles, from apart to almost one, on a
// continuous slider (after the Inclusion of Other in the Self scale, Aron, Aron & Smollan 1992;
// the drawing is our own). A cover page first asks for the hand-over, so nobody sees the other's
// answer; nothing is shared unless the player says so. A partner with a phone (issue 15) answers
// there instead, through the same NightFlow::check_closeness, while phone_between_screen waits.
#include "screens/game_screen.hpp"
#include "screens/message_page.hpp"
#include "screens/screens.hpp"
#include "ui/widgets/button_row.hpp"

#include <algorithm>
#include <cmath>

namespace kindling::screens {

using namespace ui;

namespace {

enum class CheckChoice { ready, skip, share, done };
constexpr std::string_view button_name(CheckChoice choice) {
    switch (choice) {
        case CheckChoice::ready: return "ready";
        case CheckChoice::skip: return "skip";
        case CheckChoice::share: return "share";
        case CheckChoice::done: return "done";
    }
    return {};
}

constexpr int start_value = 50;
constexpr int step = 5;

class ClosenessScreen final : public GameScreen {
public:
    ClosenessScreen(ScreenContext& game, CheckMoment moment, std::size_t player, bool covered)
        : GameScreen(game), moment_(moment), player_(player), covered_(covered) {}

    [[nodiscard]] std::string_view name() const override { return "closeness-check"; }
    [[nodiscard]] std::string focused_id() const override {
        return covered_ || !slider_focused_ ? buttons_.focused_id() : "slider";
    }
    // The slider is named but its position never said: the answer is private, and whoever sits
    // beside the player would hear it.
    [[nodiscard]] std::string focused_words() const override {
        return covered_ || !slider_focused_ ? buttons_.focused_words() : text("closeness.hint_slide");
    }
    [[nodiscard]] std::string title_words() const override {
        return covered_ ? strings().format("closeness.handoff_title", {{"name", me()}}) : heading();
    }

    void layout(Painter& painter) override {
        const RectF area = painter.canvas().content();
        const RectF usable{area.x, area.y, area.w, area.h - hints_height(painter) - 20};
        if (covered_) {
            buttons_.set_items({{button_id(CheckChoice::skip), text("closeness.skip"), Icon::skip, false, std::nullopt},
                                {button_id(CheckChoice::ready), strings().format("closeness.ready", {{"name", me()}}),
                                 Icon::check, true, std::nullopt}});
            if (first_layout_) buttons_.focus(button_id(CheckChoice::ready));
            first_layout_ = false;
            page_.layout(painter, usable, strings().format("closeness.handoff_title", {{"name", me()}}),
                         text(moment_ == CheckMoment::start ? "closeness.handoff_body_start" : "closeness.handoff_body_end"),
                         buttons_, game_.device(), strings());
            return;
        }
        const std::string share_on = strings().format("closeness.share_on", {{"other", other()}});
        const std::string share_off = strings().format("closeness.share_off", {{"other", other()}});
        ButtonItem share{button_id(CheckChoice::share), shared_ ? share_on : share_off,
                         shared_ ? Icon::check : Icon::person, false, std::nullopt, {share_on, share_off}};
        buttons_.set_items({{button_id(CheckChoice::skip), text("closeness.skip"), Icon::skip, false, std::nullopt},
                            std::move(share),
                            {button_id(CheckChoice::done), text("closeness.done"), Icon::check, true, std::nullopt}});
        buttons_.set_active(!slider_focused_);
        const RectF column = centred_column(usable, 1500);
        top_ = draw_heading_height(painter, column);
        const float footer = std::max(92.0f, buttons_.height());
        buttons_.layout(painter, {column.x, usable.bottom() - footer, column.w, footer}, HAlign::centre, game_.device(),
                        strings());
        const float free_top = top_ + 10;
        const float free_bottom = usable.bottom() - buttons_.height() - 40;
        const float track_h = 28;
        const float label_h = painter.measure("Ag", type::label).h;
        track_ = {column.x + column.w * 0.12f, free_bottom - label_h - 30 - track_h, column.w * 0.76f, track_h};
        // Room under the circles for the names.
        const float name_h = painter.measure("Ag", type::label_bold).h + 12;
        const float picture_h = std::max(40.0f, track_.y - 40 - free_top - name_h);
        radius_ = std::min(picture_h * 0.48f, column.w * 0.16f);
        picture_ = {column.x, free_top, column.w, picture_h};
    }

    void handle(const InputEvent& event) override {
        if (event.type == InputEvent::Type::command && event.command == Command::back) {
            answer(std::nullopt);
            return;
        }
        if (!covered_) {
            if (event.type == InputEvent::Type::pointer_press && grab_area().contains(event.pointer)) {
                dragging_ = true;
                slider_focused_ = true;
                set_from_pointer(event.pointer);
                return;
            }
            if (event.type == InputEvent::Type::pointer_move && dragging_) {
                set_from_pointer(event.pointer);
                return;
            }
            if (event.type == InputEvent::Type::pointer_click && dragging_) {
                dragging_ = false;
                set_from_pointer(event.pointer);
                return;
            }
            if (slider_focused_ && event.type == InputEvent::Type::command) {
                switch (event.command) {
                    case Command::left: value_ = std::max(closeness_min, value_ - step); return;
                    case Command::right: value_ = std::min(closeness_max, value_ + step); return;
                    case Command::down:
                    case Command::next_field:
                        slider_focused_ = false;
                        buttons_.focus(button_id(CheckChoice::done));
                        return;
                    case Command::confirm: answer(ClosenessAnswer{value_, shared_}); return;
                    default: break;
                }
            } else if (event.type == InputEvent::Type::command &&
                       (event.command == Command::up || event.command == Command::previous_field)) {
                slider_focused_ = true;
                return;
            }
        }
        const OptionEvent result = buttons_.handle(event);
        if (result.type == OptionEvent::Type::focus_moved && !covered_) slider_focused_ = false;
        if (result.type != OptionEvent::Type::activated) return;
        switch (button_named<CheckChoice>(result.id).value_or(CheckChoice::skip)) {
            case CheckChoice::ready: covered_ = false; break;
            case CheckChoice::skip: answer(std::nullopt); break;
            case CheckChoice::share: shared_ = !shared_; break;
            case CheckChoice::done: answer(ClosenessAnswer{value_, shared_}); break;
        }
    }

    void draw(Painter& painter) const override {
        draw_backdrop(painter);
        if (covered_) {
            page_.draw(painter, Icon::hands);
            buttons_.draw(painter, game_.device(), strings());
            draw_hints(painter, {{Command::left, text("hints.move")},
                                 {Command::confirm, text("hints.choose")},
                                 {Command::back, text("closeness.skip")}});
            return;
        }
        const Palette& palette = painter.palette();
        const RectF area = painter.canvas().content();
        draw_heading(painter, centred_column(area, 1500), heading(), line());
        draw_circles(painter, palette);
        draw_slider(painter, palette);
        buttons_.draw(painter, game_.device(), strings());
        draw_hints(painter, {{Command::left, text("closeness.hint_slide")},
                             {Command::confirm, text("closeness.done")},
                             {Command::back, text("closeness.skip")}});
    }

private:
    [[nodiscard]] std::string me() const { return game_.night().player_name(player_); }
    [[nodiscard]] std::string other() const {
        const std::size_t count = game_.night().player_count();
        return count > 1 ? game_.night().player_name((player_ + 1) % count) : std::string();
    }
    [[nodiscard]] std::string heading() const {
        return strings().format(moment_ == CheckMoment::start ? "closeness.question_start" : "closeness.question_end",
                                {{"name", me()}, {"other", other()}});
    }
    float draw_heading_height(Painter& painter, const RectF& column) {
        // With large text the line under the question gives its room to the circles.
        show_line_ = !subtitle_goes_in_list(painter, column, heading(), text("closeness.private_line"));
        return column.y + heading_height(painter, column, heading(), line());
    }
    [[nodiscard]] std::string line() const { return show_line_ ? text("closeness.private_line") : std::string(); }

    // The knob and a margin around the track: easy to grab.
    [[nodiscard]] RectF grab_area() const { return track_.inset(-radius_ * 0.2f - 20, -40); }

    void set_from_pointer(PointF at) {
        const float fraction = std::clamp((at.x - track_.x) / std::max(1.0f, track_.w), 0.0f, 1.0f);
        value_ = static_cast<int>(std::lround(fraction * closeness_max));
    }

    // Two circles whose centres come together as the value grows: side by side at 0, almost one at 100.
    void draw_circles(Painter& painter, const Palette& palette) const {
        const float fraction = static_cast<float>(value_) / closeness_max;
        const float apart = radius_ * 2.3f;
        const float together = radius_ * 0.18f;
        const float distance = apart + (together - apart) * fraction;
        const PointF centre = picture_.centre();
        const PointF left{centre.x - distance / 2, centre.y};
        const PointF right{centre.x + distance / 2, centre.y};
        Colour mine = palette.accent;
        mine.a = 120;
        Colour theirs = palette.card_back_mark;
        theirs.a = 120;
        painter.circle(left, radius_, mine);
        painter.circle(right, radius_, theirs);
        painter.ring_outline(left, radius_, 5, palette.accent);
        painter.ring_outline(right, radius_, 5, palette.text_muted);
        // The names under the circles, each on its far side, so they never meet however close
        // the circles come.
        const float below = centre.y + radius_ + 12;
        painter.text(text("closeness.me"), type::label_bold, {left.x, below}, palette.text, {HAlign::right, VAlign::top});
        painter.text(other(), type::label_bold, {right.x, below}, palette.text, {HAlign::left, VAlign::top});
    }

    void draw_slider(Painter& painter, const Palette& palette) const {
        painter.rounded_rect(track_, track_.h / 2, palette.panel);
        const float fraction = static_cast<float>(value_) / closeness_max;
        painter.rounded_rect({track_.x, track_.y, std::max(track_.h, track_.w * fraction), track_.h}, track_.h / 2,
                             palette.accent);
        const PointF knob{track_.x + track_.w * fraction, track_.y + track_.h / 2};
        painter.circle(knob, track_.h * 1.1f, palette.card);
        if (slider_focused_) painter.ring_outline(knob, track_.h * 1.1f + 8, 5, palette.focus_ring);
        painter.text(text("closeness.apart"), type::label, {track_.x, track_.bottom() + 24}, palette.text_muted,
                     {HAlign::left, VAlign::top});
        painter.text(text("closeness.together"), type::label, {track_.right(), track_.bottom() + 24}, palette.text_muted,
                     {HAlign::right, VAlign::top});
    }

    void answer(std::optional<ClosenessAnswer> given) {
        game_.night().check_closeness(moment_, player_, given);
        if (moment_ == CheckMoment::start) continue_into_night(game_);
        else continue_to_summary(game_);
    }

    CheckMoment moment_;
    std::size_t player_;
    bool covered_;
    int value_ = start_value;
    bool shared_ = false;
    bool slider_focused_ = true;
    bool dragging_ = false;
    bool first_layout_ = true;
    bool show_line_ = true;
    ButtonRow buttons_;
    MessagePage page_;
    float top_ = 0;
    RectF picture_;
    RectF track_;
    float radius_ = 100;
};

}  // namespace

std::unique_ptr<Screen> make_closeness_screen(ScreenContext& game, CheckMoment moment, std::size_t player, bool covered) {
    return std::make_unique<ClosenessScreen>(game, moment, player, covered);
}

}  // namespace kindling::screens
