#pragma once
// How the deck's cards spread over levels, kinds, themes and intensities (as
// `kindling-deck stats` counts them), with the style guide's advice on levels.

#include "ui/editor_context.hpp"
#include "ui/panel.hpp"

namespace kindling::editor::ui {

class StatisticsPanel final : public Panel {
public:
    explicit StatisticsPanel(EditorContext& context) : Panel("Statistics", false), context_(context) {}

private:
    void draw_content() override;
    EditorContext& context_;
};

}  // namespace kindling::editor::ui
