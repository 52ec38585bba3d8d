// How to play in a few lines, and every control for keyboard, gamepad and mouse side by side.
#include "screens/game_screen.hpp"
#include "screens/screens.hpp"
#include "ui/widgets/control_glyphs.hpp"

#include <algorithm>
#include <array>

namespace kindling::screens {

using namespace ui;

namespace {

struct ControlRow {
    Command command;
    std::string_view label_key;
    std::string_view mouse_key;
};

constexpr std::array<ControlRow, 9> rows{{
    {Command::up, "help.controls.move", "help.mouse.point"},
    {Command::confirm, "help.controls.choose", "help.mouse.click"},
    {Command::back, "help.controls.back", "help.mouse.right_click"},
    {Command::swap, "help.controls.swap", "help.mouse.button"},
    {Command::favourite, "help.controls.favourite", "help.mouse.button"},
    {Command::timer, "help.controls.timer", "help.mouse.button"},
    {Command::menu, "help.controls.menu", "help.mouse.right_click"},
    {Command::help, "help.controls.help", "help.mouse.none"},
    {Command::fullscreen, "help.controls.fullscreen", "help.mouse.none"},
}};

constexpr std::array<std::string_view, 4> how_to_play{"help.how.1", "help.how.2", "help.how.3", "help.how.4"};

class HelpScreen final : public GameScreen {
public:
    explicit HelpScreen(ScreenContext& game) : GameScreen(game) {}

    [[nodiscard]] std::string_view name() const override { return "help"; }

    void layout(Painter& painter) override {
        const RectF area = painter.canvas().content();
        const float top = area.y + heading_height(painter, area, text("help.title"));
        view_ = {area.x, top, std::min(area.w, 1600.0f), area.bottom() - hints_height(painter) - 24 - top};
        content_h_ = draw_content(painter, 0, false);
        scroll_ = std::clamp(scroll_, 0.0f, std::max(0.0f, content_h_ - view_.h));
    }

    void handle(const InputEvent& event) override {
        if (event.type == InputEvent::Type::command) {
            switch (event.command) {
                case Command::back:
                case Command::confirm:
                case Command::help: game_.screens().pop(); return;
                case Command::up: scroll_by(-90); return;
                case Command::down: scroll_by(90); return;
                case Command::page_up: scroll_by(-view_.h * 0.8f); return;
                case Command::page_down: scroll_by(view_.h * 0.8f); return;
                default: return;
            }
        }
        if (event.type == InputEvent::Type::scroll) scroll_by(-event.scroll * 90);
    }

    void draw(Painter& painter) const override {
        draw_backdrop(painter);
        draw_heading(painter, painter.canvas().content(), text("help.title"));
        painter.push_clip(view_.inset(-8, 0));
        draw_content(painter, scroll_, true);
        painter.pop_clip();
        std::vector<Hint> hints;
        if (content_h_ > view_.h) hints.push_back({Command::up, text("hints.scroll")});
        hints.push_back({Command::back, text("hints.back")});
        draw_hints(painter, hints);
    }

private:
    void scroll_by(float amount) { scroll_ = std::clamp(scroll_ + amount, 0.0f, std::max(0.0f, content_h_ - view_.h)); }

    // Lays the page out from the top; draws it too when `draw` is set. Returns its height. On a
    // wide canvas how to play and the controls stand side by side, else one above the other.
    float draw_content(Painter& painter, float scroll, bool draw) const {
        const Palette& palette = painter.palette();
        const bool side_by_side = view_.w >= 1500 && painter.canvas().text_scale() < 1.45f;
        const float gap = 80;
        const float left_w = side_by_side ? view_.w * 0.36f : view_.w;
        const auto put = [&](std::string_view words, const TextSpec& spec, float at_x, float at_y, Colour colour) {
            if (draw) return painter.text(words, spec, {at_x, at_y}, colour);
            const SizeF size = painter.measure(words, spec);
            return RectF{at_x, at_y, size.w, size.h};
        };
        float y = view_.y - scroll;
        y = put(text("help.how_title"), type::subheading, view_.x, y, palette.text).bottom() + 18;
        for (const std::string_view key : how_to_play) {
            if (draw) painter.circle({view_.x + 10, y + 24}, 7, palette.accent);
            y = put(text(key), type::label.wrapped(left_w - 40), view_.x + 40, y, palette.text_muted).bottom() + 16;
        }
        const float left_bottom = y;
        const float x = side_by_side ? view_.x + left_w + gap : view_.x;
        const float w = side_by_side ? view_.w - left_w - gap : view_.w;
        y = side_by_side ? view_.y - scroll : y + 40;
        y = put(text("help.controls_title"), type::subheading, x, y, palette.text).bottom() + 18;
        const std::array<float, 4> columns{x, x + w * 0.42f, x + w * 0.62f, x + w * 0.78f};
        const std::array<std::string, 4> headers{text("help.column.action"), text("help.column.keyboard"),
                                                 text("help.column.gamepad"), text("help.column.mouse")};
        // Each heading keeps to its own column (wrapping, and shrinking a word too long for it),
        // so long words at large text never run into the next ("GamepadMaus").
        const std::array<float, 4> column_w{columns[1] - columns[0] - 20, columns[2] - columns[1] - 16,
                                            columns[3] - columns[2] - 16, x + w - columns[3]};
        float header_h = 0;
        for (std::size_t c = 0; c < headers.size(); ++c) {
            header_h = std::max(header_h, painter.measure(headers[c], type::small_bold.wrapped(column_w[c])).h);
        }
        for (std::size_t c = 0; draw && c < headers.size(); ++c) {
            painter.fitted_text(headers[c], type::small_bold.wrapped(column_w[c]), {columns[c], y, column_w[c], header_h},
                                type::minimum_ui / painter.canvas().text_scale(), palette.text_muted, VAlign::top);
        }
        y += header_h + 12;
        const float action_w = columns[1] - columns[0] - 20;
        const float mouse_w = x + w - columns[3];
        for (const ControlRow& row : rows) {
            const float label_h = painter.measure(text(row.label_key), type::small.wrapped(action_w)).h;
            const float mouse_h = painter.measure(text(row.mouse_key), type::small.wrapped(mouse_w)).h;
            const float row_h = std::max({label_h, mouse_h, 56.0f}) + 14;
            if (draw) {
                painter.fill_rect({x, y, w, 2}, palette.panel);
                const float cy = y + row_h / 2 + 1;
                painter.text(text(row.label_key), type::small.wrapped(action_w), {columns[0], cy}, palette.text,
                             {HAlign::left, VAlign::centre});
                if (const auto key = glyph_for(row.command, InputDevice::keyboard)) {
                    draw_glyph(painter, *key, {columns[1], cy}, strings());
                }
                if (const auto pad = glyph_for(row.command, InputDevice::gamepad, painter.pad_style())) {
                    draw_glyph(painter, *pad, {columns[2], cy}, strings());
                }
                painter.text(text(row.mouse_key), type::small.wrapped(mouse_w), {columns[3], cy}, palette.text_muted,
                             {HAlign::left, VAlign::centre});
            }
            y += row_h;
        }
        return std::max(left_bottom, y) + scroll - view_.y;
    }

    RectF view_;
    float content_h_ = 0;
    float scroll_ = 0;
};

}  // namespace

std::unique_ptr<Screen> make_help_screen(ScreenContext& game) { return std::make_unique<HelpScreen>(game); }

}  // namespace kindling::screens
