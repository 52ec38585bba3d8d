#include "bridged_text.hpp"

#include "editor_style.hpp"

#include "core/text/unicode.hpp"

#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <string>

namespace kindling::editor::ui {

FieldResult BridgedText::field(const char* label, std::string& text, const char* hint, bool multiline, ImVec2 size,
                               ImGuiInputTextFlags flags) {
    FieldResult result;
    const std::optional<std::string> widget_text = bridge_.to_widget(text);
    if (!widget_text) {
        // Every private-use stand-in of this session is taken: show, but never risk, the text.
        std::string shown = bridge_.display(text);
        ImGui::BeginDisabled();
        if (multiline) ImGui::InputTextMultiline(label, &shown, size, ImGuiInputTextFlags_ReadOnly);
        else ImGui::InputText(label, &shown, ImGuiInputTextFlags_ReadOnly);
        ImGui::EndDisabled();
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
            ImGui::SetTooltip("This text uses more different special characters than one editing session can\n"
                              "hold. Save your work and restart the editor to edit this field.");
        }
        return result;
    }
    std::string buffer = *widget_text;
    bool edited = false;
    flags |= ImGuiInputTextFlags_CallbackAlways;
    if (multiline) edited = ImGui::InputTextMultiline(label, &buffer, size, flags, insert_pending, this);
    else if (hint) edited = ImGui::InputTextWithHint(label, hint, &buffer, flags, insert_pending, this);
    else edited = ImGui::InputText(label, &buffer, flags, insert_pending, this);
    result.deactivated = ImGui::IsItemDeactivated();
    // When the text gets shorter in bytes, the string can keep a stale terminator at its end.
    buffer.resize(std::char_traits<char>::length(buffer.c_str()));
    if (edited) {
        std::string back = bridge_.from_widget(buffer);
        if (back != text) {
            text = std::move(back);
            result.changed = true;
        }
    }
    return result;
}

bool BridgedText::queue_insertion(std::string_view model_text) {
    const std::string widget = bridge_.display(model_text);
    bool has_stand_in = false;
    for (std::size_t offset = 0; offset < widget.size() && !has_stand_in;) {
        const unicode::Decoded decoded = unicode::decode(widget, offset);
        has_stand_in = decoded.valid && bridge_.stand_in(decoded.code_point) != nullptr;
        offset += decoded.length;
    }
    if (!has_stand_in) return false;
    pending_ += widget;
    return true;
}

int BridgedText::insert_pending(ImGuiInputTextCallbackData* data) {
    auto* self = static_cast<BridgedText*>(data->UserData);
    if (data->EventFlag != ImGuiInputTextFlags_CallbackAlways || self->pending_.empty()) return 0;
    std::string text;
    text.swap(self->pending_);
    if (!(data->Flags & ImGuiInputTextFlags_Multiline)) {
        // A single-line field takes line breaks and tabs as spaces, as ImGui's paste does.
        std::replace(text.begin(), text.end(), '\n', ' ');
        std::replace(text.begin(), text.end(), '\t', ' ');
    }
    if (data->HasSelection()) {
        const int start = std::min(data->SelectionStart, data->SelectionEnd);
        const int end = std::max(data->SelectionStart, data->SelectionEnd);
        data->DeleteChars(start, end - start);
        data->CursorPos = start;
    }
    const int at = data->CursorPos;
    data->InsertChars(at, text.c_str(), text.c_str() + text.size());
    data->CursorPos = at + static_cast<int>(text.size());
    data->SelectionStart = data->SelectionEnd = data->CursorPos;
    return 0;
}

FieldResult BridgedText::input(const char* label, std::string& text, const char* hint, ImGuiInputTextFlags flags) {
    return field(label, text, hint, false, ImVec2(0, 0), flags);
}

FieldResult BridgedText::input_multiline(const char* label, std::string& text, ImVec2 size, ImGuiInputTextFlags flags) {
    return field(label, text, nullptr, true, size, flags);
}

void BridgedText::text(std::string_view text) {
    const std::string shown = bridge_.display(text);
    ImGui::TextUnformatted(shown.c_str(), shown.c_str() + shown.size());
}

void BridgedText::text_wrapped(std::string_view text) {
    const std::string shown = bridge_.display(text);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(shown.c_str(), shown.c_str() + shown.size());
    ImGui::PopTextWrapPos();
}

void BridgedText::text_muted(std::string_view text) {
    ImGui::PushStyleColor(ImGuiCol_Text, colours::text_muted);
    text_wrapped(text);
    ImGui::PopStyleColor();
}

}  // namespace kindling::editor::ui
