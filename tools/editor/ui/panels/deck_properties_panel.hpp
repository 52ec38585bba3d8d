#pragma once
// The deck's own fields (title, id, description, language, author, licence, default theme) and
// the themes it declares, validated like the cards.

#include "ui/editor_context.hpp"
#include "ui/panel.hpp"

namespace kindling::editor::ui {

class DeckPropertiesPanel final : public Panel {
public:
    explicit DeckPropertiesPanel(EditorContext& context) : Panel("Deck", false), context_(context) {}

private:
    void draw_content() override;
    void draw_themes(DeckDocument& document, const ValidationReport& report, DeckInfo& info);
    void commit(DeckDocument& document, const DeckInfo& info, const char* what, const char* merge_tag = "");
    bool text_field(DeckDocument& document, DeckView& view, const ValidationReport& report, DeckInfo& info,
                    const char* label, const char* field, std::string& value, const char* hint, const char* help,
                    bool multiline = false);

    EditorContext& context_;
};

}  // namespace kindling::editor::ui
