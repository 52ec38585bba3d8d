#include "widgets.hpp"

#include "editor_style.hpp"

namespace kindling::editor::ui {

namespace {

bool has_errors(const std::vector<const EditorDiagnostic*>& problems) {
    for (const EditorDiagnostic* problem : problems) {
        if (problem->severity == Severity::error) return true;
    }
    return false;
}

}  // namespace

void field_label(const char* label, const std::vector<const EditorDiagnostic*>& problems, const char* help) {
    if (problems.empty()) {
        ImGui::TextUnformatted(label);
    } else {
        ImGui::PushStyleColor(ImGuiCol_Text, has_errors(problems) ? colours::error : colours::warning);
        ImGui::Text("%s  \u25CF", label);
        ImGui::PopStyleColor();
    }
    if (help) {
        ImGui::SameLine();
        help_marker(help);
    }
}

void field_problems(BridgedText& text, const std::vector<const EditorDiagnostic*>& problems) {
    for (const EditorDiagnostic* problem : problems) {
        ImGui::PushStyleColor(ImGuiCol_Text, problem->severity == Severity::error ? colours::error : colours::warning);
        text.text_wrapped(problem->message);
        ImGui::PopStyleColor();
    }
}

int push_field_frame(const std::vector<const EditorDiagnostic*>& problems) {
    if (problems.empty()) return 0;
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.5f);
    ImGui::PushStyleColor(ImGuiCol_Border, has_errors(problems) ? colours::error : colours::warning);
    return 1;
}

void pop_field_frame(int pushed) {
    if (pushed == 0) return;
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
}

std::string_view describe_kind(CardKind kind) {
    switch (kind) {
        case CardKind::question: return "An open question, read aloud by the reader";
        case CardKind::compliment: return "Say something appreciative about the other person";
        case CardKind::gratitude: return "Thank the other person for something specific";
        case CardKind::feeling: return "Practise an \u201CI feel \u2026 when \u2026 I need \u2026\u201D statement, then listen back";
        case CardKind::gesture: return "A small, non-sexual physical gesture, usually with a calm timer";
        case CardKind::activity: return "Something to do or plan together right now";
        case CardKind::dare: return "A silly, harmless dare";
        case CardKind::vote: return "The room votes: \u201Cwho is most likely to \u2026\u201D";
        case CardKind::guess: return "One person guesses how the other will answer";
        case CardKind::write: return "Everyone writes a short anonymous answer; the room votes a favourite";
    }
    return "";
}

std::string_view level_name(int level) {
    switch (level) {
        case 1: return "Warm-up";
        case 2: return "Deeper";
        case 3: return "Deepest";
        default: return "Out of range";
    }
}

bool kind_combo(const char* label, CardKind& kind) {
    bool changed = false;
    if (ImGui::BeginCombo(label, std::string(to_string(kind)).c_str())) {
        for (CardKind candidate : all_card_kinds) {
            const bool selected = candidate == kind;
            if (ImGui::Selectable(std::string(to_string(candidate)).c_str(), selected)) {
                kind = candidate;
                changed = true;
            }
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", std::string(describe_kind(candidate)).c_str());
            if (selected) ImGui::SetItemDefaultFocus();
        }
        ImGui::EndCombo();
    }
    return changed;
}

bool answerer_combo(const char* label, Answerer& answerer, CardKind kind) {
    bool changed = false;
    const auto name = [&](Answerer value) {
        std::string text(to_string(value));
        if (value == default_answerer(kind)) text += "  (default)";
        return text;
    };
    if (ImGui::BeginCombo(label, name(answerer).c_str())) {
        for (Answerer candidate : all_answerers) {
            if (ImGui::Selectable(name(candidate).c_str(), candidate == answerer)) {
                answerer = candidate;
                changed = true;
            }
        }
        ImGui::EndCombo();
    }
    return changed;
}

bool intensity_radio(Intensity& intensity) {
    bool changed = false;
    for (Intensity candidate : all_intensities) {
        if (ImGui::RadioButton(std::string(to_string(candidate)).c_str(), intensity == candidate)) {
            intensity = candidate;
            changed = true;
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", std::string(describe(candidate)).c_str());
        if (candidate != all_intensities.back()) ImGui::SameLine();
    }
    return changed;
}

bool level_radio(int& level) {
    bool changed = false;
    for (int candidate = min_level; candidate <= max_level; ++candidate) {
        const std::string label = std::to_string(candidate) + " " + std::string(level_name(candidate));
        if (ImGui::RadioButton(label.c_str(), level == candidate)) {
            level = candidate;
            changed = true;
        }
        if (candidate != max_level) ImGui::SameLine();
    }
    return changed;
}

ImVec4 theme_colour(const Deck& deck, const std::string& theme_id) {
    const Theme* theme = find_theme(deck, theme_id);
    return colour_from_hex(theme ? theme->colour.c_str() : nullptr, colours::text_muted);
}

void theme_swatch(const Deck& deck, const std::string& theme_id) {
    const float size = ImGui::GetTextLineHeight() * 0.55f;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float centre_y = at.y + ImGui::GetTextLineHeight() * 0.5f;
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(at.x + size * 0.5f, centre_y), size * 0.5f,
                                                ImGui::GetColorU32(theme_colour(deck, theme_id)));
    ImGui::Dummy(ImVec2(size, ImGui::GetTextLineHeight()));
}

bool theme_combo(BridgedText& text, const char* label, const Deck& deck, std::string& theme, bool allow_none) {
    const auto title_of = [&](const std::string& id) -> std::string {
        if (id.empty()) return "(no theme)";
        const Theme* found = find_theme(deck, id);
        return text.display(found ? found->title + "  \u00B7  " + id : id + "  (unknown theme)");
    };
    bool changed = false;
    if (ImGui::BeginCombo(label, title_of(theme).c_str())) {
        const auto option = [&](const std::string& id) {
            ImGui::PushID(id.c_str());
            theme_swatch(deck, id);
            ImGui::SameLine();
            if (ImGui::Selectable(title_of(id).c_str(), id == theme)) {
                theme = id;
                changed = true;
            }
            ImGui::PopID();
        };
        if (allow_none) option("");
        for (const Theme& own : deck.themes) option(own.id);
        if (!deck.themes.empty()) ImGui::Separator();
        for (const Theme& built_in : builtin_themes()) option(built_in.id);
        ImGui::EndCombo();
    }
    return changed;
}

bool button(const char* label, bool enabled, ImVec2 size) {
    if (!enabled) ImGui::BeginDisabled();
    const bool pressed = ImGui::Button(label, size);
    if (!enabled) ImGui::EndDisabled();
    return pressed && enabled;
}

void help_marker(const char* text) {
    ImGui::TextDisabled("(?)");
    if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
        ImGui::TextUnformatted(text);
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

}  // namespace kindling::editor::ui
