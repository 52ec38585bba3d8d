// A small box over the screen below with a message and a row of buttons. Back picks the first
// button, which is always the safe choice ("Stay", "OK").
#include "screens/game_screen.hpp"
#include "screens/screens.hpp"
#include "ui/widgets/button_row.hpp"

namespace kindling::screens {

using namespace ui;

namespace {

class DialogScreen final : public GameScreen {
public:
    DialogScreen(ScreenContext& game, std::string title, std::string message, std::vector<dialog_detail::Entry> buttons,
                 std::function<void(std::string_view)> on_choice)
        : GameScreen(game), title_(std::move(title)), message_(std::move(message)), on_choice_(std::move(on_choice)) {
        std::vector<ButtonItem> items;
        std::string primary;
        for (const dialog_detail::Entry& button : buttons) {
            items.push_back({button.id, button.label, std::nullopt, button.primary, std::nullopt});
            if (button.primary) primary = button.id;
        }
        first_ = items.empty() ? std::string{} : items.front().id;
        buttons_.set_items(std::move(items));
        if (!primary.empty()) buttons_.focus(primary);
    }

    [[nodiscard]] std::string_view name() const override { return "dialog"; }
    [[nodiscard]] bool is_overlay() const override { return true; }
    [[nodiscard]] std::string focused_id() const override { return buttons_.focused_id(); }
    [[nodiscard]] std::string focused_words() const override { return buttons_.focused_words(); }
    [[nodiscard]] std::string title_words() const override { return title_; }

    void layout(Painter& painter) override {
        const RectF area = painter.canvas().content();
        const float w = std::min(1100.0f, area.w);
        const float inner = w - 2 * 56;
        const float title_h = painter.measure(title_, type::subheading.wrapped(inner)).h;
        const float message_h = message_.empty() ? 0 : painter.measure(message_, type::body.wrapped(inner)).h + 20;
        buttons_.layout(painter, {0, 0, inner, 100}, HAlign::right, game_.device(), strings());
        const float h = std::min(area.h, 56 + title_h + 20 + message_h + 24 + buttons_.height() + 56);
        box_ = area.centred({w, h});
        buttons_.layout(painter, {box_.x + 56, box_.bottom() - 56 - buttons_.height(), inner, buttons_.height()},
                        HAlign::right, game_.device(), strings());
    }

    void handle(const InputEvent& event) override {
        if (event.type == InputEvent::Type::command && event.command == Command::back) {
            on_choice_(first_);
            return;
        }
        const OptionEvent result = buttons_.handle(event);
        if (result.type == OptionEvent::Type::activated) on_choice_(result.id);
    }

    void draw(Painter& painter) const override {
        const Palette& palette = painter.palette();
        painter.fill_rect(painter.canvas().full_output(), palette.scrim);
        painter.shadow(box_.translated(0, 14), 30, 40, palette.shadow);
        painter.rounded_rect(box_, 30, palette.background);
        const float inner = box_.w - 2 * 56;
        const RectF title = painter.text(title_, type::subheading.wrapped(inner), {box_.x + 56, box_.y + 56}, palette.text);
        if (!message_.empty()) {
            painter.push_clip({box_.x, title.bottom(), box_.w, buttons_.button_rect(first_).y - title.bottom() - 8});
            painter.text(message_, type::body.wrapped(inner), {box_.x + 56, title.bottom() + 20}, palette.text_muted);
            painter.pop_clip();
        }
        buttons_.draw(painter, game_.device(), strings());
        draw_hints(painter, {{Command::left, text("hints.move")},
                             {Command::confirm, text("hints.choose")},
                             {Command::back, text("hints.back")}});
    }

private:
    std::string title_;
    std::string message_;
    std::function<void(std::string_view)> on_choice_;
    ButtonRow buttons_;
    std::string first_;
    RectF box_;
};

}  // namespace

std::unique_ptr<Screen> dialog_detail::make_dialog_screen(ScreenContext& game, std::string title, std::string message,
                                                          std::vector<dialog_detail::Entry> buttons,
                                                          std::function<void(std::string_view id)> on_choice) {
    return std::make_unique<DialogScreen>(game, std::move(title), std::move(message), std::move(buttons),
                                          std::move(on_choice));
}

}  // namespace kindling::screens
