#include "statistics_panel.hpp"

#include "ui/editor_style.hpp"
#include "ui/widgets.hpp"

#include "core/deck/deck_stats.hpp"

#include <algorithm>

namespace kindling::editor::ui {

namespace {

void bar_row(const std::string& label, std::size_t count, std::size_t total, ImVec4 colour) {
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    ImGui::TextUnformatted(label.c_str());
    ImGui::TableSetColumnIndex(1);
    ImGui::Text("%zu", count);
    ImGui::TableSetColumnIndex(2);
    const float fraction = total == 0 ? 0.0f : static_cast<float>(count) / static_cast<float>(total);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float height = ImGui::GetTextLineHeight() * 0.55f;
    const float top = at.y + (ImGui::GetTextLineHeight() - height) * 0.5f;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(ImVec2(at.x, top), ImVec2(at.x + width, top + height), ImGui::GetColorU32(ImVec4(1, 1, 1, 0.05f)), height * 0.5f);
    if (fraction > 0) {
        draw->AddRectFilled(ImVec2(at.x, top), ImVec2(at.x + std::max(height, width * fraction), top + height),
                            ImGui::GetColorU32(colour), height * 0.5f);
    }
    ImGui::Dummy(ImVec2(width, ImGui::GetTextLineHeight()));
}

}  // namespace

void StatisticsPanel::draw_content() {
    DeckDocument* document = context_.workspace.active();
    if (!document) return;
    const Deck& deck = document->deck();
    const DeckStats stats = count_cards(std::span<const Deck>(&deck, 1));
    ImGui::Text("%zu cards, %zu with a timer", stats.cards, stats.with_timer);
    ImGui::SameLine();
    ImGui::TextDisabled("  deck code %s", document->code().c_str());
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("The same code on a friend's copy means you hold the same deck; any change gives another code.");
    }

    const float column = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    const auto table = [&](const char* id, auto rows) {
        if (ImGui::BeginTable(id, 3, ImGuiTableFlags_SizingFixedFit, ImVec2(column, 0))) {
            ImGui::TableSetupColumn("name", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 10.0f);
            ImGui::TableSetupColumn("count", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 2.2f);
            ImGui::TableSetupColumn("bar", ImGuiTableColumnFlags_WidthStretch);
            rows();
            ImGui::EndTable();
        }
    };
    ImGui::BeginGroup();
    section_heading("Levels");
    table("levels", [&] {
        for (const auto& [level, count] : stats.by_level) {
            bar_row(std::to_string(level) + " " + std::string(level_name(level)), count, stats.cards, colours::accent);
        }
    });
    ImGui::Spacing();
    section_heading("Intensity");
    table("intensity", [&] {
        for (Intensity intensity : all_intensities) {
            const std::string name(to_string(intensity));
            const auto found = stats.by_intensity.find(name);
            bar_row(name, found == stats.by_intensity.end() ? 0 : found->second, stats.cards, ImVec4(0.55f, 0.62f, 0.85f, 1));
        }
    });
    ImGui::EndGroup();
    ImGui::SameLine();
    ImGui::BeginGroup();
    section_heading("Themes");
    table("themes", [&] {
        for (const auto& [id, count] : stats.by_theme) {
            const Theme* theme = find_theme(deck, id);
            bar_row(context_.text.display(id.empty() ? "(none)" : theme ? theme->title : id), count, stats.cards,
                    theme_colour(deck, id));
        }
    });
    ImGui::Spacing();
    section_heading("Kinds");
    table("kinds", [&] {
        for (const auto& [kind, count] : stats.by_kind) {
            if (count > 0) bar_row(kind, count, stats.cards, ImVec4(0.62f, 0.78f, 0.62f, 1));
        }
    });
    ImGui::EndGroup();

    // The style guide: at least a dozen cards at each level you use.
    for (const auto& [level, count] : stats.by_level) {
        if (count > 0 && count < 12) {
            ImGui::PushStyleColor(ImGuiCol_Text, colours::text_muted);
            ImGui::TextWrapped("Level %d has %zu cards; aim for at least a dozen at each level you use, so a night can deepen slowly.",
                               level, count);
            ImGui::PopStyleColor();
        }
    }
}

}  // namespace kindling::editor::ui
