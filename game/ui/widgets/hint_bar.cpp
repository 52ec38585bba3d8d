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
    const Palette& palette = painter.palette();
    struct Shown {
        ControlGlyph glyph;
        const Hint* hint;
        float width;
    };
    // Two commands that share a glyph (up and down) are shown once.
    std::vector<Shown> shown;
    std::vector<std::string> signatures;
    for (const Hint& hint : hints) {
        auto glyph = glyph_for(hint.command, device, painter.pad_style());
        if (!glyph) continue;
        if (hint.command == Command::number && hint.highest_number > 0 && !glyph->literal.empty()) {
            glyph->literal = hint.highest_number == 1 ? "1" : "1\u2013" + std::to_string(hint.highest_number);
        }
        const std::string signature = glyph->label_key + glyph->literal + hint.label;
        if (std::find(signatures.begin(), signatures.end(), signature) != signatures.end()) continue;
        signatures.push_back(signature);
        const float width = glyph_width(painter, *glyph, strings) + glyph_gap + painter.measure(hint.label, type::small).w;
        shown.push_back({*glyph, &hint, width});
    }
    // When they do not all fit (large text, long words), the first hints give way: the last one
    // is always "back", the way out of every screen, and it must stay in view.
    const auto total = [&] {
        float sum = 0;
        for (const Shown& item : shown) sum += item.width;
        return sum + hint_gap * static_cast<float>(shown.empty() ? 0 : shown.size() - 1);
    };
    while (shown.size() > 1 && total() > area.w) shown.erase(shown.begin());
    float x = area.x;
    for (const Shown& item : shown) {
        if (x + item.width > area.right()) break;
        x += draw_glyph(painter, item.glyph, {x, centre_y}, strings) + glyph_gap;
        x += painter.text(item.hint->label, type::small, {x, centre_y}, palette.text_muted, {HAlign::left, VAlign::centre}).w;
        x += hint_gap;
    }
}

}  // namespace kindling::ui
