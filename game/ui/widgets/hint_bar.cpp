#include "ui/widgets/hint_bar.hpp"

namespace kindling::ui {

namespace {

constexpr float glyph_gap = 14;
constexpr float hint_gap = 44;

}  // namespace

float hint_bar_height(Painter& painter) { return std::max(56.0f, painter.measure("Ag", type::small).h + 12); }

void draw_hint_bar(Painter& painter, const RectF& area, const std::vector<Hint>& hints, InputDevice device,
                   const UiStrings& strings) {
    const float height = hint_bar_height(painter);
    const float centre_y = area.bottom() - height / 2;
    float x = area.x;
    const Palette& palette = painter.palette();
    // Two commands that share a glyph (up and down) are shown once.
    std::vector<std::string> shown;
    for (const Hint& hint : hints) {
        const auto glyph = glyph_for(hint.command, device, painter.pad_style());
        if (!glyph) continue;
        const std::string signature = glyph->label_key + glyph->literal + hint.label;
        if (std::find(shown.begin(), shown.end(), signature) != shown.end()) continue;
        const float needed = glyph_width(painter, *glyph, strings) + glyph_gap + painter.measure(hint.label, type::small).w;
        if (x + needed > area.right()) break;
        shown.push_back(signature);
        x += draw_glyph(painter, *glyph, {x, centre_y}, strings) + glyph_gap;
        x += painter.text(hint.label, type::small, {x, centre_y}, palette.text_muted, {HAlign::left, VAlign::centre}).w;
        x += hint_gap;
    }
}

}  // namespace kindling::ui
