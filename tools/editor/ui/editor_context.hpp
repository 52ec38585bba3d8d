#pragma once
// What every panel works with: the workspace, the per-deck view state (selection, filters,
// the card in the form), text through the bridge, fonts, settings, and the editor's commands.

#include "bridged_text.hpp"
#include "editor_fonts.hpp"

#include "model/card_query.hpp"
#include "model/play_test_dealer.hpp"
#include "model/shortcuts.hpp"
#include "model/workspace.hpp"

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

struct SDL_Renderer;

namespace kindling::editor::ui {

class CardPreviewRenderer;

// How one open deck is being looked at.
struct DeckView {
    std::vector<CardKey> selection;        // in the order they were selected
    std::optional<CardKey> focus;          // the card in the form and the preview
    std::optional<CardKey> anchor;         // where a Shift+click range starts
    CardFilter filter;
    CardSort sort;
    // Requests between panels, handled by the panel that owns the widget.
    bool scroll_to_focus = false;
    std::string focus_card_field;   // "text", "level", ... : the form puts the cursor there
    std::string focus_deck_field;   // "title", ... : the deck panel does
    bool focus_search = false;
    bool show_deck_tab = false;     // bring the Deck tab forward
    std::vector<CardKey> dealt;     // the play-test's last deal, in order
    std::uint64_t play_seed = 1;

    [[nodiscard]] bool is_selected(CardKey key) const;
    void select_only(CardKey key);
    void toggle(CardKey key);
    void select_range(const std::vector<CardKey>& ordered, CardKey from, CardKey to);

    // The rows the table shows, recomputed when the deck, filter or sort changed.
    const std::vector<std::size_t>& rows(const DeckDocument& document);
    void invalidate_rows() noexcept { rows_revision_ = 0; }

    // Drops keys of cards that no longer exist (after delete, undo).
    void prune(const DeckDocument& document);

private:
    std::vector<std::size_t> rows_;
    std::uint64_t rows_revision_ = 0;
};

// What panels may ask of the editor as a whole (dialogs, files); EditorApp implements it.
class EditorCommands {
public:
    virtual ~EditorCommands() = default;
    virtual void perform(EditorAction action) = 0;
    virtual void save(DeckDocument& document, bool choose_path) = 0;
    virtual void close(DeckDocument& document) = 0;
    virtual void open_library_entry(const LibraryEntry& entry) = 0;
    // Opens a built-in deck and saves a copy in the user's decks in one go.
    virtual void duplicate_library_entry(const LibraryEntry& entry) = 0;
    virtual void duplicate_to_my_decks(DeckDocument& document) = 0;
    virtual void import_csv(DeckDocument& document) = 0;
    virtual void export_csv(DeckDocument& document) = 0;
    virtual void reload(DeckDocument& document) = 0;
    virtual void move_cards(DeckDocument& from, DeckDocument& to, std::vector<CardKey> keys) = 0;

protected:
    EditorCommands() = default;
    EditorCommands(const EditorCommands&) = default;
    EditorCommands& operator=(const EditorCommands&) = default;
};

struct StatusMessage {
    std::string text;
    bool error = false;
};

class EditorContext {
public:
    EditorContext(Workspace& workspace, BridgedText& text, EditorFonts& fonts, EditorSettings& settings,
                  EditorCommands& commands, SDL_Renderer& renderer, CardPreviewRenderer& preview,
                  const PlayTestDealer& dealer);

    Workspace& workspace;
    BridgedText& text;
    EditorFonts& fonts;
    EditorSettings& settings;
    EditorCommands& commands;
    SDL_Renderer& renderer;
    CardPreviewRenderer& preview;
    const PlayTestDealer& dealer;

    DeckView& view(const DeckDocument& document);
    void forget_view(const DeckDocument& document);

    void status(std::string text, bool error = false);
    [[nodiscard]] const StatusMessage& last_status() const noexcept { return status_; }

    // Card actions shared by menus, shortcuts, the table and the form.
    void add_card(DeckDocument& document);
    void duplicate_selection(DeckDocument& document);
    void delete_selection(DeckDocument& document);
    void select_all_shown(DeckDocument& document);
    // Selects a card and scrolls to it; `field` puts the cursor in that field of the form.
    void focus_card(DeckDocument& document, CardKey key, const std::string& field = {});
    // The selected cards in deck order.
    std::vector<CardKey> selected_keys(DeckDocument& document);

private:
    std::map<std::uint64_t, DeckView> views_;
    StatusMessage status_;
};

}  // namespace kindling::editor::ui
