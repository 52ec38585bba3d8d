#pragma once
// The selected card's every field, validated as you type with the same rules as
// `kindling-deck lint`; with several cards selected, the bulk edits instead.

#include "ui/editor_context.hpp"
#include "ui/panel.hpp"

namespace kindling::editor::ui {

class CardFormPanel final : public Panel {
public:
    explicit CardFormPanel(EditorContext& context) : Panel("Card", false), context_(context) {}

private:
    // What the form holds; a different one starts at the top, not at the old one's scroll.
    enum class Form { no_deck, unreadable, nothing_selected, card, bulk };
    struct Shown {
        const DeckDocument* document = nullptr;
        Form form = Form::no_deck;
        bool operator==(const Shown&) const = default;
    };
    Shown to_show();

    void before_region() override;
    void draw_content() override;
    void draw_card(DeckDocument& document, DeckView& view, CardKey key);
    void draw_bulk(DeckDocument& document, DeckView& view);
    // Applies an edited copy of the card as one command (typing in a field merges).
    void commit(DeckDocument& document, CardKey key, const Card& edited, const char* what, const char* merge_tag = "");
    void focus_if_requested(DeckView& view, const char* field);

    EditorContext& context_;
    Shown shown_;
    std::string new_tag_;
    std::string bulk_tag_;
    std::string bulk_theme_;
};

}  // namespace kindling::editor::ui
