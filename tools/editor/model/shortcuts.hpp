#pragma once
// The keyboard shortcuts, in one table that drives dispatch, the menus and the help window.

#include <optional>
#include <span>
#include <string>

namespace kindling::editor {

enum class EditorAction {
    new_deck, open_file, save, save_as, close_deck, quit,
    undo, redo, find, add_card, duplicate_cards, delete_cards, select_all,
    next_deck, previous_deck, text_bigger, text_smaller, text_reset, show_shortcuts,
};

// The keys shortcuts use, independent of SDL and ImGui (the UI maps its key codes to these).
enum class Key { none, a, d, f, n, o, q, s, w, y, z, enter, del, tab, equals, minus, zero, f1 };

struct Modifiers {
    bool ctrl = false;
    bool shift = false;
    bool alt = false;
};

struct Shortcut {
    EditorAction action;
    Key key;
    Modifiers modifiers;
    const char* description;
    // False when a focused text field has its own meaning for the keys (Ctrl+Z undoes typing
    // in the field, Delete deletes a character), so the editor leaves them to the field.
    bool in_text_fields;
};

std::span<const Shortcut> shortcuts();

std::optional<EditorAction> action_for(Key key, Modifiers modifiers, bool text_field_focused);

// "Ctrl+Shift+Z" for menus and help; empty when the action has no shortcut.
std::string shortcut_label(EditorAction action);
std::string shortcut_label(const Shortcut& shortcut);

}  // namespace kindling::editor
