#include "card_table_panel.hpp"

#include "ui/editor_style.hpp"
#include "ui/widgets.hpp"

#include "model/card_edits.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

namespace kindling::editor::ui {

namespace {

std::string first_line(const std::string& text) {
    const auto end = text.find('\n');
    return end == std::string::npos ? text : text.substr(0, end) + " \u2026";
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& item : items) {
        if (!out.empty()) out += ", ";
        out += item;
    }
    return out;
}

template <typename T, typename Name>
bool filter_combo(const char* label, std::optional<T>& value, const std::vector<T>& options, const char* all, Name name,
                  float width) {
    bool changed = false;
    ImGui::SetNextItemWidth(width);
    const std::string preview = value ? name(*value) : std::string(all);
    if (ImGui::BeginCombo(label, preview.c_str())) {
        if (ImGui::Selectable(all, !value)) {
            value.reset();
            changed = true;
        }
        for (const T& option : options) {
            if (ImGui::Selectable(name(option).c_str(), value && *value == option)) {
                value = option;
                changed = true;
            }
        }
        ImGui::EndCombo();
    }
    return changed;
}

}  // namespace

void CardTablePanel::draw_content() {
    draw_tabs();
    DeckDocument* document = context_.workspace.active();
    if (!document) {
        draw_welcome();
        return;
    }
    if (document->unreadable()) {
        draw_unreadable(*document);
        return;
    }
    DeckView& view = context_.view(*document);
    view.prune(*document);
    draw_banners(*document);
    draw_filters(*document, view);
    draw_table(*document, view);
}

void CardTablePanel::draw_tabs() {
    Workspace& workspace = context_.workspace;
    const DeckDocument* active = workspace.active();
    const std::uint64_t active_id = active ? active->id() : 0;
    if (active_id != shown_active_) pending_select_ = active_id;
    if (ImGui::BeginTabBar("decks", ImGuiTabBarFlags_Reorderable | ImGuiTabBarFlags_FittingPolicyScroll)) {
        for (DeckDocument* document : workspace.documents()) {
            ImGuiTabItemFlags flags = 0;
            if (document->has_unsaved_changes()) flags |= ImGuiTabItemFlags_UnsavedDocument;
            if (document->id() == pending_select_) flags |= ImGuiTabItemFlags_SetSelected;
            std::string label = context_.text.display(document->display_name());
            if (document->read_only()) label += "  (read-only)";
            label += "###deck" + std::to_string(document->id());
            bool open = true;
            if (ImGui::BeginTabItem(label.c_str(), &open, flags)) {
                if (pending_select_ == 0 && document->id() != active_id) workspace.activate(document->id());
                if (document->id() == pending_select_) pending_select_ = 0;
                ImGui::EndTabItem();
            }
            if (ImGui::IsItemHovered() && !document->path().empty()) ImGui::SetTooltip("%s", document->path().c_str());
            if (!open) context_.commands.close(*document);
        }
        ImGui::EndTabBar();
    }
    shown_active_ = workspace.active() ? workspace.active()->id() : 0;
}

void CardTablePanel::draw_welcome() {
    const ImVec2 available = ImGui::GetContentRegionAvail();
    const float width = std::min(available.x - 40.0f, ImGui::GetFontSize() * 30.0f);
    ImGui::SetCursorPos(ImVec2((available.x - width) * 0.5f, available.y * 0.28f));
    ImGui::BeginGroup();
    ImGui::PushFont(context_.fonts.heading());
    ImGui::TextUnformatted("Write your own Kindling deck");
    ImGui::PopFont();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::PushStyleColor(ImGuiCol_Text, colours::text_muted);
    ImGui::TextUnformatted("Inside jokes, your own language, a deck for a friend's wedding: start from a template, "
                           "open a deck file, or pick one from the library on the left.");
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    if (ImGui::Button("New deck\u2026")) context_.commands.perform(EditorAction::new_deck);
    ImGui::SameLine();
    if (ImGui::Button("Open file\u2026")) context_.commands.perform(EditorAction::open_file);
    ImGui::EndGroup();
}

void CardTablePanel::draw_banners(DeckDocument& document) {
    const auto banner = [&](const ImVec4& colour, const std::string& text, const char* button_label) {
        bool pressed = false;
        ImGui::PushStyleColor(ImGuiCol_ChildBg, colours::banner);
        const float height = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().WindowPadding.y;
        ImGui::PushID(text.c_str());
        if (ImGui::BeginChild("banner", ImVec2(0, height), false, ImGuiWindowFlags_NoScrollbar)) {
            ImGui::SetCursorPos(ImVec2(ImGui::GetStyle().FramePadding.x * 1.5f, ImGui::GetStyle().WindowPadding.y * 0.5f));
            ImGui::AlignTextToFramePadding();
            ImGui::PushStyleColor(ImGuiCol_Text, colour);
            ImGui::TextUnformatted("\u25CF");
            ImGui::PopStyleColor();
            ImGui::SameLine();
            const float button_width = button_label ? ImGui::CalcTextSize(button_label).x + ImGui::GetStyle().FramePadding.x * 4 : 0;
            ImGui::PushTextWrapPos(ImGui::GetWindowContentRegionMax().x - button_width);
            ImGui::TextUnformatted(text.c_str());
            ImGui::PopTextWrapPos();
            if (button_label) {
                ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - button_width + ImGui::GetStyle().FramePadding.x);
                pressed = ImGui::Button(button_label);
            }
        }
        ImGui::EndChild();
        ImGui::PopID();
        ImGui::PopStyleColor();
        return pressed;
    };
    if (document.origin() == DocumentOrigin::built_in) {
        if (banner(colours::accent, "Built-in deck: read-only. Duplicate it to make it your own.", "Duplicate to my decks")) {
            context_.commands.duplicate_to_my_decks(document);
        }
    }
    if (document.origin() == DocumentOrigin::recovered) {
        if (banner(colours::warning, "Recovered after the editor closed unexpectedly. Save to keep it.", "Save")) {
            context_.commands.save(document, false);
        }
    }
    if (!document.overwrite_warnings().empty()) {
        banner(colours::warning, document.overwrite_warnings().front(), nullptr);
    }
}

void CardTablePanel::draw_unreadable(DeckDocument& document) {
    const std::vector<Diagnostic>& problems = document.load_diagnostics();
    ImGui::PushStyleColor(ImGuiCol_Text, colours::error);
    context_.text.text_wrapped(problems.empty() ? std::string("The file is not valid YAML.") : format_diagnostic(problems.front()));
    ImGui::PopStyleColor();
    context_.text.text_muted("The file cannot be shown as cards until this is fixed, and nothing is guessed from "
                             "the part before the error. Fix it in a text editor, then reload it here.");
    if (ImGui::Button("Reload from disk")) context_.commands.reload(document);
    ImGui::Spacing();
    const int error_line = problems.empty() ? 0 : problems.front().position.line;
    if (ImGui::BeginChild("file text", ImVec2(0, 0), true, ImGuiWindowFlags_HorizontalScrollbar)) {
        const std::string_view text = document.unreadable_text();
        int number = 1;
        // A file's final newline ends its last line; it does not start another one.
        for (std::size_t start = 0; start < text.size() || number == 1; ++number) {
            std::size_t end = text.find('\n', start);
            if (end == std::string_view::npos) end = text.size();
            std::string_view line = text.substr(start, end - start);
            if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
            const bool at_error = number == error_line;
            ImGui::PushStyleColor(ImGuiCol_Text, at_error ? colours::error : colours::text_muted);
            ImGui::Text("%4d %s", number, at_error ? ">" : " ");
            ImGui::PopStyleColor();
            ImGui::SameLine();
            if (at_error) ImGui::PushStyleColor(ImGuiCol_Text, colours::error);
            context_.text.text(line);
            if (at_error) {
                ImGui::PopStyleColor();
                if (ImGui::IsWindowAppearing()) ImGui::SetScrollHereY(0.3f);
            }
            if (end == text.size()) break;
            start = end + 1;
        }
    }
    ImGui::EndChild();
}

void CardTablePanel::draw_filters(DeckDocument& document, DeckView& view) {
    const Deck& deck = document.deck();
    const float add_width = ImGui::CalcTextSize("+ Add card").x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - add_width - ImGui::GetStyle().ItemSpacing.x);
    if (view.focus_search) {
        ImGui::SetKeyboardFocusHere();
        view.focus_search = false;
    }
    if (context_.text.input("##search", view.filter.search, "Search text, tags and notes   (Ctrl+F)").changed) {
        view.invalidate_rows();
    }
    ImGui::SameLine();
    if (button("+ Add card", !document.read_only())) context_.add_card(document);

    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float clear_width = view.filter.active() ? ImGui::CalcTextSize("Clear").x + ImGui::GetStyle().FramePadding.x * 2 + spacing : 0.0f;
    const float combo = std::floor((ImGui::GetContentRegionAvail().x - clear_width - spacing * 4) / 5);
    bool changed = false;
    std::vector<CardKind> kinds(all_card_kinds.begin(), all_card_kinds.end());
    changed |= filter_combo("##kind", view.filter.kind, kinds, "All kinds",
                            [](CardKind k) { return std::string(to_string(k)); }, combo);
    ImGui::SameLine();
    std::vector<std::string> themes;
    for (const Card& card : deck.cards) {
        if (std::find(themes.begin(), themes.end(), card.theme) == themes.end()) themes.push_back(card.theme);
    }
    changed |= filter_combo("##theme", view.filter.theme, themes, "All themes", [&](const std::string& id) {
        const Theme* theme = find_theme(deck, id);
        return context_.text.display(id.empty() ? "(no theme)" : theme ? theme->title : id);
    }, combo);
    ImGui::SameLine();
    changed |= filter_combo("##level", view.filter.level, std::vector<int>{1, 2, 3}, "All levels", [](int level) {
        return "Level " + std::to_string(level);
    }, combo);
    ImGui::SameLine();
    std::vector<Intensity> intensities(all_intensities.begin(), all_intensities.end());
    changed |= filter_combo("##intensity", view.filter.intensity, intensities, "Any intensity",
                            [](Intensity i) { return std::string(to_string(i)); }, combo);
    ImGui::SameLine();
    changed |= filter_combo("##tag", view.filter.tag, tags_in(deck), "All tags",
                            [&](const std::string& tag) { return context_.text.display(tag); }, combo);
    if (view.filter.active()) {
        ImGui::SameLine();
        if (ImGui::Button("Clear")) {
            view.filter = {};
            changed = true;
        }
    }
    if (changed) view.invalidate_rows();
}

void CardTablePanel::click_row(DeckDocument& document, DeckView& view, CardKey key, const std::vector<std::size_t>& rows) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.KeyCtrl) {
        view.toggle(key);
    } else if (io.KeyShift && view.anchor) {
        std::vector<CardKey> ordered;
        ordered.reserve(rows.size());
        for (std::size_t row : rows) ordered.push_back(document.cards().key(row));
        view.select_range(ordered, *view.anchor, key);
    } else {
        view.select_only(key);
    }
    document.seal_edit_group();
}

void CardTablePanel::draw_row_menu(DeckDocument& document, DeckView& view) {
    const bool editable = !document.read_only();
    const std::vector<CardKey> keys = context_.selected_keys(document);
    const std::string count = keys.size() == 1 ? "card" : std::to_string(keys.size()) + " cards";
    if (ImGui::MenuItem("Add card after", "Ctrl+Enter", false, editable)) context_.add_card(document);
    if (ImGui::MenuItem(("Duplicate " + count).c_str(), "Ctrl+D", false, editable)) context_.duplicate_selection(document);
    if (ImGui::MenuItem(("Delete " + count).c_str(), "Delete", false, editable)) context_.delete_selection(document);
    // Reordering changes the deck's own order, which the game uses within a level.
    if (!keys.empty()) {
        const std::size_t first = document.cards().index_of(keys.front()).value_or(0);
        const std::size_t last = document.cards().index_of(keys.back()).value_or(0);
        const std::size_t selected_count = keys.size();
        if (ImGui::MenuItem("Move up", nullptr, false, editable && first > 0)) {
            document.execute(move_cards(document.cards(), keys, first - 1));
        }
        if (ImGui::MenuItem("Move down", nullptr, false, editable && last + 1 < document.deck().cards.size())) {
            document.execute(move_cards(document.cards(), keys, first + 1));
        }
        if (ImGui::MenuItem("Move to the end", nullptr, false, editable && last + 1 < document.deck().cards.size())) {
            document.execute(move_cards(document.cards(), keys, document.deck().cards.size() - selected_count));
        }
    }
    ImGui::Separator();
    if (ImGui::BeginMenu("Set level", editable)) {
        for (int level = min_level; level <= max_level; ++level) {
            const std::string label = std::to_string(level) + "  " + std::string(level_name(level));
            if (ImGui::MenuItem(label.c_str())) document.execute(set_level(document.cards(), keys, level));
        }
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Set intensity", editable)) {
        for (Intensity intensity : all_intensities) {
            if (ImGui::MenuItem(std::string(to_string(intensity)).c_str(), std::string(describe(intensity)).c_str())) {
                document.execute(set_intensity(document.cards(), keys, intensity));
            }
        }
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Set theme", editable)) {
        const auto item = [&](const Theme& theme) {
            if (ImGui::MenuItem(context_.text.display(theme.title).c_str(), theme.id.c_str())) {
                document.execute(set_theme(document.cards(), keys, theme.id));
            }
        };
        for (const Theme& theme : document.deck().themes) item(theme);
        for (const Theme& theme : builtin_themes()) item(theme);
        ImGui::EndMenu();
    }
    std::vector<DeckDocument*> targets;
    for (DeckDocument* other : context_.workspace.documents()) {
        if (other != &document && !other->read_only()) targets.push_back(other);
    }
    if (ImGui::BeginMenu("Move to deck", editable && !targets.empty())) {
        for (DeckDocument* target : targets) {
            ImGui::PushID(static_cast<int>(target->id()));
            if (ImGui::MenuItem(context_.text.display(target->display_name()).c_str())) {
                context_.commands.move_cards(document, *target, keys);
            }
            ImGui::PopID();
        }
        ImGui::EndMenu();
    }
    (void)view;
}

void CardTablePanel::draw_table(DeckDocument& document, DeckView& view) {
    const Deck& deck = document.deck();
    const ValidationReport& report = context_.workspace.report(document);
    if (marks_document_ != document.id() || marks_revision_ != document.revision()) {
        marks_.clear();
        for (const EditorDiagnostic& problem : report.diagnostics) {
            if (!problem.card) continue;
            auto [it, inserted] = marks_.emplace(*problem.card, problem.severity);
            if (!inserted && problem.severity == Severity::error) it->second = Severity::error;
        }
        marks_document_ = document.id();
        marks_revision_ = document.revision();
    }

    const std::vector<std::size_t>& rows = view.rows(document);
    ImGui::PushStyleColor(ImGuiCol_Text, colours::text_muted);
    if (view.filter.active()) ImGui::Text("%zu of %zu cards", rows.size(), deck.cards.size());
    else ImGui::Text("%zu cards", deck.cards.size());
    if (!view.selection.empty()) {
        ImGui::SameLine();
        ImGui::Text("\u00B7  %zu selected", view.selection.size());
    }
    ImGui::PopStyleColor();

    if (rows.empty()) {
        ImGui::Spacing();
        if (deck.cards.empty()) {
            context_.text.text_muted("This deck has no cards yet.");
            if (button("Add the first card", !document.read_only())) context_.add_card(document);
        } else {
            context_.text.text_muted("No card matches these filters.");
            if (ImGui::Button("Clear filters")) {
                view.filter = {};
                view.invalidate_rows();
            }
        }
        return;
    }

    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_Resizable | ImGuiTableFlags_Reorderable |
                                  ImGuiTableFlags_Hideable | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("cards", 10, flags, ImGui::GetContentRegionAvail())) return;
    // Fixed columns are as wide as their longest usual value (or header and sort arrow); the
    // text takes the rest.
    const float arrow = ImGui::GetFontSize();
    const auto fit = [&](const char* widest) {
        return ImGui::CalcTextSize(widest).x + arrow * 0.9f;
    };
    const auto id = [](CardColumn column) { return static_cast<ImGuiID>(column); };
    ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_NoHide, fit("9999"), id(CardColumn::position));
    ImGui::TableSetupColumn("Kind", 0, fit("compliment"), id(CardColumn::kind));
    ImGui::TableSetupColumn("Text", ImGuiTableColumnFlags_WidthStretch | ImGuiTableColumnFlags_NoHide, 0.0f, id(CardColumn::text));
    ImGui::TableSetupColumn("Theme", 0, fit("\u25CF Quality time"), id(CardColumn::theme));
    ImGui::TableSetupColumn("Level", 0, fit("Level"), id(CardColumn::level));
    ImGui::TableSetupColumn("Intensity", ImGuiTableColumnFlags_DefaultHide, fit("Intensity"), id(CardColumn::intensity));
    ImGui::TableSetupColumn("Answers", ImGuiTableColumnFlags_DefaultHide, fit("everyone"), id(CardColumn::answers));
    ImGui::TableSetupColumn("Timer", ImGuiTableColumnFlags_DefaultHide, fit("Timer"), id(CardColumn::timer));
    ImGui::TableSetupColumn("Tags", ImGuiTableColumnFlags_DefaultHide, fit("childhood, dreams"), id(CardColumn::tags));
    ImGui::TableSetupColumn("ID", ImGuiTableColumnFlags_DefaultHide, fit("dream-untold"), id(CardColumn::id));
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableHeadersRow();

    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
        if (specs->SpecsCount > 0) {
            view.sort = {static_cast<CardColumn>(specs->Specs[0].ColumnUserID),
                         specs->Specs[0].SortDirection == ImGuiSortDirection_Descending};
        }
        specs->SpecsDirty = false;
        view.invalidate_rows();
    }
    const std::vector<std::size_t>& sorted = view.rows(document);

    const float row_height = ImGui::GetTextLineHeight() + ImGui::GetStyle().CellPadding.y * 2.0f + 4.0f;
    if (view.scroll_to_focus && view.focus) {
        const auto index = document.cards().index_of(*view.focus);
        const auto found = index ? std::find(sorted.begin(), sorted.end(), *index) : sorted.end();
        if (found != sorted.end()) {
            const float y = static_cast<float>(found - sorted.begin()) * row_height;
            const float visible = ImGui::GetWindowHeight() - row_height * 2.0f;
            if (y < ImGui::GetScrollY() || y > ImGui::GetScrollY() + visible) ImGui::SetScrollY(std::max(0.0f, y - visible * 0.4f));
        }
        view.scroll_to_focus = false;
    }

    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(sorted.size()), row_height);
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const std::size_t index = sorted[static_cast<std::size_t>(row)];
            const Card& card = deck.cards[index];
            const CardKey key = document.cards().key(index);
            ImGui::TableNextRow(0, row_height);
            ImGui::PushID(static_cast<int>(key));

            ImGui::TableSetColumnIndex(0);
            const bool selected = view.is_selected(key);
            if (ImGui::Selectable("##row", selected, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap |
                                                          ImGuiSelectableFlags_AllowDoubleClick,
                                  ImVec2(0, row_height - ImGui::GetStyle().CellPadding.y * 2.0f))) {
                click_row(document, view, key, sorted);
                if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) context_.focus_card(document, key, "text");
            }
            // Arrow keys move the selection with the keyboard focus.
            if (ImGui::GetCurrentContext()->NavJustMovedToId == ImGui::GetItemID() && !ImGui::GetIO().KeyCtrl) {
                if (ImGui::GetIO().KeyShift && view.anchor) click_row(document, view, key, sorted);
                else view.select_only(key);
            }
            if (ImGui::BeginPopupContextItem("row menu")) {
                if (!selected) view.select_only(key);
                draw_row_menu(document, view);
                ImGui::EndPopup();
            }
            ImGui::SameLine(0, 0);
            if (const auto mark = marks_.find(key); mark != marks_.end()) {
                ImGui::PushStyleColor(ImGuiCol_Text, mark->second == Severity::error ? colours::error : colours::warning);
                ImGui::Text("%zu", index + 1);
                ImGui::PopStyleColor();
                if (ImGui::IsItemHovered()) ImGui::SetTooltip(mark->second == Severity::error ? "Has errors" : "Has warnings");
            } else {
                ImGui::TextDisabled("%zu", index + 1);
            }

            ImGui::TableSetColumnIndex(1);
            ImGui::TextUnformatted(std::string(to_string(card.kind)).c_str());
            ImGui::TableSetColumnIndex(2);
            if (card.text.empty()) ImGui::TextDisabled("(no text yet)");
            else context_.text.text(first_line(card.text));
            ImGui::TableSetColumnIndex(3);
            theme_swatch(deck, card.theme);
            ImGui::SameLine();
            const Theme* theme = find_theme(deck, card.theme);
            context_.text.text(theme ? theme->title : card.theme);
            ImGui::TableSetColumnIndex(4);
            ImGui::Text("%d", card.level);
            ImGui::TableSetColumnIndex(5);
            ImGui::TextUnformatted(std::string(to_string(card.intensity)).c_str());
            ImGui::TableSetColumnIndex(6);
            ImGui::TextUnformatted(std::string(to_string(card.answers)).c_str());
            ImGui::TableSetColumnIndex(7);
            if (card.timer_seconds) ImGui::Text("%d s", *card.timer_seconds);
            ImGui::TableSetColumnIndex(8);
            context_.text.text(joined(card.tags));
            ImGui::TableSetColumnIndex(9);
            context_.text.text(card.id);
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

}  // namespace kindling::editor::ui
