#include "screens/game_screen.hpp"

#include "ui/colour.hpp"

namespace kindling::screens {

using namespace ui;

void GameScreen::draw_backdrop(Painter& painter) { painter.clear(opaque(painter.palette().background)); }

float GameScreen::heading_height(Painter& painter, const RectF& area, std::string_view title, std::string_view subtitle) {
    float h = painter.measure(title, type::heading.wrapped(area.w)).h;
    if (!subtitle.empty()) h += 14 + painter.measure(subtitle, type::body.wrapped(std::min(area.w, 1500.0f))).h;
    return h + 36;
}

float GameScreen::draw_heading(Painter& painter, const RectF& area, std::string_view title, std::string_view subtitle) {
    const Palette& palette = painter.palette();
    const RectF drawn = painter.text(title, type::heading.wrapped(area.w), {area.x, area.y}, palette.text);
    float y = drawn.bottom();
    if (!subtitle.empty()) {
        y += 14;
        y = painter.text(subtitle, type::body.wrapped(std::min(area.w, 1500.0f)), {area.x, y}, palette.text_muted).bottom();
    }
    return y + 36;
}

float GameScreen::hints_height(Painter& painter) { return hint_bar_height(painter); }

void GameScreen::draw_hints(Painter& painter, const std::vector<Hint>& hints) const {
    // Only the top screen's controls work, so only its hints are shown (a dialog's hints are
    // not drawn over the dimmed hints of the screen below).
    if (game_.screens().top() != this) return;
    draw_hint_bar(painter, painter.canvas().content(), hints, game_.device(), strings());
}

std::vector<Hint> GameScreen::list_hints(bool can_change_values) const {
    std::vector<Hint> hints{{Command::up, text("hints.move")}};
    if (can_change_values) hints.push_back({Command::left, text("hints.change")});
    hints.push_back({Command::confirm, text("hints.choose")});
    hints.push_back({Command::back, text("hints.back")});
    return hints;
}

float GameScreen::notice_height(Painter& painter, float width, std::string_view message) {
    return painter.measure(message, type::label.wrapped(width - 2 * 28 - 56)).h + 2 * 22;
}

float GameScreen::draw_notice(Painter& painter, const RectF& area, std::string_view message) {
    const Palette& palette = painter.palette();
    const float h = notice_height(painter, area.w, message);
    const RectF box{area.x, area.y, area.w, h};
    painter.rounded_rect(box, 18, palette.notice);
    painter.icon(Icon::help, {box.x + 24, box.y + 22, 40, 40}, palette.notice_text);
    painter.text(message, type::label.wrapped(area.w - 2 * 28 - 56), {box.x + 28 + 56, box.y + 22}, palette.notice_text);
    return h;
}

void GameScreen::draw_fitted_notice(Painter& painter, const RectF& area, std::string_view message) {
    if (area.h >= notice_height(painter, area.w, message)) {
        draw_notice(painter, area, message);
        return;
    }
    const Palette& palette = painter.palette();
    painter.rounded_rect(area, 18, palette.notice);
    painter.icon(Icon::help, {area.x + 24, area.y + 22, 40, 40}, palette.notice_text);
    const float text_w = area.w - 2 * 28 - 56;
    painter.fitted_text(message, type::label.wrapped(text_w), {area.x + 28 + 56, area.y + 22, text_w, area.h - 2 * 22},
                        type::minimum_ui / painter.canvas().text_scale(), palette.notice_text, VAlign::top);
}

std::string wording_text(const TurnWording& wording, const UiStrings& strings) {
    if (wording.key.empty()) return {};
    return strings.format(wording.key, {{"name", wording.name}, {"other", wording.other}});
}

std::string answers_text(CardKind kind, const TurnView& turn, const UiStrings& strings) {
    return wording_text(couple_turn_wording(kind, turn), strings);
}

}  // namespace kindling::screens
