#include "duplicates_panel.hpp"

#include "ui/editor_style.hpp"

#include "core/text/unicode.hpp"

namespace kindling::editor::ui {

void DuplicatesPanel::draw_content() {
    DeckDocument* document = context_.workspace.active();
    if (!document) return;
    const Deck& deck = document->deck();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12.0f);
    ImGui::SliderFloat("similarity", &threshold_, 0.5f, 1.0f, "%.2f");
    ImGui::SameLine();
    ImGui::TextDisabled("1.00 finds only cards that say the same thing");
    if (computed_for_ != document->id() || computed_revision_ != document->revision() || computed_threshold_ != threshold_) {
        std::vector<std::string_view> texts;
        texts.reserve(deck.cards.size());
        for (const Card& card : deck.cards) texts.push_back(card.text);
        pairs_ = find_near_duplicates(texts, threshold_);
        computed_for_ = document->id();
        computed_revision_ = document->revision();
        computed_threshold_ = threshold_;
    }
    if (pairs_.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, colours::success);
        ImGui::TextUnformatted("\u2713  No two cards ask the same thing.");
        ImGui::PopStyleColor();
        return;
    }
    ImGui::TextDisabled("%zu pairs of similar cards", pairs_.size());
    if (!ImGui::BeginTable("pairs", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_ScrollY)) return;
    ImGui::TableSetupColumn("similarity", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("first", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("second", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("select", ImGuiTableColumnFlags_WidthFixed);
    for (std::size_t i = 0; i < pairs_.size() && i < 500; ++i) {
        const SimilarPair& pair = pairs_[i];
        if (pair.first >= deck.cards.size() || pair.second >= deck.cards.size()) continue;
        ImGui::TableNextRow();
        ImGui::PushID(static_cast<int>(i));
        ImGui::TableSetColumnIndex(0);
        ImGui::Text("%3.0f%%", pair.similarity * 100.0);
        for (int side = 0; side < 2; ++side) {
            const std::size_t index = side == 0 ? pair.first : pair.second;
            ImGui::TableSetColumnIndex(1 + side);
            ImGui::PushID(side);
            const std::string label = "Card " + std::to_string(index + 1) + ": " +
                                      std::string(unicode::prefix_code_points(deck.cards[index].text, 60));
            if (ImGui::Selectable(context_.text.display(label).c_str())) {
                context_.focus_card(*document, document->cards().key(index));
            }
            ImGui::PopID();
        }
        ImGui::TableSetColumnIndex(3);
        if (ImGui::SmallButton("Select both")) {
            DeckView& view = context_.view(*document);
            view.selection = {document->cards().key(pair.first), document->cards().key(pair.second)};
            view.focus = view.selection.back();
            view.scroll_to_focus = true;
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
}

}  // namespace kindling::editor::ui
