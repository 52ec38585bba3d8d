#include "editor_context.hpp"

#include "model/card_edits.hpp"

#include <algorithm>

namespace kindling::editor::ui {

bool DeckView::is_selected(CardKey key) const {
    return std::find(selection.begin(), selection.end(), key) != selection.end();
}

void DeckView::select_only(CardKey key) {
    selection = {key};
    focus = key;
    anchor = key;
}

void DeckView::toggle(CardKey key) {
    if (const auto it = std::find(selection.begin(), selection.end(), key); it != selection.end()) {
        selection.erase(it);
        if (focus == key) focus = selection.empty() ? std::nullopt : std::optional<CardKey>(selection.back());
    } else {
        selection.push_back(key);
        focus = key;
    }
    anchor = key;
}

void DeckView::select_range(const std::vector<CardKey>& ordered, CardKey from, CardKey to) {
    const auto a = std::find(ordered.begin(), ordered.end(), from);
    const auto b = std::find(ordered.begin(), ordered.end(), to);
    if (a == ordered.end() || b == ordered.end()) {
        select_only(to);
        return;
    }
    selection.assign(std::min(a, b), std::max(a, b) + 1);
    focus = to;
}

const std::vector<std::size_t>& DeckView::rows(const DeckDocument& document) {
    if (rows_revision_ != document.revision()) {
        rows_ = query_cards(document.deck(), filter, sort);
        rows_revision_ = document.revision();
    }
    return rows_;
}

void DeckView::prune(const DeckDocument& document) {
    std::erase_if(selection, [&](CardKey key) { return !document.cards().index_of(key); });
    if (focus && !document.cards().index_of(*focus)) {
        focus = selection.empty() ? std::nullopt : std::optional<CardKey>(selection.back());
    }
    if (anchor && !document.cards().index_of(*anchor)) anchor.reset();
}

EditorContext::EditorContext(Workspace& workspace_, BridgedText& text_, EditorFonts& fonts_, EditorSettings& settings_,
                             EditorCommands& commands_, SDL_Renderer& renderer_, CardPreviewRenderer& preview_,
                             const PlayTestDealer& dealer_)
    : workspace(workspace_), text(text_), fonts(fonts_), settings(settings_), commands(commands_),
      renderer(renderer_), preview(preview_), dealer(dealer_) {}

DeckView& EditorContext::view(const DeckDocument& document) { return views_[document.id()]; }

void EditorContext::forget_view(const DeckDocument& document) { views_.erase(document.id()); }

void EditorContext::status(std::string text_value, bool error) { status_ = {std::move(text_value), error}; }

std::vector<CardKey> EditorContext::selected_keys(DeckDocument& document) {
    DeckView& deck_view = view(document);
    deck_view.prune(document);
    std::vector<CardKey> keys = deck_view.selection;
    std::sort(keys.begin(), keys.end(), [&](CardKey a, CardKey b) {
        return document.cards().index_of(a).value_or(0) < document.cards().index_of(b).value_or(0);
    });
    return keys;
}

void EditorContext::add_card(DeckDocument& document) {
    if (document.read_only()) return;
    DeckView& deck_view = view(document);
    CardKey key = 0;
    const Card* current = deck_view.focus ? document.cards().find(*deck_view.focus) : nullptr;
    Card card = new_card_for(document.deck(), current ? current->kind : CardKind::question);
    if (current) {
        card.level = current->level;
        card.intensity = current->intensity;
        card.theme = current->theme;
    }
    // A filter that would hide the new, empty card would make it look like nothing happened.
    deck_view.filter = {};
    if (document.execute(editor::add_card(document.cards(), deck_view.focus, card, key))) {
        focus_card(document, key, "text");
        status("Added a card; write its text");
    }
}

void EditorContext::duplicate_selection(DeckDocument& document) {
    std::vector<CardKey> copies;
    if (document.execute(duplicate_cards(document.cards(), selected_keys(document), copies))) {
        DeckView& deck_view = view(document);
        deck_view.selection = copies;
        deck_view.focus = copies.back();
        deck_view.scroll_to_focus = true;
        status(document.history().undo_description());
    }
}

void EditorContext::delete_selection(DeckDocument& document) {
    const std::vector<CardKey> keys = selected_keys(document);
    if (keys.empty()) return;
    // The card after the last deleted one takes the focus, so Delete can be pressed again.
    std::optional<CardKey> next;
    const auto& rows = view(document).rows(document);
    const auto last_index = document.cards().index_of(keys.back());
    for (std::size_t row = 0; row < rows.size(); ++row) {
        const CardKey key = document.cards().key(rows[row]);
        if (std::find(keys.begin(), keys.end(), key) == keys.end() && last_index && rows[row] > *last_index) {
            next = key;
            break;
        }
    }
    if (document.execute(delete_cards(document.cards(), keys))) {
        DeckView& deck_view = view(document);
        deck_view.selection.clear();
        deck_view.focus.reset();
        if (next) deck_view.select_only(*next);
        status(deleted_cards_message(keys.size()));
    }
}

void EditorContext::select_all_shown(DeckDocument& document) {
    DeckView& deck_view = view(document);
    deck_view.selection.clear();
    for (std::size_t row : deck_view.rows(document)) deck_view.selection.push_back(document.cards().key(row));
    if (!deck_view.selection.empty() && !deck_view.focus) deck_view.focus = deck_view.selection.front();
}

void EditorContext::focus_card(DeckDocument& document, CardKey key, const std::string& field) {
    DeckView& deck_view = view(document);
    deck_view.select_only(key);
    deck_view.scroll_to_focus = true;
    deck_view.focus_card_field = field;
    deck_view.show_deck_tab = false;
    // Jumping to a card the filter hides would jump nowhere.
    if (const Card* card = document.cards().find(key); card && !deck_view.filter.matches(*card)) {
        deck_view.filter = {};
        deck_view.invalidate_rows();
    }
}

}  // namespace kindling::editor::ui
