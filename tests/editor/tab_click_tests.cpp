// Tabs switch with one click, through the loop the program runs: events go into SDL's queue
// and EditorLoop takes them from there, as in a window.
#include "editor_test_decks.hpp"
#include "headless_editor.hpp"

#include "ui/editor_loop.hpp"

#include "core/deck/deck_writer.hpp"

#include <catch2/catch.hpp>
#include <imgui.h>
#include <imgui_internal.h>

#include <optional>
#include <string_view>

using namespace kindling;
using namespace kindling::editor;
using kindling::editor::testing::HeadlessEditor;
using kindling::editor::testing::options_in;
using kindling::testing::TemporaryDirectory;
namespace fs = std::filesystem;

namespace {

// SDL's event queue (the headless editor needs no video).
struct SdlEventQueue {
    SdlEventQueue() { REQUIRE(SDL_InitSubSystem(SDL_INIT_EVENTS) == 0); }
    ~SdlEventQueue() { SDL_QuitSubSystem(SDL_INIT_EVENTS); }
    SdlEventQueue(const SdlEventQueue&) = delete;
    SdlEventQueue& operator=(const SdlEventQueue&) = delete;
};

struct TabOnScreen {
    ImVec2 centre;
    bool shown = false;  // its contents are the ones drawn
};

// A tab of any of the window's tab bars, by its visible label.
std::optional<TabOnScreen> find_tab(std::string_view label) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    for (int n = 0; n < g.TabBars.GetMapSize(); ++n) {
        ImGuiTabBar* bar = g.TabBars.TryGetMapData(n);
        if (!bar) continue;
        for (const ImGuiTabItem& tab : bar->Tabs) {
            std::string_view name = bar->GetTabName(&tab);
            name = name.substr(0, name.find("##"));
            if (name != label) continue;
            const ImVec2 centre(bar->BarRect.Min.x + tab.Offset - bar->ScrollingAnim + tab.Width * 0.5f,
                                (bar->BarRect.Min.y + bar->BarRect.Max.y) * 0.5f);
            return TabOnScreen{centre, bar->VisibleTabId == tab.ID};
        }
    }
    return std::nullopt;
}

void push(SDL_Event event) { REQUIRE(SDL_PushEvent(&event) == 1); }

void push_motion(ImVec2 at) {
    SDL_Event event{};
    event.type = SDL_MOUSEMOTION;
    event.motion.x = static_cast<Sint32>(at.x);
    event.motion.y = static_cast<Sint32>(at.y);
    push(event);
}

void push_button(Uint32 type, ImVec2 at) {
    SDL_Event event{};
    event.type = type;
    event.button.button = SDL_BUTTON_LEFT;
    event.button.state = type == SDL_MOUSEBUTTONDOWN ? SDL_PRESSED : SDL_RELEASED;
    event.button.clicks = 1;
    event.button.x = static_cast<Sint32>(at.x);
    event.button.y = static_cast<Sint32>(at.y);
    push(event);
}

// Runs the loop as the program does: the first pass waits for the queued events (if the loop
// was asleep), the next ones draw until it would sleep again.
void run_until_idle(ui::EditorLoop& loop) {
    int passes = 0;
    do {
        loop.run_once();
    } while (!loop.idle() && ++passes < 50);
    REQUIRE(loop.idle());
}

// The pointer rests on `from`, then moves to `to` and clicks before the editor draws again:
// motion, press and release all wait in the queue together.
void click_tab(ui::EditorLoop& loop, std::string_view from, std::string_view to) {
    const auto resting = find_tab(from);
    const auto target = find_tab(to);
    REQUIRE(resting);
    REQUIRE(target);
    push_motion(resting->centre);
    run_until_idle(loop);
    push_motion(target->centre);
    push_button(SDL_MOUSEBUTTONDOWN, target->centre);
    push_button(SDL_MOUSEBUTTONUP, target->centre);
    run_until_idle(loop);
}

}  // namespace

TEST_CASE("One click on a tab brings it forward (issue 20, item 13)") {
    TemporaryDirectory root;
    const fs::path file = root.path() / "decks" / "sample.yaml";
    fs::create_directories(file.parent_path());
    REQUIRE(write_file_atomically(file, write_deck(test_decks::sample_deck())));
    HeadlessEditor editor(options_in(root.path(), {file}), 960, 600);  // the smallest window
    SdlEventQueue queue;
    ui::EditorLoop loop(editor.app());
    run_until_idle(loop);

    SECTION("Problems, Statistics, Near-duplicates, Play-test under the table") {
        REQUIRE(find_tab("Statistics"));
        CHECK_FALSE(find_tab("Statistics")->shown);
        click_tab(loop, "Play-test", "Statistics");
        CHECK(find_tab("Statistics")->shown);
        click_tab(loop, "Statistics", "Near-duplicates");
        CHECK(find_tab("Near-duplicates")->shown);
        CHECK_FALSE(find_tab("Statistics")->shown);
    }
    SECTION("Card and Deck beside it") {
        REQUIRE(find_tab("Deck"));
        CHECK_FALSE(find_tab("Deck")->shown);
        click_tab(loop, "Card", "Deck");
        CHECK(find_tab("Deck")->shown);
        click_tab(loop, "Deck", "Card");
        CHECK(find_tab("Card")->shown);
    }
}
