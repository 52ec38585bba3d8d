#pragma once
// The stack of screens. Changes are queued and applied between frames (apply_pending), so a
// screen can push, pop or replace itself from inside handle() without pulling the floor from
// under its own feet, and draw() always sees a stable stack.

#include "ui/screen.hpp"

#include <memory>
#include <vector>

namespace kindling::ui {

class ScreenStack {
public:
    void push(std::unique_ptr<Screen> screen);
    void pop();
    // Pops the top screen and pushes this one.
    void replace(std::unique_ptr<Screen> screen);
    // Empties the stack and pushes this one.
    void reset(std::unique_ptr<Screen> screen);
    // Pops screens until the top one has this name (nothing happens when none has it).
    void pop_to(std::string_view name);

    // Applies the queued changes in order; true when anything changed.
    bool apply_pending();
    [[nodiscard]] bool has_pending() const { return !pending_.empty(); }

    [[nodiscard]] Screen* top() const { return screens_.empty() ? nullptr : screens_.back().get(); }
    [[nodiscard]] bool empty() const { return screens_.empty(); }
    [[nodiscard]] std::size_t size() const { return screens_.size(); }
    [[nodiscard]] Screen& at(std::size_t index) const { return *screens_[index]; }
    // The screens to draw, bottom first: the top one and, while it is an overlay, those below.
    [[nodiscard]] std::vector<Screen*> visible() const;

private:
    struct Change {
        enum class Kind { push, pop, replace, reset, pop_to } kind;
        std::unique_ptr<Screen> screen;
        std::string name;
    };
    std::vector<std::unique_ptr<Screen>> screens_;
    std::vector<Change> pending_;
};

}  // namespace kindling::ui
