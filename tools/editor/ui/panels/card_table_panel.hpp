#pragma once
// The centre of the editor: one tab per open deck, the filters and the sortable card table with
// multi-selection (click, Ctrl+click, Shift+click, arrows) and a context menu for bulk edits.

#include "ui/editor_context.hpp"
#include "ui/panel.hpp"

#include <unordered_map>

namespace kindling::editor::ui {

class CardTablePanel final : public Panel {
public:
    explicit CardTablePanel(EditorContext& context)
        : Panel("Cards", false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse), context_(context) {}

private:
    void draw_content() override;
    void draw_tabs();
    void draw_welcome();
    void draw_banners(DeckDocument& document);
    // A file whose YAML is broken: the located error, a reload button and the file's text.
    void draw_unreadable(DeckDocument& document);
    void draw_filters(DeckDocument& document, DeckView& view);
    void draw_table(DeckDocument& document, DeckView& view);
    void draw_row_menu(DeckDocument& document, DeckView& view);
    void click_row(DeckDocument& document, DeckView& view, CardKey key, const std::vector<std::size_t>& rows);

    EditorContext& context_;
    std::uint64_t shown_active_ = 0;
    std::uint64_t pending_select_ = 0;
    // Worst problem per card, for the markers; rebuilt when the deck changes.
    std::unordered_map<CardKey, Severity> marks_;
    std::uint64_t marks_document_ = 0;
    std::uint64_t marks_revision_ = 0;
};

}  // namespace kindling::editor::ui
