#include "card_form_panel.hpp"

#include "ui/editor_style.hpp"
#include "ui/widgets.hpp"

#include "model/card_edits.hpp"
#include "model/deck_templates.hpp"
#include "model/read_aloud.hpp"

#include "core/text/unicode.hpp"

#include <imgui_internal.h>

#include <algorithm>

namespace kindling::editor::ui {

CardFormPanel::Shown CardFormPanel::to_show() {
    DeckDocument* document = context_.workspace.active();
    if (!document) return {};
    if (document->unreadable()) return {document, Form::unreadable};
    DeckView& view = context_.view(*document);
    view.prune(*document);
    if (view.selection.size() > 1) return {document, Form::bulk};
    if (view.focus && document->cards().find(*view.focus)) return {document, Form::card};
    return {document, Form::nothing_selected};
}

void CardFormPanel::before_region() {
    // One card's form is long and usually scrolled; the bulk edits (or another deck's form)
    // opened at that scroll, below their first rows.
    const Shown next = to_show();
    if (next != shown_) ImGui::SetNextWindowScroll(ImVec2(-1.0f, 0.0f));
    shown_ = next;
}

void CardFormPanel::draw_content() {
    DeckDocument* document = context_.workspace.active();
    switch (to_show().form) {
        case Form::no_deck:
            context_.text.text_muted("Open or create a deck to edit its cards.");
            return;
        case Form::unreadable:
            context_.text.text_muted("This file has a syntax error, so its cards cannot be edited here until it is fixed.");
            return;
        case Form::bulk:
            draw_bulk(*document, context_.view(*document));
            return;
        case Form::card: {
            DeckView& view = context_.view(*document);
            draw_card(*document, view, *view.focus);
            return;
        }
        case Form::nothing_selected:
            context_.text.text_muted("Select a card in the table to edit it here, or add one with Ctrl+Enter.");
            if (button("+ Add card", !document->read_only())) context_.add_card(*document);
            return;
    }
}

void CardFormPanel::commit(DeckDocument& document, CardKey key, const Card& edited, const char* what, const char* merge_tag) {
    document.execute(edit_card(document.cards(), key, edited, what, merge_tag));
}

void CardFormPanel::focus_if_requested(DeckView& view, const char* field) {
    if (view.focus_card_field == field) {
        ImGui::SetKeyboardFocusHere();
        view.focus_card_field.clear();
    }
}

void CardFormPanel::draw_card(DeckDocument& document, DeckView& view, CardKey key) {
    const ValidationReport& report = context_.workspace.report(document);
    const std::size_t index = *document.cards().index_of(key);
    Card card = *document.cards().find(key);
    const Deck& deck = document.deck();
    const float width = ImGui::GetContentRegionAvail().x;

    ImGui::PushFont(context_.fonts.heading());
    ImGui::Text("Card %zu", index + 1);
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::TextDisabled("of %zu", deck.cards.size());
    const float buttons = ImGui::CalcTextSize("Duplicate").x + ImGui::CalcTextSize("Delete").x + ImGui::GetStyle().FramePadding.x * 4 +
                          ImGui::GetStyle().ItemSpacing.x;
    ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - buttons));
    if (button("Duplicate", !document.read_only())) context_.duplicate_selection(document);
    ImGui::SameLine();
    if (button("Delete", !document.read_only())) context_.delete_selection(document);

    if (document.read_only()) ImGui::BeginDisabled();
    ImGui::PushID(static_cast<int>(key));

    // Text
    auto problems = report.for_card(key, "text");
    const std::size_t characters = unicode::code_point_count(card.text);
    field_label("Text", problems);
    ImGui::SameLine();
    ImGui::TextDisabled("%zu characters \u00B7 about %d s aloud", characters, estimated_read_aloud_seconds(card.text));
    focus_if_requested(view, "text");
    int pushed = push_field_frame(problems);
    const FieldResult text = context_.text.input_multiline("##text", card.text, ImVec2(width, ImGui::GetTextLineHeight() * 4.6f));
    pop_field_frame(pushed);
    if (text.changed) commit(document, key, card, "Edit text", "text");
    if (text.deactivated) document.seal_edit_group();
    field_problems(context_.text, problems);
    ImGui::Spacing();

    // Kind and who answers, side by side.
    const float half = (width - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    ImGui::BeginGroup();
    problems = report.for_card(key, "kind");
    field_label("Kind", problems);
    focus_if_requested(view, "kind");
    ImGui::SetNextItemWidth(half);
    CardKind kind = card.kind;
    if (kind_combo("##kind", kind)) {
        change_kind(card, kind);
        commit(document, key, card, "Change kind");
    }
    field_problems(context_.text, problems);
    ImGui::EndGroup();
    ImGui::SameLine();
    ImGui::BeginGroup();
    problems = report.for_card(key, "answers");
    field_label("Who answers", problems, "The reader reads the card aloud. \"partner\" is the other player.");
    focus_if_requested(view, "answers");
    ImGui::SetNextItemWidth(half);
    if (answerer_combo("##answers", card.answers, card.kind)) commit(document, key, card, "Change who answers");
    field_problems(context_.text, problems);
    ImGui::EndGroup();
    ImGui::TextDisabled("%s", std::string(describe_kind(card.kind)).c_str());
    ImGui::Spacing();

    // Level
    problems = report.for_card(key, "level");
    field_label("Level", problems, "A night starts light and deepens: 1 warm-up, 2 deeper, 3 deepest.");
    focus_if_requested(view, "level");
    if (level_radio(card.level)) commit(document, key, card, "Change level");
    field_problems(context_.text, problems);
    ImGui::Spacing();

    // Intensity
    problems = report.for_card(key, "intensity");
    field_label("Intensity", problems, "Who could comfortably be in the room. When in doubt, choose the more private value.");
    focus_if_requested(view, "intensity");
    if (intensity_radio(card.intensity)) commit(document, key, card, "Change intensity");
    ImGui::TextDisabled("%s", std::string(describe(card.intensity)).c_str());
    field_problems(context_.text, problems);
    ImGui::Spacing();

    // Theme
    problems = report.for_card(key, "theme");
    field_label("Theme", problems);
    focus_if_requested(view, "theme");
    ImGui::SetNextItemWidth(width);
    pushed = push_field_frame(problems);
    if (theme_combo(context_.text, "##theme", deck, card.theme, deck.theme.empty())) commit(document, key, card, "Change theme");
    pop_field_frame(pushed);
    if (!deck.theme.empty() && card.theme == deck.theme) ImGui::TextDisabled("The deck's default theme");
    field_problems(context_.text, problems);
    ImGui::Spacing();

    // Timer
    problems = report.for_card(key, "timer");
    field_label("Timer", problems, "Offers a calm, optional timer: about 20 s for a playful touch, up to 4 minutes for a quiet hold.");
    focus_if_requested(view, "timer");
    bool has_timer = card.timer_seconds.has_value();
    if (ImGui::Checkbox("Offer a timer", &has_timer)) {
        card.timer_seconds = has_timer ? std::optional<int>(60) : std::nullopt;
        commit(document, key, card, has_timer ? "Add timer" : "Remove timer");
    }
    if (card.timer_seconds) {
        ImGui::SameLine();
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7.0f);
        int seconds = *card.timer_seconds;
        if (ImGui::InputInt("seconds", &seconds, 5, 30)) {
            card.timer_seconds = std::clamp(seconds, 0, 100000);
            commit(document, key, card, "Change timer", "timer");
        }
        if (ImGui::IsItemDeactivated()) document.seal_edit_group();
    }
    field_problems(context_.text, problems);
    ImGui::Spacing();

    // Tags
    problems = report.for_card(key, "tags");
    field_label("Tags", problems, "Free words for filtering, e.g. dreams or childhood.");
    focus_if_requested(view, "tags");
    for (std::size_t t = 0; t < card.tags.size(); ++t) {
        ImGui::PushID(static_cast<int>(t));
        const std::string chip = context_.text.display(card.tags[t]) + "  \u00D7";
        if (ImGui::SmallButton(chip.c_str())) {
            Card without = card;
            without.tags.erase(without.tags.begin() + static_cast<std::ptrdiff_t>(t));
            commit(document, key, without, "Remove tag");
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Remove this tag");
        ImGui::SameLine();
        ImGui::PopID();
    }
    ImGui::SetNextItemWidth(std::max(ImGui::GetFontSize() * 8.0f, ImGui::GetContentRegionAvail().x));
    if (context_.text.input("##new tag", new_tag_, "add a tag and press Enter", ImGuiInputTextFlags_EnterReturnsTrue).changed) {
        const std::string tag(unicode::trim(new_tag_));
        if (!tag.empty() && std::find(card.tags.begin(), card.tags.end(), tag) == card.tags.end()) {
            card.tags.push_back(tag);
            commit(document, key, card, "Add tag");
        }
        new_tag_.clear();
        ImGui::SetKeyboardFocusHere(-1);
    }
    field_problems(context_.text, problems);
    ImGui::Spacing();

    // Id
    problems = report.for_card(key, "id");
    field_label("Card id", problems, "Optional. A stable name for favourites, translations and play modes: lowercase letters, digits, - and _.");
    focus_if_requested(view, "id");
    const float generate = ImGui::CalcTextSize("From text").x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::SetNextItemWidth(width - generate - ImGui::GetStyle().ItemSpacing.x);
    pushed = push_field_frame(problems);
    const FieldResult id = context_.text.input("##id", card.id, "optional, e.g. dream-untold");
    pop_field_frame(pushed);
    if (id.changed) commit(document, key, card, "Edit card id", "id");
    if (id.deactivated) document.seal_edit_group();
    ImGui::SameLine();
    if (button("From text", !card.text.empty())) {
        // The first few words make a readable id.
        std::string words;
        int count = 0;
        for (char c : card.text) {
            if (c == ' ' && ++count >= 4) break;
            words += c;
        }
        card.id = unused_card_id(deck, slug_from_title(words));
        commit(document, key, card, "Set card id");
    }
    field_problems(context_.text, problems);
    ImGui::Spacing();

    // Note
    problems = report.for_card(key, "note");
    field_label("Note for authors", problems, "Sources and ideas; never shown in the game.");
    focus_if_requested(view, "note");
    const FieldResult note = context_.text.input_multiline("##note", card.note, ImVec2(width, ImGui::GetTextLineHeight() * 2.8f));
    if (note.changed) commit(document, key, card, "Edit note", "note");
    if (note.deactivated) document.seal_edit_group();
    field_problems(context_.text, problems);

    // Problems about the card as a whole (not one field).
    std::vector<const EditorDiagnostic*> general;
    for (const EditorDiagnostic* problem : report.for_card(key)) {
        const std::string& f = problem->field;
        if (f != "text" && f != "kind" && f != "answers" && f != "level" && f != "intensity" && f != "theme" &&
            f != "timer" && f != "tags" && f != "id" && f != "note") {
            general.push_back(problem);
        }
    }
    field_problems(context_.text, general);

    ImGui::PopID();
    if (document.read_only()) ImGui::EndDisabled();
}

void CardFormPanel::draw_bulk(DeckDocument& document, DeckView& view) {
    const std::vector<CardKey> keys = context_.selected_keys(document);
    const bool editable = !document.read_only();
    ImGui::PushFont(context_.fonts.heading());
    ImGui::Text("%zu cards selected", keys.size());
    ImGui::PopFont();
    context_.text.text_muted("Every change here applies to all selected cards and is one undo step.");
    ImGui::Spacing();
    if (!editable) ImGui::BeginDisabled();

    section_heading("Level");
    for (int level = min_level; level <= max_level; ++level) {
        const std::string label = std::to_string(level) + " " + std::string(level_name(level));
        if (ImGui::Button(label.c_str())) document.execute(set_level(document.cards(), keys, level));
        if (level != max_level) ImGui::SameLine();
    }
    ImGui::Spacing();
    section_heading("Intensity");
    for (Intensity intensity : all_intensities) {
        if (ImGui::Button(std::string(to_string(intensity)).c_str())) document.execute(set_intensity(document.cards(), keys, intensity));
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", std::string(describe(intensity)).c_str());
        if (intensity != all_intensities.back()) ImGui::SameLine();
    }
    ImGui::Spacing();
    section_heading("Theme");
    const float apply_width = ImGui::CalcTextSize("Apply").x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - apply_width - ImGui::GetStyle().ItemSpacing.x);
    if (bulk_theme_.empty()) bulk_theme_ = document.deck().theme.empty() ? builtin_themes().front().id : document.deck().theme;
    theme_combo(context_.text, "##bulk theme", document.deck(), bulk_theme_);
    ImGui::SameLine();
    if (ImGui::Button("Apply##theme")) document.execute(set_theme(document.cards(), keys, bulk_theme_));
    ImGui::Spacing();
    section_heading("Kind");
    CardKind kind = document.cards().find(keys.front())->kind;
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
    if (kind_combo("##bulk kind", kind)) document.execute(set_kind(document.cards(), keys, kind));
    ImGui::Spacing();

    section_heading("Tags");
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - apply_width * 2 - ImGui::GetStyle().ItemSpacing.x * 2);
    context_.text.input("##bulk tag", bulk_tag_, "tag");
    const std::string tag(unicode::trim(bulk_tag_));
    ImGui::SameLine();
    if (button("Add", !tag.empty())) document.execute(add_tag(document.cards(), keys, tag));
    ImGui::SameLine();
    if (button("Remove", !tag.empty())) document.execute(remove_tag(document.cards(), keys, tag));
    std::vector<std::string> used;
    for (CardKey key : keys) {
        for (const std::string& existing : document.cards().find(key)->tags) {
            if (std::find(used.begin(), used.end(), existing) == used.end()) used.push_back(existing);
        }
    }
    for (const std::string& existing : used) {
        const std::string chip = context_.text.display(existing) + "  \u00D7";
        if (ImGui::SmallButton(chip.c_str())) document.execute(remove_tag(document.cards(), keys, existing));
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Remove from all selected cards");
        ImGui::SameLine();
    }
    ImGui::NewLine();
    ImGui::Spacing();

    section_heading("Cards");
    if (ImGui::Button("Duplicate")) context_.duplicate_selection(document);
    ImGui::SameLine();
    if (ImGui::Button("Delete")) context_.delete_selection(document);
    std::vector<DeckDocument*> targets;
    for (DeckDocument* other : context_.workspace.documents()) {
        if (other != &document && !other->read_only()) targets.push_back(other);
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
    if (ImGui::BeginCombo("##move", "Move to deck\u2026")) {
        if (targets.empty()) ImGui::TextDisabled("Open another deck of yours first");
        for (DeckDocument* target : targets) {
            ImGui::PushID(static_cast<int>(target->id()));
            if (ImGui::Selectable(context_.text.display(target->display_name()).c_str())) {
                context_.commands.move_cards(document, *target, keys);
            }
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    if (!editable) ImGui::EndDisabled();
    (void)view;
}

}  // namespace kindling::editor::ui
