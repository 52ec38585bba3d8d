#pragma once
// Modal dialogs. The editor keeps a stack and shows the top one; a dialog's answer is a
// continuation that runs after the dialog closed, so it may open the next dialog.

#include <imgui.h>

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace kindling::editor::ui {

class BridgedText;

struct DialogOutcome {
    bool closed = false;
    std::function<void()> then;  // runs after the dialog is gone
    static DialogOutcome stay() { return {}; }
    static DialogOutcome close(std::function<void()> next = {}) { return {true, std::move(next)}; }
};

class Dialog {
public:
    virtual ~Dialog() = default;
    Dialog(const Dialog&) = delete;
    Dialog& operator=(const Dialog&) = delete;

    // Shows the dialog as a modal popup, centred; draws the content through draw_content().
    DialogOutcome draw();
    [[nodiscard]] const std::string& title() const noexcept { return title_; }

protected:
    explicit Dialog(std::string title, float width_in_font_sizes = 30.0f);
    virtual DialogOutcome draw_content() = 0;
    [[nodiscard]] float content_width() const;

private:
    std::string title_;
    std::string popup_id_;
    float width_;
};

class DialogStack {
public:
    void push(std::unique_ptr<Dialog> dialog) { dialogs_.push_back(std::move(dialog)); }
    [[nodiscard]] bool empty() const noexcept { return dialogs_.empty(); }
    [[nodiscard]] std::size_t size() const noexcept { return dialogs_.size(); }
    [[nodiscard]] const Dialog* top() const { return dialogs_.empty() ? nullptr : dialogs_.back().get(); }
    void draw();

private:
    std::vector<std::unique_ptr<Dialog>> dialogs_;
};

// A question with buttons: "Save changes to Party?" [Save] [Don't save] [Cancel].
struct Choice {
    std::string label;
    std::function<void()> action;  // may be empty (just closes)
    bool is_default = false;       // Enter
    bool is_cancel = false;        // Escape
};

// Title, message and details may hold user text (deck names, paths): they are shown through
// the text bridge.
class ChoiceDialog final : public Dialog {
public:
    ChoiceDialog(BridgedText& text, const std::string& title, std::string message, std::vector<Choice> choices,
                 std::string details = {});

private:
    DialogOutcome draw_content() override;
    BridgedText& text_;
    std::string message_;
    std::string details_;
    std::vector<Choice> choices_;
};

// Right-aligned buttons of equal width; returns the index pressed or -1.
int dialog_buttons(const std::vector<std::string>& labels);

}  // namespace kindling::editor::ui
