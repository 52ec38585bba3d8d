#pragma once
// A part of the editor's window. Panels are small classes: draw() is the same for all of them
// (a child region with an optional heading) and each panel only writes draw_content().

#include <imgui.h>

#include <string>

namespace kindling::editor::ui {

class Panel {
public:
    virtual ~Panel() = default;
    Panel(const Panel&) = delete;
    Panel& operator=(const Panel&) = delete;

    // Draws the panel filling `size` (ImGui sizes: 0 means "the rest").
    void draw(ImVec2 size);
    [[nodiscard]] const std::string& title() const noexcept { return title_; }

protected:
    Panel(std::string title, bool show_heading, ImGuiWindowFlags flags = 0);
    virtual void draw_content() = 0;
    // Called just before the panel's region begins: the place for SetNextWindow* calls.
    virtual void before_region() {}

private:
    std::string title_;
    bool show_heading_;
    ImGuiWindowFlags flags_;
};

// A small heading in the accent colour, used inside panels and dialogs.
void section_heading(const char* text);

}  // namespace kindling::editor::ui
