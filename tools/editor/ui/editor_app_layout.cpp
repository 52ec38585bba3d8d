// The editor's window: menu bar, the three columns with their splitters, tabs and status line.
#include "editor_app.hpp"

#include "dialogs/recovery_dialog.hpp"
#include "editor_style.hpp"
#include "panels/card_form_panel.hpp"
#include "panels/card_table_panel.hpp"
#include "panels/deck_properties_panel.hpp"
#include "panels/diagnostics_panel.hpp"
#include "panels/duplicates_panel.hpp"
#include "panels/library_panel.hpp"
#include "panels/play_test_panel.hpp"
#include "panels/preview_panel.hpp"
#include "panels/statistics_panel.hpp"
#include "status_bar_layout.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace kindling::editor::ui {

bool EditorApp::splitter(const char* id, bool vertical, float& fraction, float total, float min_fraction,
                         float max_fraction, bool invert) {
    const float thickness = std::max(6.0f, ImGui::GetFontSize() * 0.4f);
    const ImVec2 size = vertical ? ImVec2(thickness, ImGui::GetContentRegionAvail().y) : ImVec2(ImGui::GetContentRegionAvail().x, thickness);
    ImGui::InvisibleButton(id, size);
    const bool active = ImGui::IsItemActive();
    if (ImGui::IsItemHovered() || active) {
        ImGui::SetMouseCursor(vertical ? ImGuiMouseCursor_ResizeEW : ImGuiMouseCursor_ResizeNS);
        const ImVec2 a = ImGui::GetItemRectMin();
        const ImVec2 b = ImGui::GetItemRectMax();
        const ImU32 colour = ImGui::GetColorU32(colours::accent);
        if (vertical) ImGui::GetWindowDrawList()->AddLine(ImVec2((a.x + b.x) * 0.5f, a.y), ImVec2((a.x + b.x) * 0.5f, b.y), colour, 2.0f);
        else ImGui::GetWindowDrawList()->AddLine(ImVec2(a.x, (a.y + b.y) * 0.5f), ImVec2(b.x, (a.y + b.y) * 0.5f), colour, 2.0f);
    }
    if (active && total > 0) {
        const float delta = (vertical ? ImGui::GetIO().MouseDelta.x : ImGui::GetIO().MouseDelta.y) / total;
        const float updated = std::clamp(fraction + (invert ? -delta : delta), min_fraction, max_fraction);
        if (updated != fraction) {
            fraction = updated;
            ImGui::MarkIniSettingsDirty();
            return true;
        }
    }
    return false;
}

void EditorApp::draw_ui() {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ImGui::GetFontSize() * 0.6f, ImGui::GetFontSize() * 0.5f));
    // Settings are saved for the host window on purpose: tables inherit "no saved settings"
    // from their top window, and the card table's columns (widths, order, sort) should persist.
    const ImGuiWindowFlags host = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_MenuBar | ImGuiWindowFlags_NoBringToFrontOnFocus |
                                  ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse;
    ImGui::Begin("Kindling deck editor", nullptr, host);
    ImGui::PopStyleVar();
    draw_menu_bar();

    const ImGuiStyle& style = ImGui::GetStyle();
    const float status_height = ImGui::GetFrameHeight();
    const ImVec2 area = ImGui::GetContentRegionAvail();
    const float body_height = area.y - status_height - style.ItemSpacing.y;
    const float splitter_width = std::max(6.0f, ImGui::GetFontSize() * 0.4f);
    const float left_width = std::round(area.x * layout_.library);
    const float right_width = std::round(area.x * layout_.inspector);
    const float centre_width = area.x - left_width - right_width - splitter_width * 2 - style.ItemSpacing.x * 4;

    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));
    ImGui::BeginChild("body", ImVec2(area.x, body_height), false, ImGuiWindowFlags_NoScrollbar);
    ImGui::PopStyleVar();

    library_panel_->draw(ImVec2(left_width, body_height));
    ImGui::SameLine();
    splitter("##split library", true, layout_.library, area.x, 0.12f, 0.35f);
    ImGui::SameLine();

    ImGui::BeginGroup();
    const float bottom_height = std::round(body_height * layout_.bottom);
    table_panel_->draw(ImVec2(centre_width, body_height - bottom_height - splitter_width));
    ImGui::PushID("centre");
    ImGui::BeginChild("split bottom holder", ImVec2(centre_width, splitter_width), false, ImGuiWindowFlags_NoScrollbar);
    splitter("##split bottom", false, layout_.bottom, body_height, 0.12f, 0.65f, true);
    ImGui::EndChild();
    ImGui::PopID();
    draw_bottom_tabs(ImVec2(centre_width, bottom_height));
    ImGui::EndGroup();
    ImGui::SameLine();
    splitter("##split inspector", true, layout_.inspector, area.x, 0.22f, 0.5f, true);
    ImGui::SameLine();
    draw_inspector(ImVec2(right_width, body_height));
    ImGui::EndChild();

    draw_status_bar();
    ImGui::End();

    dialogs_.draw();
}

void EditorApp::draw_bottom_tabs(ImVec2 size) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, colours::panel);
    ImGui::BeginChild("bottom", size, false, ImGuiWindowFlags_NoScrollbar);
    ImGui::SetCursorPos(ImVec2(ImGui::GetStyle().WindowPadding.x, ImGui::GetStyle().WindowPadding.y * 0.6f));
    const ImVec2 inner(size.x - ImGui::GetStyle().WindowPadding.x * 2, 0);
    ImGui::BeginGroup();
    if (ImGui::BeginTabBar("bottom tabs")) {
        const auto tab = [&](const std::string& label, Panel& panel) {
            if (ImGui::BeginTabItem(label.c_str())) {
                panel.draw(ImVec2(inner.x, ImGui::GetContentRegionAvail().y - ImGui::GetStyle().WindowPadding.y * 0.5f));
                ImGui::EndTabItem();
            }
        };
        tab(problems_tab_label(context_), *diagnostics_panel_);
        tab("Statistics", *statistics_panel_);
        tab("Near-duplicates", *duplicates_panel_);
        tab("Play-test", *play_test_panel_);
        ImGui::EndTabBar();
    }
    ImGui::EndGroup();
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

void EditorApp::draw_inspector(ImVec2 size) {
    ImGui::BeginGroup();
    const float splitter_height = std::max(6.0f, ImGui::GetFontSize() * 0.4f);
    const float preview_height = std::round(size.y * layout_.preview);
    const float top_height = size.y - preview_height - splitter_height;

    ImGui::PushStyleColor(ImGuiCol_ChildBg, colours::panel);
    ImGui::BeginChild("inspector", ImVec2(size.x, top_height), false, ImGuiWindowFlags_NoScrollbar);
    ImGui::SetCursorPos(ImVec2(ImGui::GetStyle().WindowPadding.x, ImGui::GetStyle().WindowPadding.y * 0.6f));
    ImGui::BeginGroup();
    DeckDocument* document = workspace_.active();
    DeckView* view = document ? &context_.view(*document) : nullptr;
    if (ImGui::BeginTabBar("inspector tabs")) {
        const float width = size.x - ImGui::GetStyle().WindowPadding.x * 2;
        ImGuiTabItemFlags card_flags = 0;
        ImGuiTabItemFlags deck_flags = 0;
        if (view && !view->focus_card_field.empty()) card_flags |= ImGuiTabItemFlags_SetSelected;
        if (view && view->show_deck_tab) {
            deck_flags |= ImGuiTabItemFlags_SetSelected;
            view->show_deck_tab = false;
        }
        const bool several = view && view->selection.size() > 1;
        if (ImGui::BeginTabItem(several ? "Selected cards###card" : "Card###card", nullptr, card_flags)) {
            form_panel_->draw(ImVec2(width, ImGui::GetContentRegionAvail().y - ImGui::GetStyle().WindowPadding.y * 0.5f));
            ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem("Deck###deck", nullptr, deck_flags)) {
            deck_panel_->draw(ImVec2(width, ImGui::GetContentRegionAvail().y - ImGui::GetStyle().WindowPadding.y * 0.5f));
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
    ImGui::EndGroup();
    ImGui::EndChild();
    ImGui::PopStyleColor();

    ImGui::BeginChild("split preview holder", ImVec2(size.x, splitter_height), false, ImGuiWindowFlags_NoScrollbar);
    splitter("##split preview", false, layout_.preview, size.y, 0.15f, 0.65f, true);
    ImGui::EndChild();

    ImGui::PushStyleColor(ImGuiCol_ChildBg, colours::panel);
    preview_panel_->draw(ImVec2(size.x, preview_height));
    ImGui::PopStyleColor();
    ImGui::EndGroup();
}

void EditorApp::draw_menu_bar() {
    if (!ImGui::BeginMenuBar()) return;
    DeckDocument* document = workspace_.active();
    const bool has = document != nullptr;
    const bool editable = has && !document->read_only();
    const auto item = [&](const char* label, EditorAction action, bool enabled = true) {
        const std::string keys = shortcut_label(action);
        if (ImGui::MenuItem(label, keys.empty() ? nullptr : keys.c_str(), false, enabled)) perform(action);
    };
    if (ImGui::BeginMenu("File")) {
        item("New deck\u2026", EditorAction::new_deck);
        item("Open\u2026", EditorAction::open_file);
        if (ImGui::BeginMenu("Open recent", !settings_.recent_files.empty())) {
            for (const std::string& recent : settings_.recent_files) {
                if (ImGui::MenuItem(text_.display(recent).c_str())) defer([this, recent] { open_path(recent); });
            }
            ImGui::EndMenu();
        }
        ImGui::Separator();
        item("Save", EditorAction::save, has);
        item("Save As\u2026", EditorAction::save_as, has);
        const bool readable = has && !document->unreadable();
        if (ImGui::MenuItem("Duplicate to my decks", nullptr, false, readable)) duplicate_to_my_decks(*document);
        if (ImGui::MenuItem("Reload from disk", nullptr, false, has && document->origin() == DocumentOrigin::file)) {
            reload(*document);
        }
        ImGui::Separator();
        if (ImGui::MenuItem("New deck from plain text\u2026")) import_text();
        if (ImGui::MenuItem("Import cards from CSV\u2026", nullptr, false, editable)) import_csv(*document);
        if (ImGui::MenuItem("Export cards as CSV\u2026", nullptr, false, readable)) export_csv(*document);
        ImGui::Separator();
        item("Close deck", EditorAction::close_deck, has);
        item("Quit", EditorAction::quit);
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Edit")) {
        const std::string undo = has && document->history().can_undo() ? text_.display("Undo " + document->history().undo_description()) : "Undo";
        const std::string redo = has && document->history().can_redo() ? text_.display("Redo " + document->history().redo_description()) : "Redo";
        item(undo.c_str(), EditorAction::undo, has && document->history().can_undo());
        item(redo.c_str(), EditorAction::redo, has && document->history().can_redo());
        ImGui::Separator();
        item("Add card", EditorAction::add_card, editable);
        item("Duplicate selected cards", EditorAction::duplicate_cards, editable);
        item("Delete selected cards", EditorAction::delete_cards, editable);
        item("Select all shown cards", EditorAction::select_all, has);
        ImGui::Separator();
        item("Find cards", EditorAction::find, has);
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("View")) {
        ImGui::TextDisabled("Text size: %d%%", settings_.text_size_percent);
        item("Bigger text", EditorAction::text_bigger, settings_.text_size_percent < EditorSettings::max_text_size);
        item("Smaller text", EditorAction::text_smaller, settings_.text_size_percent > EditorSettings::min_text_size);
        item("Text size 100%", EditorAction::text_reset, settings_.text_size_percent != 100);
        ImGui::Separator();
        if (ImGui::MenuItem("Show the safe area in previews", nullptr, &settings_.show_safe_area)) store_settings();
        const bool zenity = ZenityFileChooser::available();
        if (ImGui::MenuItem("Use the system file dialog (zenity)", nullptr, &settings_.use_system_file_dialog, zenity)) store_settings();
        if (!zenity && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("zenity is not installed");
        ImGui::Separator();
        item("Next deck", EditorAction::next_deck, workspace_.documents().size() > 1);
        item("Previous deck", EditorAction::previous_deck, workspace_.documents().size() > 1);
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Help")) {
        item("Keyboard shortcuts", EditorAction::show_shortcuts);
        if (ImGui::MenuItem("About")) {
            const std::string details =
                "Your decks: " + options_.paths.user_decks.string() + "\nSettings: " + options_.paths.settings_file().string() +
                "\nLayout: " + options_.paths.layout_file().string() + "\nRecovery copies: " + options_.paths.recovery().string() +
                "\n\nThe deck format is described in data/decks/README.md.";
            dialogs_.push(std::make_unique<AboutDialog>(details));
        }
        ImGui::EndMenu();
    }
    ImGui::EndMenuBar();
}

void EditorApp::draw_status_bar() {
    const StatusMessage& message = context_.last_status();
    const std::string shown = message.text.empty() ? std::string("Ready") : text_.display(message.text);
    const std::size_t unsaved = workspace_.unsaved_documents().size();
    const std::string saved = unsaved == 0 ? std::string("all saved") : std::to_string(unsaved) + " unsaved";
    const std::string summaries[] = {saved + "  \u00B7  text " + std::to_string(settings_.text_size_percent) + "%", saved};
    std::vector<float> summary_widths;
    for (const std::string& summary : summaries) summary_widths.push_back(ImGui::CalcTextSize(summary.c_str()).x);

    const float start_x = ImGui::GetCursorPosX();
    const float available = ImGui::GetContentRegionAvail().x;
    const ImVec2 message_size = ImGui::CalcTextSize(shown.c_str());
    const StatusBarFit fit = fit_status_bar(available, message_size.x, summary_widths, ImGui::GetFontSize() * 1.5f);

    // The message, cut with an ellipsis where the line is too short (the whole text on hover).
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float height = ImGui::GetFrameHeight();
    ImGui::Dummy(ImVec2(std::max(fit.message_width, 1.0f), height));
    const ImVec2 text_min(at.x, at.y + ImGui::GetStyle().FramePadding.y);
    const ImVec2 text_max(at.x + fit.message_width, at.y + height);
    ImGui::PushStyleColor(ImGuiCol_Text, message.error ? colours::error : colours::text_muted);
    ImGui::RenderTextEllipsis(ImGui::GetWindowDrawList(), text_min, text_max, text_max.x, text_max.x, shown.c_str(), nullptr,
                              &message_size);
    ImGui::PopStyleColor();
    if (fit.message_width < message_size.x && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", shown.c_str());

    if (fit.summary) {
        ImGui::SameLine(start_x + available - summary_widths[*fit.summary]);
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("%s", summaries[*fit.summary].c_str());
    }
}

}  // namespace kindling::editor::ui
