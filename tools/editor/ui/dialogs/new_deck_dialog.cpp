#include "new_deck_dialog.hpp"

#include "ui/editor_style.hpp"

#include "model/deck_templates.hpp"

namespace kindling::editor::ui {

NewDeckDialog::NewDeckDialog(BridgedText& text, std::filesystem::path folder, Create create)
    : Dialog("New deck", 32.0f), text_(text), folder_(std::move(folder)), create_(std::move(create)) {}

DialogOutcome NewDeckDialog::draw_content() {
    ImGui::TextUnformatted("Title");
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(content_width());
    const FieldResult field = text_.input("##title", title_text_, "e.g. Sam & Alex's wedding");
    const bool entered = field.deactivated && (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter)) ||
                                               ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter)));
    ImGui::PushStyleColor(ImGuiCol_Text, colours::text_muted);
    const std::string file = (folder_ / (slug_from_title(title_text_) + ".yaml")).string();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + content_width());
    ImGui::TextUnformatted(("Will be saved in your decks: " + file).c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::Spacing();
    ImGui::TextUnformatted("Start from");
    const auto& templates = deck_templates();
    for (std::size_t i = 0; i < templates.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::RadioButton(templates[i].name.c_str(), chosen_ == static_cast<int>(i))) chosen_ = static_cast<int>(i);
        ImGui::SameLine();
        ImGui::TextDisabled("%s", templates[i].description.c_str());
        ImGui::PopID();
    }
    const int pressed = dialog_buttons({"Create", "Cancel"});
    if (pressed == 0 || entered) {
        const auto index = static_cast<std::size_t>(chosen_);
        const std::string title = title_text_;
        return DialogOutcome::close([create = create_, index, title] { create(index, title); });
    }
    if (pressed == 1 || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) return DialogOutcome::close();
    return DialogOutcome::stay();
}

}  // namespace kindling::editor::ui
