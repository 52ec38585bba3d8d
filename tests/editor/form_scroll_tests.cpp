// The card form's region starts at the top when it changes to another form (one card, the bulk
// edits for several, another deck), rather than at the scroll of the form before it.
#include "editor_test_decks.hpp"
#include "headless_editor.hpp"

#include "core/deck/deck_writer.hpp"

#include <catch2/catch.hpp>
#include <imgui.h>
#include <imgui_internal.h>

#include <cstring>

using namespace kindling;
using namespace kindling::editor;
using kindling::editor::testing::HeadlessEditor;
using kindling::editor::testing::options_in;
using kindling::testing::TemporaryDirectory;
namespace fs = std::filesystem;

namespace {

bool last_part_starts_with(const char* name, const char* start) {
    const char* last = std::strrchr(name, '/');
    return std::strncmp(last ? last + 1 : name, start, std::strlen(start)) == 0;
}

// The scrolling region drawn in the inspector's Card tab this frame.
ImGuiWindow* card_form_region() {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    ImGuiWindow* found = nullptr;
    for (ImGuiWindow* window : g.Windows) {
        if (window->Active && window->ParentWindow && last_part_starts_with(window->ParentWindow->Name, "inspector_")) {
            REQUIRE(found == nullptr);  // only the shown tab's region is drawn
            found = window;
        }
    }
    return found;
}

void scroll_to_bottom(HeadlessEditor& editor) {
    ImGuiWindow* form = card_form_region();
    REQUIRE(form);
    REQUIRE(form->ScrollMax.y > 0);  // the form is longer than the window
    ImGui::SetScrollY(form, form->ScrollMax.y);
    editor.frame();
    REQUIRE(card_form_region()->Scroll.y > 0);
}

}  // namespace

TEST_CASE("The bulk edits open at the top, not at the card form's scroll (issue 20, item 15)") {
    TemporaryDirectory root;
    const fs::path file = root.path() / "decks" / "sample.yaml";
    fs::create_directories(file.parent_path());
    REQUIRE(write_file_atomically(file, write_deck(test_decks::sample_deck())));
    HeadlessEditor editor(options_in(root.path(), {file}), 960, 600);
    DeckDocument* document = editor.app().workspace().active();
    REQUIRE(document);
    ui::DeckView& view = editor.app().context().view(*document);

    view.select_only(document->cards().key(0));
    editor.frame();
    editor.frame();
    scroll_to_bottom(editor);

    view.toggle(document->cards().key(1));
    view.toggle(document->cards().key(2));
    editor.frame();
    REQUIRE(card_form_region());
    CHECK(card_form_region()->Scroll.y == 0);

    SECTION("and one card's form after the bulk edits at the top as well") {
        editor.frame();
        scroll_to_bottom(editor);
        view.select_only(document->cards().key(3));
        editor.frame();
        CHECK(card_form_region()->Scroll.y == 0);
    }
    SECTION("while the same form keeps its scroll from frame to frame") {
        editor.frame();
        scroll_to_bottom(editor);
        const float scrolled = card_form_region()->Scroll.y;
        editor.frame();
        editor.frame();
        CHECK(card_form_region()->Scroll.y == scrolled);
    }
}
