#pragma once
// What every screen of the game shares: its context (what it may reach of the game), the backdrop,
// headings and the control-hint bar, so all screens look and behave alike.

#include "screens/screen_context.hpp"
#include "core/session/turn_wording.hpp"
#include "ui/screen.hpp"
#include "ui/widgets/hint_bar.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace kindling::screens {

using ui::Hint;
using ui::PointF;
using ui::RectF;
using ui::SizeF;

class GameScreen : public ui::Screen {
public:
    explicit GameScreen(ScreenContext& game) : game_(game) {}

protected:
    [[nodiscard]] const UiStrings& strings() const { return game_.strings(); }
    [[nodiscard]] std::string text(std::string_view key) const { return std::string(game_.strings().text(key)); }

    // A column of at most `width` centred in `area`, as tall as the area.
    static RectF centred_column(const RectF& area, float width) {
        const float w = std::min(area.w, width);
        return {area.x + (area.w - w) / 2, area.y, w, area.h};
    }
    // The flat background every screen starts from.
    static void draw_backdrop(ui::Painter& painter);
    // A heading (and an optional line under it) at the top of `area`; returns where the
    // content below may start.
    static float draw_heading(ui::Painter& painter, const RectF& area, std::string_view title,
                              std::string_view subtitle = {});
    static float heading_height(ui::Painter& painter, const RectF& area, std::string_view title,
                                std::string_view subtitle = {});
    // With large text a long subtitle would push a list off the screen: then it moves into the
    // list, above the first row, and scrolls with it.
    static bool subtitle_goes_in_list(ui::Painter& painter, const RectF& area, std::string_view title,
                                      std::string_view subtitle) {
        return heading_height(painter, area, title, subtitle) > area.h * 0.3f;
    }
    // The hint bar along the bottom of the content area, for the device in use; drawn only by
    // the screen on top.
    void draw_hints(ui::Painter& painter, const std::vector<Hint>& hints) const;
    [[nodiscard]] static float hints_height(ui::Painter& painter);
    // The usual hints of a list screen: move, choose, back.
    [[nodiscard]] std::vector<Hint> list_hints(bool can_change_values = false) const;
    // A rounded box with a message for the players (a save set aside, a problem).
    static float draw_notice(ui::Painter& painter, const RectF& area, std::string_view message);
    static float notice_height(ui::Painter& painter, float width, std::string_view message);
    // The same box exactly `area` high: a message too long for it is drawn smaller (down to the
    // 100 % text size) and, as a last resort, cut short with an ellipsis.
    static void draw_fitted_notice(ui::Painter& painter, const RectF& area, std::string_view message);

    ScreenContext& game_;
};

// Who answers, by the card's kind: "Sam answers", "Together, Alex starts", "Sam guesses", ...
// in the player's language (core/session/turn_wording.hpp).
std::string answers_text(CardKind kind, const TurnView& turn, const UiStrings& strings);
// A wording from the core in the player's language.
std::string wording_text(const TurnWording& wording, const UiStrings& strings);

}  // namespace kindling::screens
