#pragma once
// Deals a few cards from the deck being edited through the PlayTestDealer interface (the game's
// own Game Night rules), to feel how a night would flow.

#include "ui/editor_context.hpp"
#include "ui/panel.hpp"

namespace kindling::editor::ui {

class PlayTestPanel final : public Panel {
public:
    explicit PlayTestPanel(EditorContext& context) : Panel("Play-test", false), context_(context) {}

private:
    void draw_content() override;

    EditorContext& context_;
    int cards_ = 6;
    int limit_ = 2;  // index into all_intensities
};

}  // namespace kindling::editor::ui
