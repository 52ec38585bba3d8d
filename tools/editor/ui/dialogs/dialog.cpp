#include "dialog.hpp"

#include "ui/bridged_text.hpp"
#include "ui/editor_style.hpp"

#include <algorithm>
#include <atomic>

namespace kindling::editor::ui {

namespace {
std::atomic<int> dialog_counter{0};
}

Dialog::Dialog(std::string title, float width_in_font_sizes)
    : title_(std::move(title)), popup_id_(title_ + "###dialog" + std::to_string(dialog_counter++)), width_(width_in_font_sizes) {}

float Dialog::content_width() const { return ImGui::GetFontSize() * width_; }

DialogOutcome Dialog::draw() {
    if (!ImGui::IsPopupOpen(popup_id_.c_str())) ImGui::OpenPopup(popup_id_.c_str());
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(content_width(), 0), ImVec2(viewport->Size.x * 0.9f, viewport->Size.y * 0.9f));
    DialogOutcome outcome;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ImGui::GetFontSize() * 1.2f, ImGui::GetFontSize()));
    if (ImGui::BeginPopupModal(popup_id_.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings)) {
        outcome = draw_content();
        if (outcome.closed) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
    ImGui::PopStyleVar();
    return outcome;
}

void DialogStack::draw() {
    if (dialogs_.empty()) return;
    Dialog* shown = dialogs_.back().get();
    DialogOutcome outcome = shown->draw();
    if (!outcome.closed) return;
    const auto it = std::find_if(dialogs_.begin(), dialogs_.end(), [&](const auto& d) { return d.get() == shown; });
    if (it != dialogs_.end()) dialogs_.erase(it);
    if (outcome.then) outcome.then();
}

int dialog_buttons(const std::vector<std::string>& labels) {
    const ImGuiStyle& style = ImGui::GetStyle();
    float width = ImGui::GetFontSize() * 5.0f;
    for (const std::string& label : labels) width = std::max(width, ImGui::CalcTextSize(label.c_str()).x + style.FramePadding.x * 4);
    const float total = width * static_cast<float>(labels.size()) + style.ItemSpacing.x * static_cast<float>(labels.size() - 1);
    ImGui::Spacing();
    ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - total));
    int pressed = -1;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (i > 0) ImGui::SameLine();
        if (ImGui::Button(labels[i].c_str(), ImVec2(width, 0))) pressed = static_cast<int>(i);
    }
    return pressed;
}

ChoiceDialog::ChoiceDialog(BridgedText& text, const std::string& title, std::string message, std::vector<Choice> choices,
                           std::string details)
    : Dialog(text.display(title)), text_(text), message_(std::move(message)), details_(std::move(details)),
      choices_(std::move(choices)) {}

DialogOutcome ChoiceDialog::draw_content() {
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + content_width());
    text_.text(message_);
    if (!details_.empty()) {
        ImGui::Spacing();
        ImGui::PushStyleColor(ImGuiCol_Text, colours::text_muted);
        text_.text(details_);
        ImGui::PopStyleColor();
    }
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    std::vector<std::string> labels;
    for (const Choice& choice : choices_) labels.push_back(choice.label);
    int pressed = dialog_buttons(labels);
    // Enter chooses the default, Escape the cancelling choice.
    const bool typing = ImGui::GetIO().WantTextInput;
    for (std::size_t i = 0; pressed < 0 && i < choices_.size(); ++i) {
        if (choices_[i].is_default && !typing && (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter)) ||
                                                  ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter)))) {
            pressed = static_cast<int>(i);
        }
        if (choices_[i].is_cancel && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) pressed = static_cast<int>(i);
    }
    if (pressed < 0) return DialogOutcome::stay();
    return DialogOutcome::close(choices_[static_cast<std::size_t>(pressed)].action);
}

}  // namespace kindling::editor::ui
