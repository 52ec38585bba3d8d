#include "library_panel.hpp"

#include "ui/editor_style.hpp"
#include "ui/widgets.hpp"

namespace kindling::editor::ui {

void LibraryPanel::draw_content() {
    Workspace& workspace = context_.workspace;
    if (!scanned_) {
        workspace.refresh_library();
        scanned_ = true;
    }
    ImGui::PushFont(context_.fonts.heading());
    ImGui::TextUnformatted("Decks");
    ImGui::PopFont();
    const float full = ImGui::GetContentRegionAvail().x;
    const float half = (full - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    if (ImGui::Button("New deck\u2026", ImVec2(half, 0))) context_.commands.perform(EditorAction::new_deck);
    ImGui::SameLine();
    if (ImGui::Button("Open file\u2026", ImVec2(half, 0))) context_.commands.perform(EditorAction::open_file);
    ImGui::Spacing();

    // Section headers stay quiet; the accent is for what is selected.
    const auto quiet_header = [](const char* label) {
        ImGui::PushStyleColor(ImGuiCol_Header, ImVec4(1, 1, 1, 0.05f));
        ImGui::PushStyleColor(ImGuiCol_HeaderHovered, ImVec4(1, 1, 1, 0.09f));
        ImGui::PushStyleColor(ImGuiCol_HeaderActive, ImVec4(1, 1, 1, 0.12f));
        const bool open = ImGui::CollapsingHeader(label);
        ImGui::PopStyleColor(3);
        return open;
    };
    ImGui::PushID("mine");
    ImGui::SetNextItemOpen(true, ImGuiCond_FirstUseEver);
    if (quiet_header("My decks")) {
        if (workspace.library().user_decks.empty()) {
            context_.text.text_muted("No decks of your own yet. Start one with New deck, or duplicate a "
                                     "built-in deck to change it.");
        }
        for (const LibraryEntry& entry : workspace.library().user_decks) draw_entry(entry);
        ImGui::Spacing();
    }
    ImGui::PopID();

    ImGui::PushID("built-in");
    ImGui::SetNextItemOpen(true, ImGuiCond_FirstUseEver);
    if (quiet_header("Built-in (read-only)")) {
        for (const LibraryEntry& entry : workspace.library().built_in_decks) draw_entry(entry);
    }
    ImGui::PopID();

    ImGui::Spacing();
    if (ImGui::SmallButton("Refresh")) workspace.refresh_library();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", workspace.paths().user_decks.c_str());
}

void LibraryPanel::draw_entry(const LibraryEntry& entry) {
    ImGui::PushID(entry.path.c_str());
    const DeckDocument* active = context_.workspace.active();
    const bool is_open = active && active->path() == entry.path;
    const float line = ImGui::GetTextLineHeightWithSpacing();
    const ImVec2 start = ImGui::GetCursorPos();
    if (ImGui::Selectable("##entry", is_open, ImGuiSelectableFlags_AllowDoubleClick, ImVec2(0, line * 2.0f))) {
        context_.commands.open_library_entry(entry);
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", entry.path.c_str());
    if (ImGui::BeginPopupContextItem("entry menu")) {
        if (ImGui::MenuItem("Open")) context_.commands.open_library_entry(entry);
        if (entry.built_in && ImGui::MenuItem("Duplicate to my decks")) context_.commands.duplicate_library_entry(entry);
        ImGui::EndPopup();
    }
    const ImVec2 after = ImGui::GetCursorPos();
    ImGui::SetCursorPos(ImVec2(start.x + ImGui::GetStyle().FramePadding.x, start.y));
    context_.text.text(entry.title);
    ImGui::SetCursorPosX(start.x + ImGui::GetStyle().FramePadding.x);
    ImGui::PushStyleColor(ImGuiCol_Text, entry.errors > 0 ? colours::error : colours::text_muted);
    const std::size_t cards = context_.workspace.card_count(entry);
    if (entry.errors > 0) {
        ImGui::Text("%zu cards \u00B7 %zu %s", cards, entry.errors, entry.errors == 1 ? "error" : "errors");
    } else {
        ImGui::Text("%zu cards", cards);
    }
    ImGui::PopStyleColor();
    ImGui::SetCursorPos(after);
    ImGui::PopID();
}

}  // namespace kindling::editor::ui
