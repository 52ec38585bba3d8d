#include "deck_properties_panel.hpp"

#include "ui/editor_style.hpp"
#include "ui/widgets.hpp"

#include "model/card_edits.hpp"
#include "model/deck_templates.hpp"

#include <cstdio>

namespace kindling::editor::ui {

void DeckPropertiesPanel::commit(DeckDocument& document, const DeckInfo& info, const char* what, const char* merge_tag) {
    document.execute(edit_deck_info(document.cards(), info, what, merge_tag));
}

bool DeckPropertiesPanel::text_field(DeckDocument& document, DeckView& view, const ValidationReport& report, DeckInfo& info,
                                     const char* label, const char* field, std::string& value, const char* hint,
                                     const char* help, bool multiline) {
    const auto problems = report.for_deck_field(field);
    field_label(label, problems, help);
    if (view.focus_deck_field == field) {
        ImGui::SetKeyboardFocusHere();
        view.focus_deck_field.clear();
    }
    ImGui::PushID(field);
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
    const int pushed = push_field_frame(problems);
    const FieldResult result =
        multiline ? context_.text.input_multiline("##field", value, ImVec2(ImGui::GetContentRegionAvail().x, ImGui::GetTextLineHeight() * 3.4f))
                  : context_.text.input("##field", value, hint);
    pop_field_frame(pushed);
    ImGui::PopID();
    if (result.changed) commit(document, info, (std::string("Edit deck ") + field).c_str(), field);
    if (result.deactivated) document.seal_edit_group();
    field_problems(context_.text, problems);
    ImGui::Spacing();
    return result.changed;
}

void DeckPropertiesPanel::draw_content() {
    DeckDocument* document = context_.workspace.active();
    if (!document) {
        context_.text.text_muted("Open or create a deck to edit its details.");
        return;
    }
    if (document->unreadable()) {
        context_.text.text_muted("This file has a syntax error, so its details cannot be edited here until it is fixed.");
        return;
    }
    DeckView& view = context_.view(*document);
    const ValidationReport& report = context_.workspace.report(*document);
    DeckInfo info = info_of(document->deck());
    context_.text.text_muted("Deck code " + document->code() +
                             " (a copy with the same code is the same deck)");
    if (document->read_only()) ImGui::BeginDisabled();

    text_field(*document, view, report, info, "Title", "title", info.title, "the name players see", nullptr);
    const auto id_problems = report.for_deck_field("id");
    field_label("Deck id", id_problems, "Lowercase letters, digits and single dashes; unique among the decks you load.");
    const float from_title = ImGui::CalcTextSize("From title").x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - from_title - ImGui::GetStyle().ItemSpacing.x);
    int pushed = push_field_frame(id_problems);
    const FieldResult id = context_.text.input("##deck id", info.id, "e.g. wedding-night");
    pop_field_frame(pushed);
    if (id.changed) commit(*document, info, "Edit deck id", "id");
    if (id.deactivated) document->seal_edit_group();
    ImGui::SameLine();
    if (ImGui::Button("From title")) {
        info.id = slug_from_title(info.title);
        commit(*document, info, "Set deck id");
    }
    field_problems(context_.text, id_problems);
    ImGui::Spacing();

    text_field(*document, view, report, info, "Description", "description", info.description, nullptr,
               "One or two sentences for the deck list.", true);
    text_field(*document, view, report, info, "Language", "language", info.language, "en",
               "A language tag such as en, de or pt-BR.");
    text_field(*document, view, report, info, "Author", "author", info.author, "who wrote the deck", nullptr);
    text_field(*document, view, report, info, "Licence", "licence", info.licence, "e.g. CC-BY-4.0",
               "Preferably an SPDX id such as CC-BY-4.0.");

    const auto theme_problems = report.for_deck_field("theme");
    field_label("Default theme", theme_problems, "The theme of every card that does not name its own. Changing it moves the cards that followed it.");
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
    std::string theme = info.theme;
    if (theme_combo(context_.text, "##default theme", document->deck(), theme, true)) {
        info.theme = theme;
        commit(*document, info, "Change the default theme");
    }
    field_problems(context_.text, theme_problems);
    ImGui::Spacing();

    draw_themes(*document, report, info);
    if (document->read_only()) ImGui::EndDisabled();

    ImGui::Spacing();
    ImGui::Separator();
    section_heading("File");
    if (document->path().empty()) {
        context_.text.text_muted("Not saved yet.");
    } else {
        context_.text.text_muted(document->path().string());
        if (!document->read_only()) {
            context_.text.text_muted("The last three saved versions are kept next to it as " +
                                     document->path().filename().string() + "~1 to ~3.");
        }
    }
}

void DeckPropertiesPanel::draw_themes(DeckDocument& document, const ValidationReport& report, DeckInfo& info) {
    section_heading("Themes of this deck");
    context_.text.text_muted("Six themes are built in. Add your own, for example for a wedding or a friend's birthday.");
    const auto general = report.for_deck_field("themes");
    field_problems(context_.text, general);
    for (std::size_t i = 0; i < info.themes.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        Theme& theme = info.themes[i];
        std::vector<const EditorDiagnostic*> problems;
        for (const EditorDiagnostic& d : report.diagnostics) {
            if (!d.card && d.theme_index == static_cast<int>(i)) problems.push_back(&d);
        }
        ImGui::Separator();
        float colour[3] = {0.75f, 0.34f, 0.48f};
        const ImVec4 current = colour_from_hex(theme.colour.c_str(), ImVec4(colour[0], colour[1], colour[2], 1));
        colour[0] = current.x;
        colour[1] = current.y;
        colour[2] = current.z;
        if (ImGui::ColorEdit3("##colour", colour, ImGuiColorEditFlags_NoInputs)) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "#%02x%02x%02x", static_cast<int>(colour[0] * 255.0f + 0.5f),
                          static_cast<int>(colour[1] * 255.0f + 0.5f), static_cast<int>(colour[2] * 255.0f + 0.5f));
            theme.colour = hex;
            commit(document, info, "Change theme colour", "theme colour");
        }
        if (ImGui::IsItemDeactivated()) document.seal_edit_group();
        ImGui::SameLine();
        const float remove = ImGui::CalcTextSize("Remove").x + ImGui::GetStyle().FramePadding.x * 2;
        ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - remove - ImGui::GetStyle().ItemSpacing.x);
        const int pushed = push_field_frame(problems);
        const FieldResult title = context_.text.input("##title", theme.title, "title shown on cards");
        if (title.changed) commit(document, info, "Edit theme title", "theme title");
        if (title.deactivated) document.seal_edit_group();
        ImGui::SameLine();
        bool removed = false;
        if (ImGui::Button("Remove")) {
            info.themes.erase(info.themes.begin() + static_cast<std::ptrdiff_t>(i));
            commit(document, info, "Remove theme");
            removed = true;
        }
        if (!removed) {
            const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
            ImGui::SetNextItemWidth(half);
            const FieldResult id = context_.text.input("##id", theme.id, "id, e.g. wedding");
            if (id.changed) commit(document, info, "Edit theme id", "theme id");
            if (id.deactivated) document.seal_edit_group();
            ImGui::SameLine();
            ImGui::SetNextItemWidth(half);
            const FieldResult icon = context_.text.input("##icon", theme.icon, "icon (optional)");
            if (icon.changed) commit(document, info, "Edit theme icon", "theme icon");
            if (icon.deactivated) document.seal_edit_group();
            ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
            const FieldResult description = context_.text.input("##description", theme.description, "description (optional)");
            if (description.changed) commit(document, info, "Edit theme description", "theme description");
            if (description.deactivated) document.seal_edit_group();
        }
        pop_field_frame(pushed);
        field_problems(context_.text, problems);
        ImGui::PopID();
        if (removed) break;
    }
    if (ImGui::Button("+ Add theme")) {
        Theme theme;
        theme.id = "my-theme";
        for (int n = 2; find_theme(document.deck(), theme.id); ++n) theme.id = "my-theme-" + std::to_string(n);
        theme.title = "My theme";
        theme.colour = "#c0567a";
        info.themes.push_back(theme);
        commit(document, info, "Add theme");
    }
}

}  // namespace kindling::editor::ui
