// The night's menu: the night pauses while it is open (its clock and any timer stop).
#include "screens/game_screen.hpp"
#include "screens/screens.hpp"
#include "ui/widgets/option_list.hpp"

namespace kindling::screens {

using namespace ui;

namespace {

enum class PauseChoice { resume, settings, help, end };
constexpr std::string_view button_name(PauseChoice choice) {
    switch (choice) {
        case PauseChoice::resume: return "resume";
        case PauseChoice::settings: return "settings";
        case PauseChoice::help: return "help";
        case PauseChoice::end: return "end";
    }
    return {};
}

// Asked before a night ends: go back, keep the night for later, or end it now.
enum class EndChoice { cancel, keep, end };
constexpr std::string_view button_name(EndChoice choice) {
    switch (choice) {
        case EndChoice::cancel: return "cancel";
        case EndChoice::keep: return "keep";
        case EndChoice::end: return "end";
    }
    return {};
}

class PauseScreen final : public GameScreen {
public:
    explicit PauseScreen(ScreenContext& game) : GameScreen(game) {
        if (Session* session = game.night().session()) session->apply(Action::pause());
    }

    [[nodiscard]] std::string_view name() const override { return "pause"; }
    [[nodiscard]] bool is_overlay() const override { return true; }
    [[nodiscard]] std::string focused_id() const override { return menu_.focused_id(); }
    [[nodiscard]] std::string focused_words() const override { return menu_.focused_words(); }
    [[nodiscard]] std::string title_words() const override { return text("pause.title"); }

    void layout(Painter& painter) override {
        std::vector<OptionItem> items;
        items.push_back({button_id(PauseChoice::resume), OptionItem::Kind::action, text("pause.resume"), {}, {}, false, Icon::play});
        items.back().primary = true;
        items.push_back({button_id(PauseChoice::settings), OptionItem::Kind::action, text("pause.settings"), {}, {}, false, Icon::gear});
        items.push_back({button_id(PauseChoice::help), OptionItem::Kind::action, text("pause.help"), {}, {}, false, Icon::help});
        items.push_back({button_id(PauseChoice::end), OptionItem::Kind::action, text("pause.end"), {}, {}, false, Icon::door});
        menu_.set_items(std::move(items));
        const RectF area = painter.canvas().content();
        const float w = std::min(area.w, 1000.0f);
        const float inner = w - 2 * 56;
        const float title_h = painter.measure(text("pause.title"), type::heading.wrapped(inner)).h;
        const float body_h = painter.measure(text("pause.body"), type::body.wrapped(inner)).h;
        menu_.layout(painter, {0, 0, inner, 10000});
        const float available = area.h - hints_height(painter) - 40;
        const float h = std::min(available, 56 + title_h + 14 + body_h + 36 + menu_.content_height() + 56);
        box_ = {area.x + (area.w - w) / 2, area.y + (available - h) / 2, w, h};
        const float list_top = box_.y + 56 + title_h + 14 + body_h + 36;
        menu_.layout(painter, {box_.x + 56, list_top, inner, box_.bottom() - 56 - list_top});
    }

    void handle(const InputEvent& event) override {
        if (event.type == InputEvent::Type::command &&
            (event.command == Command::back || event.command == Command::menu)) {
            close();
            return;
        }
        const OptionEvent result = menu_.handle(event);
        if (result.type != OptionEvent::Type::activated) return;
        const std::optional<PauseChoice> choice = button_named<PauseChoice>(result.id);
        if (!choice) return;
        switch (*choice) {
            case PauseChoice::resume: close(); break;
            case PauseChoice::settings: game_.screens().push(make_settings_screen(game_)); break;
            case PauseChoice::help: game_.screens().push(make_help_screen(game_)); break;
            case PauseChoice::end: confirm_end(); break;
        }
    }

    void draw(Painter& painter) const override {
        const Palette& palette = painter.palette();
        painter.fill_rect(painter.canvas().full_output(), palette.scrim);
        painter.shadow(box_.translated(0, 14), 30, 40, palette.shadow);
        painter.rounded_rect(box_, 30, palette.background);
        const float inner = box_.w - 2 * 56;
        const RectF title = painter.text(text("pause.title"), type::heading.wrapped(inner), {box_.x + 56, box_.y + 56},
                                         palette.text);
        painter.text(text("pause.body"), type::body.wrapped(inner), {box_.x + 56, title.bottom() + 14}, palette.text_muted);
        menu_.draw(painter);
        draw_hints(painter, {{Command::up, text("hints.move")},
                             {Command::confirm, text("hints.choose")},
                             {Command::back, text("pause.resume_short")}});
    }

private:
    // Ending is final, so it is asked for; a couple's night can instead be kept for later and
    // continued from the title screen (a party is not saved, so it can only end).
    void confirm_end() {
        ScreenContext& game = game_;
        // Back (and the first button) goes back to the card; the focus rests on the choice that
        // loses nothing, so two presses of confirm never end a night by accident.
        const bool can_keep = game_.night().can_keep_for_later();
        std::vector<DialogButton<EndChoice>> choices{{EndChoice::cancel, text("pause.end_cancel"), !can_keep}};
        if (can_keep) choices.push_back({EndChoice::keep, text("pause.keep"), true});
        choices.push_back({EndChoice::end, text("pause.end_now"), false});
        game_.screens().push(make_dialog_screen(
            game_, text("pause.end_title"), can_keep ? text("pause.end_body") : std::string{}, std::move(choices),
            [&game](EndChoice choice) {
                game.screens().pop();
                switch (choice) {
                    case EndChoice::cancel: break;
                    case EndChoice::end: end_night(game); break;
                    case EndChoice::keep:
                        game.night().keep_for_later();
                        game.screens().reset(make_title_screen(game));
                        break;
                }
            }));
    }

    void close() {
        if (Session* session = game_.night().session()) session->apply(Action::resume());
        game_.screens().pop();
    }

    OptionList menu_;
    RectF box_;
};

}  // namespace

std::unique_ptr<Screen> make_pause_screen(ScreenContext& game) { return std::make_unique<PauseScreen>(game); }

}  // namespace kindling::screens
