#include "shortcuts.hpp"

#include <array>

namespace kindling::editor {

namespace {

constexpr Modifiers ctrl{true, false, false};
constexpr Modifiers ctrl_shift{true, true, false};
constexpr Modifiers none{};

constexpr std::array<Shortcut, 20> table{{
    {EditorAction::new_deck, Key::n, ctrl, "New deck from a template", true},
    {EditorAction::open_file, Key::o, ctrl, "Open a deck file", true},
    {EditorAction::save, Key::s, ctrl, "Save the deck", true},
    {EditorAction::save_as, Key::s, ctrl_shift, "Save the deck under another name", true},
    {EditorAction::close_deck, Key::w, ctrl, "Close the deck", true},
    {EditorAction::quit, Key::q, ctrl, "Quit (asks about unsaved changes)", true},
    {EditorAction::undo, Key::z, ctrl, "Undo", false},
    {EditorAction::redo, Key::z, ctrl_shift, "Redo", false},
    {EditorAction::redo, Key::y, ctrl, "Redo", false},
    {EditorAction::find, Key::f, ctrl, "Search the cards", true},
    {EditorAction::add_card, Key::enter, ctrl, "Add a card after the selected one", true},
    {EditorAction::duplicate_cards, Key::d, ctrl, "Duplicate the selected cards", false},
    {EditorAction::delete_cards, Key::del, none, "Delete the selected cards", false},
    {EditorAction::select_all, Key::a, ctrl, "Select every card shown", false},
    {EditorAction::next_deck, Key::tab, ctrl, "Next open deck", true},
    {EditorAction::previous_deck, Key::tab, ctrl_shift, "Previous open deck", true},
    {EditorAction::text_bigger, Key::equals, ctrl, "Bigger text", true},
    {EditorAction::text_smaller, Key::minus, ctrl, "Smaller text", true},
    {EditorAction::text_reset, Key::zero, ctrl, "Text size 100%", true},
    {EditorAction::show_shortcuts, Key::f1, none, "Show keyboard shortcuts", true},
}};

constexpr const char* key_name(Key key) {
    switch (key) {
        case Key::a: return "A";
        case Key::d: return "D";
        case Key::f: return "F";
        case Key::n: return "N";
        case Key::o: return "O";
        case Key::q: return "Q";
        case Key::s: return "S";
        case Key::w: return "W";
        case Key::y: return "Y";
        case Key::z: return "Z";
        case Key::enter: return "Enter";
        case Key::del: return "Delete";
        case Key::tab: return "Tab";
        case Key::equals: return "=";
        case Key::minus: return "-";
        case Key::zero: return "0";
        case Key::f1: return "F1";
        case Key::none: return "";
    }
    return "";
}

bool same(Modifiers a, Modifiers b) { return a.ctrl == b.ctrl && a.shift == b.shift && a.alt == b.alt; }

}  // namespace

std::span<const Shortcut> shortcuts() { return table; }

std::optional<EditorAction> action_for(Key key, Modifiers modifiers, bool text_field_focused) {
    if (key == Key::none) return std::nullopt;
    for (const Shortcut& shortcut : shortcuts()) {
        if (shortcut.key == key && same(shortcut.modifiers, modifiers) &&
            (shortcut.in_text_fields || !text_field_focused)) {
            return shortcut.action;
        }
    }
    return std::nullopt;
}

std::string shortcut_label(const Shortcut& shortcut) {
    std::string label;
    if (shortcut.modifiers.ctrl) label += "Ctrl+";
    if (shortcut.modifiers.shift) label += "Shift+";
    if (shortcut.modifiers.alt) label += "Alt+";
    return label + key_name(shortcut.key);
}

std::string shortcut_label(EditorAction action) {
    for (const Shortcut& shortcut : shortcuts()) {
        if (shortcut.action == action) return shortcut_label(shortcut);
    }
    return {};
}

}  // namespace kindling::editor
