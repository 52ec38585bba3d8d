#pragma once
// A screen of the game: title, card, settings... Screens live on a ScreenStack. Each frame the
// app calls, for the screens it shows: layout() (measure and place; may cache positions),
// update() (advance animations), then draw(), which is const: drawing never changes a screen.
// Input reaches only the top screen, as InputEvents.

#include "ui/input.hpp"
#include "ui/painter.hpp"

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace kindling::ui {

// When a screen next needs a frame: now (it is animating), at a time, or only after input.
struct FrameRequest {
    static constexpr std::int64_t never = std::numeric_limits<std::int64_t>::max();
    std::int64_t at_ms = never;

    static FrameRequest animating() { return {0}; }
    static FrameRequest idle() { return {}; }
    static FrameRequest at(std::int64_t ms) { return {ms}; }
    [[nodiscard]] bool is_animating() const { return at_ms == 0; }
    [[nodiscard]] FrameRequest sooner(FrameRequest other) const { return {std::min(at_ms, other.at_ms)}; }
};

// A control hint for the bar at the bottom: what a command does on this screen.
struct Hint {
    Command command;
    std::string label;
    // Command::number: the highest number that means something here ("1–4" with four players);
    // 0 leaves the glyph as it is.
    int highest_number = 0;
};

class Screen {
public:
    virtual ~Screen() = default;
    Screen(const Screen&) = delete;
    Screen& operator=(const Screen&) = delete;

    // The name the screen is registered under ("title", "card", ...).
    [[nodiscard]] virtual std::string_view name() const = 0;
    virtual void layout(Painter& painter) { (void)painter; }
    virtual void handle(const InputEvent& event) = 0;
    virtual FrameRequest update(std::int64_t now_ms) {
        (void)now_ms;
        return FrameRequest::idle();
    }
    virtual void draw(Painter& painter) const = 0;

    // Dialogs and menus draw over the screen below them.
    [[nodiscard]] virtual bool is_overlay() const { return false; }
    // True while a text field has focus: letters type instead of acting as shortcuts.
    [[nodiscard]] virtual bool wants_text_input() const { return false; }
    // What has focus, by id: lets scripts and tests find their way (never shown).
    [[nodiscard]] virtual std::string focused_id() const { return {}; }
    // What has focus in the player's words (a choice's label, and its value), for reading menus
    // aloud; empty when nothing has focus.
    [[nodiscard]] virtual std::string focused_words() const { return {}; }
    // The screen's title, said when it comes up; empty for screens that are no menu (a card).
    [[nodiscard]] virtual std::string title_words() const { return {}; }
    // Called when the screen becomes the top one again (e.g. after a dialog closed).
    virtual void on_reveal() {}

protected:
    Screen() = default;
};

}  // namespace kindling::ui
