#pragma once
// Small widgets shared by panels: labelled fields with their validation messages, pickers for
// the deck format's closed sets, theme swatches.

#include "bridged_text.hpp"

#include "model/deck_validation.hpp"

#include <imgui.h>

#include <optional>
#include <string>
#include <vector>

namespace kindling::editor::ui {

// A field label above its widget, marked when the field has problems.
void field_label(const char* label, const std::vector<const EditorDiagnostic*>& problems, const char* help = nullptr);
// The problems' messages under a field, in their severity's colour.
void field_problems(BridgedText& text, const std::vector<const EditorDiagnostic*>& problems);
// Pushes a red (or amber) frame border for a field with problems; returns how many style
// values to pop with pop_field_frame.
int push_field_frame(const std::vector<const EditorDiagnostic*>& problems);
void pop_field_frame(int pushed);

std::string_view describe_kind(CardKind kind);
std::string_view level_name(int level);

bool kind_combo(const char* label, CardKind& kind);
bool answerer_combo(const char* label, Answerer& answerer, CardKind kind);
bool intensity_radio(Intensity& intensity);
bool level_radio(int& level);
// Themes of the deck and the built-in ones; `allow_none` adds "(no theme)".
bool theme_combo(BridgedText& text, const char* label, const Deck& deck, std::string& theme, bool allow_none = false);
// A filled circle in the theme's colour, for tables and lists.
void theme_swatch(const Deck& deck, const std::string& theme_id);
ImVec4 theme_colour(const Deck& deck, const std::string& theme_id);

// A button whose label turns muted when it cannot be used.
bool button(const char* label, bool enabled = true, ImVec2 size = ImVec2(0, 0));
void help_marker(const char* text);

}  // namespace kindling::editor::ui
