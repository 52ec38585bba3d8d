#pragma once
// The deck library: the user's own decks and Kindling's built-in ones (read-only).

#include "ui/editor_context.hpp"
#include "ui/panel.hpp"

namespace kindling::editor::ui {

class LibraryPanel final : public Panel {
public:
    explicit LibraryPanel(EditorContext& context) : Panel("Decks", false), context_(context) {}

private:
    void draw_content() override;
    void draw_entry(const LibraryEntry& entry);

    EditorContext& context_;
    bool scanned_ = false;
};

}  // namespace kindling::editor::ui
