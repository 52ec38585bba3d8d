#include "panel.hpp"

#include "editor_style.hpp"

namespace kindling::editor::ui {

Panel::Panel(std::string title, bool show_heading, ImGuiWindowFlags flags)
    : title_(std::move(title)), show_heading_(show_heading), flags_(flags) {}

void Panel::draw(ImVec2 size) {
    ImGui::PushID(title_.c_str());
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImGui::GetStyle().WindowPadding);
    before_region();
    if (ImGui::BeginChild("panel", size, false, flags_)) {
        if (show_heading_) section_heading(title_.c_str());
        draw_content();
    }
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopID();
}

void section_heading(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, colours::text_muted);
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
    ImGui::Spacing();
}

}  // namespace kindling::editor::ui
