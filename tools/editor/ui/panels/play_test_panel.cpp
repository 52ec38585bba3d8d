#include "play_test_panel.hpp"

#include "ui/editor_style.hpp"
#include "ui/widgets.hpp"

namespace kindling::editor::ui {

void PlayTestPanel::draw_content() {
    DeckDocument* document = context_.workspace.active();
    if (!document) return;
    DeckView& view = context_.view(*document);
    const Deck& deck = document->deck();

    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8.0f);
    ImGui::SliderInt("cards", &cards_, 3, 15);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8.0f);
    const std::string limit_name(to_string(all_intensities[static_cast<std::size_t>(limit_)]));
    if (ImGui::BeginCombo("most private", limit_name.c_str())) {
        for (int i = 0; i < static_cast<int>(all_intensities.size()); ++i) {
            const Intensity intensity = all_intensities[static_cast<std::size_t>(i)];
            if (ImGui::Selectable(std::string(to_string(intensity)).c_str(), i == limit_)) limit_ = i;
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", std::string(describe(intensity)).c_str());
        }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    if (ImGui::Button(view.dealt.empty() ? "Deal" : "Deal again")) {
        PlayTestSettings settings;
        settings.cards = static_cast<std::size_t>(cards_);
        settings.most_private = all_intensities[static_cast<std::size_t>(limit_)];
        settings.seed = view.play_seed++;
        view.dealt.clear();
        for (std::size_t index : context_.dealer.deal(deck, settings)) view.dealt.push_back(document->cards().key(index));
        if (!view.dealt.empty()) context_.focus_card(*document, view.dealt.front());
    }
    context_.text.text_muted(context_.dealer.name());
    ImGui::Spacing();
    if (view.dealt.empty()) {
        context_.text.text_muted("Deal to see a few cards in the order a night might bring them; click one to preview it.");
        return;
    }
    for (std::size_t n = 0; n < view.dealt.size(); ++n) {
        const CardKey key = view.dealt[n];
        const Card* found = document->cards().find(key);
        if (!found) continue;  // deleted since the deal
        const Card& card = *found;
        ImGui::PushID(static_cast<int>(n));
        const std::string label = std::to_string(n + 1) + ".  Level " + std::to_string(card.level) + " \u00B7 " +
                                  std::string(to_string(card.kind)) + "   " + card.text;
        if (ImGui::Selectable(context_.text.display(label).c_str(), view.focus == key)) context_.focus_card(*document, key);
        ImGui::PopID();
    }
}

}  // namespace kindling::editor::ui
