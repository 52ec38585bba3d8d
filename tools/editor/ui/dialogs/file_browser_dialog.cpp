#include "file_browser_dialog.hpp"

#include "ui/editor_style.hpp"

#include <cstdio>

namespace kindling::editor::ui {

namespace {

const char* action_label(BrowsePurpose purpose) {
    switch (purpose) {
        case BrowsePurpose::open_deck: return "Open";
        case BrowsePurpose::import_csv: return "Import";
        case BrowsePurpose::import_text: return "Import";
        case BrowsePurpose::save_deck: return "Save";
        case BrowsePurpose::export_csv: return "Export";
    }
    return "OK";
}

const char* title_for(BrowsePurpose purpose) {
    switch (purpose) {
        case BrowsePurpose::open_deck: return "Open a deck";
        case BrowsePurpose::import_csv: return "Import cards from a spreadsheet (CSV)";
        case BrowsePurpose::import_text: return "New deck from a plain-text list";
        case BrowsePurpose::save_deck: return "Save the deck as";
        case BrowsePurpose::export_csv: return "Export the cards as a spreadsheet (CSV)";
    }
    return "Choose a file";
}

std::string size_text(std::uintmax_t size) {
    char text[32];
    if (size < 1024) std::snprintf(text, sizeof text, "%ju B", size);
    else if (size < 1024 * 1024) std::snprintf(text, sizeof text, "%.1f KiB", static_cast<double>(size) / 1024.0);
    else std::snprintf(text, sizeof text, "%.1f MiB", static_cast<double>(size) / (1024.0 * 1024.0));
    return text;
}

}  // namespace

FileBrowserDialog::FileBrowserDialog(BridgedText& text, BrowsePurpose purpose, const std::filesystem::path& start,
                                     std::string suggested_name, std::vector<Place> places, Chosen chosen)
    : Dialog(title_for(purpose), 44.0f), text_(text), model_(purpose, start, std::move(suggested_name)),
      places_(std::move(places)), chosen_(std::move(chosen)), folder_text_(model_.folder().string()) {}

DialogOutcome FileBrowserDialog::choose(const std::filesystem::path& path) {
    std::error_code code;
    if (model_.saving() && std::filesystem::exists(path, code)) {
        confirm_replace_ = true;
        pending_ = path;
        return DialogOutcome::stay();
    }
    return DialogOutcome::close([chosen = chosen_, path] { chosen(path); });
}

DialogOutcome FileBrowserDialog::draw_content() {
    const ImGuiIO& io = ImGui::GetIO();
    const auto pressed = [](ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key)); };

    if (confirm_replace_) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + content_width());
        text_.text(pending_.filename().string() + " already exists in " + pending_.parent_path().string() + ".");
        ImGui::TextUnformatted(model_.purpose() == BrowsePurpose::save_deck
                                   ? "Replace it? Its current contents are kept as a backup, NAME~1."
                                   : "Replace it?");
        ImGui::PopTextWrapPos();
        const int choice = dialog_buttons({"Replace", "Cancel"});
        if (choice == 0) return DialogOutcome::close([chosen = chosen_, path = pending_] { chosen(path); });
        if (choice == 1 || pressed(ImGuiKey_Escape)) confirm_replace_ = false;
        return DialogOutcome::stay();
    }

    // Places on the left, the folder on the right.
    const float list_height = ImGui::GetTextLineHeightWithSpacing() * 14.0f;
    const float places_width = ImGui::GetFontSize() * 10.0f;
    ImGui::BeginChild("places", ImVec2(places_width, list_height), true);
    for (const Place& place : places_) {
        if (ImGui::Selectable(text_.display(place.name).c_str(), model_.folder() == place.folder)) {
            std::error_code code;
            std::filesystem::create_directories(place.folder, code);
            model_.go_to(place.folder);
            folder_text_ = model_.folder().string();
            scroll_to_selection_ = true;
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", place.folder.c_str());
    }
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginGroup();
    if (ImGui::ArrowButton("up", ImGuiDir_Up)) {
        model_.go_up();
        folder_text_ = model_.folder().string();
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Parent folder (Backspace)");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(content_width() - places_width - ImGui::GetFrameHeight() - ImGui::GetStyle().ItemSpacing.x * 2);
    if (text_.input("##folder", folder_text_, nullptr, ImGuiInputTextFlags_EnterReturnsTrue).changed ||
        (ImGui::IsItemDeactivated() && pressed(ImGuiKey_Enter))) {
        if (model_.go_to(expand_home(folder_text_))) folder_text_ = model_.folder().string();
    }
    const float listing_width = content_width() - places_width - ImGui::GetStyle().ItemSpacing.x;
    ImGui::BeginChild("listing", ImVec2(listing_width, list_height - ImGui::GetFrameHeightWithSpacing()), true);
    std::optional<std::filesystem::path> picked;
    const auto& entries = model_.entries();
    if (entries.empty()) ImGui::TextDisabled("No folders or %s files here", model_.filter_label().c_str());
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const BrowserEntry& entry = entries[i];
        ImGui::PushID(static_cast<int>(i));
        const bool selected = model_.selected() == i;
        const std::string label = (entry.is_folder ? "\u25B8  " : "     ") + entry.name;
        if (ImGui::Selectable(text_.display(label).c_str(), selected, ImGuiSelectableFlags_AllowDoubleClick)) {
            model_.select(i);
            if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
                picked = model_.activate_selected();
                folder_text_ = model_.folder().string();
                scroll_to_selection_ = true;
            }
        }
        if (selected && scroll_to_selection_) {
            ImGui::SetScrollHereY(0.5f);
            scroll_to_selection_ = false;
        }
        if (!entry.is_folder) {
            ImGui::SameLine(listing_width - ImGui::GetFontSize() * 6.0f);
            ImGui::TextDisabled("%s", size_text(entry.size).c_str());
        }
        ImGui::PopID();
    }
    ImGui::EndChild();
    ImGui::EndGroup();

    ImGui::TextUnformatted(model_.saving() ? "File name" : "File name or path");
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    const float button_width = ImGui::GetFontSize() * 6.0f;
    ImGui::SetNextItemWidth(content_width() - (button_width + ImGui::GetStyle().ItemSpacing.x) * 2);
    const bool name_was_empty = model_.typed_name.empty();
    const FieldResult name = text_.input("##name", model_.typed_name, model_.filter_label().c_str());
    const bool name_entered = name.deactivated && (pressed(ImGuiKey_Enter) || pressed(ImGuiKey_KeyPadEnter));
    ImGui::SameLine();
    const bool accept = ImGui::Button(action_label(model_.purpose()), ImVec2(button_width, 0));
    ImGui::SameLine();
    const bool cancel = ImGui::Button("Cancel", ImVec2(button_width, 0));
    bool hidden = model_.show_hidden();
    if (ImGui::Checkbox("Show hidden files", &hidden)) model_.set_show_hidden(hidden);
    if (!model_.error().empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, colours::error);
        text_.text_wrapped(model_.error());
        ImGui::PopStyleColor();
    }

    // Keyboard: the arrows move in the listing even while the name field has the cursor.
    if (!io.KeyCtrl) {
        const int page = 10;
        int move = 0;
        if (pressed(ImGuiKey_DownArrow)) move = 1;
        if (pressed(ImGuiKey_UpArrow)) move = -1;
        if (pressed(ImGuiKey_PageDown)) move = page;
        if (pressed(ImGuiKey_PageUp)) move = -page;
        if (move != 0) {
            model_.move_selection(move);
            scroll_to_selection_ = true;
        }
        if (pressed(ImGuiKey_Backspace) && name_was_empty) {
            model_.go_up();
            folder_text_ = model_.folder().string();
            scroll_to_selection_ = true;
        }
    }
    if (cancel || pressed(ImGuiKey_Escape)) return DialogOutcome::close();
    if (accept || name_entered) {
        const bool was_folder = model_.selected() && *model_.selected() < entries.size() &&
                                entries[*model_.selected()].is_folder && model_.typed_name.empty();
        picked = model_.accept_typed();
        folder_text_ = model_.folder().string();
        scroll_to_selection_ = true;
        if (!picked && was_folder) ImGui::SetKeyboardFocusHere(-1);
    }
    if (picked) return choose(*picked);
    return DialogOutcome::stay();
}

}  // namespace kindling::editor::ui
