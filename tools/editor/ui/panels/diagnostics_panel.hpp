#pragma once
// Every problem the validator finds, live; a click jumps to the card and field (or deck field).

#include "ui/editor_context.hpp"
#include "ui/panel.hpp"

namespace kindling::editor::ui {

class DiagnosticsPanel final : public Panel {
public:
    explicit DiagnosticsPanel(EditorContext& context) : Panel("Problems", false), context_(context) {}

private:
    void draw_content() override;
    void jump(DeckDocument& document, const EditorDiagnostic& problem);

    EditorContext& context_;
};

// "Problems (3)" style tab label for the current deck.
std::string problems_tab_label(EditorContext& context);

}  // namespace kindling::editor::ui
