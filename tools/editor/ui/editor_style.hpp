#pragma once
// The editor's look: a calm dark theme with warm accents, generous spacing, rounded corners.

#include <imgui.h>

namespace kindling::editor::ui {

namespace colours {
inline const ImVec4 text{0.93f, 0.92f, 0.90f, 1.0f};
inline const ImVec4 text_muted{0.62f, 0.62f, 0.66f, 1.0f};
inline const ImVec4 accent{0.91f, 0.56f, 0.40f, 1.0f};  // ember
inline const ImVec4 error{0.95f, 0.42f, 0.42f, 1.0f};
inline const ImVec4 warning{0.95f, 0.75f, 0.35f, 1.0f};
inline const ImVec4 success{0.50f, 0.80f, 0.55f, 1.0f};
inline const ImVec4 banner{0.24f, 0.21f, 0.19f, 1.0f};
inline const ImVec4 panel{0.135f, 0.14f, 0.16f, 1.0f};
inline const ImVec4 background{0.105f, 0.11f, 0.125f, 1.0f};
}  // namespace colours

// Applies the theme at `scale` (1.0 at 100% text size).
void apply_editor_style(float scale);

// "#rrggbb" to a colour; `fallback` when the text is not one.
ImVec4 colour_from_hex(const char* hex, ImVec4 fallback);

}  // namespace kindling::editor::ui
