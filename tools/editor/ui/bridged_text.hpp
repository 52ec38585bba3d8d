#pragma once
// Every text field and every piece of user text the editor shows goes through here, so the
// text bridge (model/text_bridge.hpp) sits at the boundary of every ImGui text widget.

#include "model/text_bridge.hpp"

#include <imgui.h>

#include <string>
#include <string_view>

namespace kindling::editor::ui {

struct FieldResult {
    bool changed = false;      // `text` holds a new value
    bool deactivated = false;  // the field lost focus this frame (ends an undo group)
};

class BridgedText {
public:
    explicit BridgedText(TextBridge& bridge) : bridge_(bridge) {}

    FieldResult input(const char* label, std::string& text, const char* hint = nullptr,
                      ImGuiInputTextFlags flags = 0);
    FieldResult input_multiline(const char* label, std::string& text, ImVec2 size, ImGuiInputTextFlags flags = 0);

    // User text for display (labels, table cells, messages).
    std::string display(std::string_view text) { return bridge_.display(text); }
    void text(std::string_view text);
    void text_wrapped(std::string_view text);
    void text_muted(std::string_view text);

    [[nodiscard]] TextBridge& bridge() noexcept { return bridge_; }

    // Dear ImGui drops private-use characters that arrive as typed or pasted input (they stand
    // for arrow keys on some systems), which would drop every stand-in. Input holding stand-ins
    // is therefore inserted by the editor into the focused field, at the cursor, replacing the
    // selection. Returns false when the text needs no such help (ImGui can take it itself).
    bool queue_insertion(std::string_view model_text);
    // Input nobody took in the frame it arrived for (no bridged field had the cursor) is dropped,
    // never inserted later somewhere else.
    void drop_pending_insertion() noexcept { pending_.clear(); }
    [[nodiscard]] bool has_pending_insertion() const noexcept { return !pending_.empty(); }

private:
    FieldResult field(const char* label, std::string& text, const char* hint, bool multiline, ImVec2 size,
                      ImGuiInputTextFlags flags);
    static int insert_pending(ImGuiInputTextCallbackData* data);

    TextBridge& bridge_;
    std::string pending_;  // widget text waiting for the focused field
};

}  // namespace kindling::editor::ui
