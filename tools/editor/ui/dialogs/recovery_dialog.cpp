#include "recovery_dialog.hpp"

#include "ui/editor_style.hpp"

#include "model/shortcuts.hpp"

#include "core/text/version.hpp"

#include <ctime>

namespace kindling::editor::ui {

namespace {

std::string when(std::int64_t seconds) {
    const std::time_t time = static_cast<std::time_t>(seconds);
    std::tm local{};
    localtime_r(&time, &local);
    char text[64];
    std::strftime(text, sizeof text, "%a %e %b, %H:%M", &local);
    return text;
}

}  // namespace

RecoveryDialog::RecoveryDialog(BridgedText& text, Workspace& workspace, Recovered recovered)
    : Dialog("Recover unsaved work", 36.0f), text_(text), workspace_(workspace), recovered_(std::move(recovered)) {}

DialogOutcome RecoveryDialog::draw_content() {
    const auto& pending = workspace_.pending_recovery();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + content_width());
    ImGui::TextUnformatted("The editor closed unexpectedly last time. This unsaved work was kept:");
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    std::optional<std::size_t> recover;
    std::optional<std::size_t> discard;
    for (std::size_t i = 0; i < pending.size(); ++i) {
        const RecoveryEntry& entry = pending[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::Separator();
        ImGui::BeginGroup();
        text_.text(entry.deck.title.empty() ? std::string("Untitled deck") : entry.deck.title);
        ImGui::PushStyleColor(ImGuiCol_Text, colours::text_muted);
        const std::string where = entry.original_path.empty() ? "never saved" : entry.original_path.string();
        text_.text(std::to_string(entry.deck.cards.size()) + " cards \u00B7 kept " + when(entry.written_at) + " \u00B7 " + where);
        ImGui::PopStyleColor();
        ImGui::EndGroup();
        const float buttons = ImGui::GetFontSize() * 11.0f;
        ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - buttons));
        if (ImGui::Button("Recover")) recover = i;
        ImGui::SameLine();
        if (ImGui::Button("Discard")) discard = i;
        ImGui::PopID();
    }
    ImGui::Separator();
    if (!error_.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, colours::error);
        text_.text_wrapped(error_);
        ImGui::PopStyleColor();
    }
    ImGui::PushStyleColor(ImGuiCol_Text, colours::text_muted);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + content_width());
    ImGui::TextUnformatted("Recovered decks open unsaved; save them to keep them. Decide later keeps everything for the next start.");
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    const int pressed = dialog_buttons({"Recover all", "Decide later"});

    if (recover) {
        recovered_(workspace_.recover(*recover));
    } else if (discard) {
        if (!workspace_.discard_recovery(*discard, error_)) return DialogOutcome::stay();
    } else if (pressed == 0) {
        while (!workspace_.pending_recovery().empty()) recovered_(workspace_.recover(0));
    }
    if (pressed == 1 || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) return DialogOutcome::close();
    return workspace_.pending_recovery().empty() ? DialogOutcome::close() : DialogOutcome::stay();
}

DialogOutcome ShortcutsDialog::draw_content() {
    if (ImGui::BeginTable("shortcuts", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit)) {
        ImGui::TableSetupColumn("keys", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 9.0f);
        ImGui::TableSetupColumn("what", ImGuiTableColumnFlags_WidthStretch);
        for (const Shortcut& shortcut : shortcuts()) {
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::TextUnformatted(shortcut_label(shortcut).c_str());
            ImGui::TableSetColumnIndex(1);
            ImGui::TextUnformatted(shortcut.description);
        }
        const char* extra[][2] = {{"Ctrl+click", "Add or remove a card from the selection"},
                                  {"Shift+click", "Select a range of cards"},
                                  {"Arrows", "Move through cards, menus and lists"},
                                  {"Right-click", "Bulk edits for the selected cards"}};
        for (const auto& row : extra) {
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::TextUnformatted(row[0]);
            ImGui::TableSetColumnIndex(1);
            ImGui::TextUnformatted(row[1]);
        }
        ImGui::EndTable();
    }
    if (dialog_buttons({"Close"}) == 0 || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) return DialogOutcome::close();
    return DialogOutcome::stay();
}

DialogOutcome AboutDialog::draw_content() {
    ImGui::Text("Kindling deck editor %s", std::string(kindling::version()).c_str());
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + content_width());
    ImGui::PushStyleColor(ImGuiCol_Text, colours::text_muted);
    ImGui::TextUnformatted(details_.c_str());
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
    if (dialog_buttons({"Close"}) == 0 || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) return DialogOutcome::close();
    return DialogOutcome::stay();
}

}  // namespace kindling::editor::ui
