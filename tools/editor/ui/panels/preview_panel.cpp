#include "preview_panel.hpp"

#include "ui/editor_style.hpp"

#include "model/read_aloud.hpp"

#include "core/deck/deck_reader.hpp"
#include "core/text/unicode.hpp"

#include <algorithm>
#include <cmath>

namespace kindling::editor::ui {

PreviewPanel::~PreviewPanel() {
    for (Screen& screen : screens_) {
        if (screen.texture) SDL_DestroyTexture(screen.texture);
    }
}

void PreviewPanel::draw_safe_area(ImVec2 top_left, ImVec2 size) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float inset_x = size.x * static_cast<float>(safe_area_inset);
    const float inset_y = size.y * static_cast<float>(safe_area_inset);
    const ImVec2 a(top_left.x + inset_x, top_left.y + inset_y);
    const ImVec2 b(top_left.x + size.x - inset_x, top_left.y + size.y - inset_y);
    const ImU32 colour = ImGui::GetColorU32(ImVec4(1.0f, 0.85f, 0.4f, 0.75f));
    const float dash = std::max(4.0f, ImGui::GetFontSize() * 0.4f);
    const auto dashed = [&](ImVec2 from, ImVec2 to) {
        const float length = std::hypot(to.x - from.x, to.y - from.y);
        for (float t = 0; t < length; t += dash * 2.0f) {
            const float end = std::min(length, t + dash);
            draw->AddLine(ImVec2(from.x + (to.x - from.x) * t / length, from.y + (to.y - from.y) * t / length),
                          ImVec2(from.x + (to.x - from.x) * end / length, from.y + (to.y - from.y) * end / length), colour, 1.0f);
        }
    };
    dashed(a, ImVec2(b.x, a.y));
    dashed(ImVec2(b.x, a.y), b);
    dashed(b, ImVec2(a.x, b.y));
    dashed(ImVec2(a.x, b.y), a);
}

void PreviewPanel::draw_content() {
    DeckDocument* document = context_.workspace.active();
    const DeckView* view = document ? &context_.view(*document) : nullptr;
    const Card* card = view && view->focus ? document->cards().find(*view->focus) : nullptr;

    if (!card) {
        context_.text.text_muted(document ? "Select a card to see it as the game shows it." : "");
        return;
    }
    for (int i = 0; i < 2; ++i) {
        if (i > 0) ImGui::SameLine();
        if (ImGui::RadioButton(screens_[i].name, shown_ == i)) shown_ = i;
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%d\u00D7%d", screens_[i].width, screens_[i].height);
    }
    ImGui::SameLine();
    ImGui::Checkbox("Safe area", &context_.settings.show_safe_area);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("The title-safe area: text outside it may be cut off by a TV");

    Screen& screen = screens_[shown_];
    const float width = ImGui::GetContentRegionAvail().x;
    const float text_rows = ImGui::GetTextLineHeightWithSpacing() * 2.0f;
    const float height_room = std::max(40.0f, ImGui::GetContentRegionAvail().y - text_rows);
    const float aspect = static_cast<float>(screen.height) / static_cast<float>(screen.width);
    const ImVec2 size(std::min(width, height_room / aspect), std::min(width, height_room / aspect) * aspect);

    if (!screen.texture) {
        screen.texture = SDL_CreateTexture(&context_.renderer, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_TARGET,
                                           screen.width, screen.height);
        if (screen.texture) SDL_SetTextureScaleMode(screen.texture, SDL_ScaleModeBest);
    }
    if (!screen.texture) {
        ImGui::TextDisabled("The preview needs render targets, which this display does not offer.");
        return;
    }
    if (screen.drawn_document != document->id() || screen.drawn_revision != document->revision() || screen.drawn_card != *view->focus) {
        context_.preview.draw(context_.renderer, *screen.texture, *card, document->deck());
        screen.drawn_document = document->id();
        screen.drawn_revision = document->revision();
        screen.drawn_card = *view->focus;
    }
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (width - size.x) * 0.5f));
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::Image(screen.texture, size);
    if (context_.settings.show_safe_area) draw_safe_area(at, size);

    const std::size_t characters = unicode::code_point_count(card->text);
    ImGui::TextDisabled("About %d s to read aloud \u00B7 %zu characters%s \u00B7 %d\u00D7%d", estimated_read_aloud_seconds(card->text),
                        characters, characters > comfortable_card_text_chars ? " (aim for under 200)" : "", screen.width, screen.height);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("A simple preview; the game's own card renderer will replace it.");
}

}  // namespace kindling::editor::ui
