#include "diagnostics_panel.hpp"

#include "ui/editor_style.hpp"

namespace kindling::editor::ui {

std::string problems_tab_label(EditorContext& context) {
    DeckDocument* document = context.workspace.active();
    if (!document) return "Problems###problems";
    const std::size_t count = context.workspace.report(*document).diagnostics.size();
    return count == 0 ? "Problems###problems" : "Problems (" + std::to_string(count) + ")###problems";
}

void DiagnosticsPanel::jump(DeckDocument& document, const EditorDiagnostic& problem) {
    DeckView& view = context_.view(document);
    if (problem.card) {
        context_.focus_card(document, *problem.card, problem.field);
    } else {
        std::string field = problem.field;
        if (field.starts_with("themes.")) field.clear();
        view.focus_deck_field = field;
        view.show_deck_tab = true;
    }
}

void DiagnosticsPanel::draw_content() {
    DeckDocument* document = context_.workspace.active();
    if (!document) return;
    const ValidationReport& report = context_.workspace.report(*document);
    if (context_.workspace.validating(*document)) {
        ImGui::TextDisabled("Checking the deck\u2026");
    } else if (report.diagnostics.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, colours::success);
        ImGui::TextUnformatted("\u2713  No problems. The game and kindling-deck lint accept this deck.");
        ImGui::PopStyleColor();
    } else {
        ImGui::TextDisabled("%zu %s, %zu %s. Click one to go there.", report.errors, report.errors == 1 ? "error" : "errors",
                            report.warnings, report.warnings == 1 ? "warning" : "warnings");
    }
    if (!report.diagnostics.empty() &&
        ImGui::BeginTable("problems", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_ScrollY)) {
        ImGui::TableSetupColumn("severity", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn("where", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn("message", ImGuiTableColumnFlags_WidthStretch);
        for (std::size_t i = 0; i < report.diagnostics.size(); ++i) {
            const EditorDiagnostic& problem = report.diagnostics[i];
            ImGui::TableNextRow();
            ImGui::PushID(static_cast<int>(i));
            ImGui::TableSetColumnIndex(0);
            const bool error = problem.severity == Severity::error;
            ImGui::PushStyleColor(ImGuiCol_Text, error ? colours::error : colours::warning);
            if (ImGui::Selectable(error ? "error" : "warning", false, ImGuiSelectableFlags_SpanAllColumns)) jump(*document, problem);
            ImGui::PopStyleColor();
            ImGui::TableSetColumnIndex(1);
            std::string where = problem.card ? "Card " + std::to_string(problem.card_number) : std::string("Deck");
            if (!problem.field.empty()) where += " \u00B7 " + problem.field;
            ImGui::TextDisabled("%s", where.c_str());
            ImGui::TableSetColumnIndex(2);
            context_.text.text_wrapped(problem.message);
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (!document->load_diagnostics().empty() && !document->unreadable()) {
        ImGui::Spacing();
        ImGui::PushStyleColor(ImGuiCol_Text, colours::warning);
        ImGui::TextUnformatted("When the file was opened:");
        ImGui::PopStyleColor();
        for (const Diagnostic& problem : document->load_diagnostics()) {
            context_.text.text_wrapped(format_diagnostic(problem));
        }
    }
}

}  // namespace kindling::editor::ui
