#pragma once
// The selected card as the game draws it, at TV (1920x1080) or laptop (1366x768) size, with the
// title-safe area marked and an estimate of how long it takes to read aloud.

#include "ui/card_preview_renderer.hpp"
#include "ui/editor_context.hpp"
#include "ui/panel.hpp"

namespace kindling::editor::ui {

class PreviewPanel final : public Panel {
public:
    explicit PreviewPanel(EditorContext& context) : Panel("Preview", false), context_(context) {}
    ~PreviewPanel() override;

private:
    struct Screen {
        const char* name;
        int width;
        int height;
        SDL_Texture* texture = nullptr;
        std::uint64_t drawn_document = 0;
        std::uint64_t drawn_revision = 0;
        CardKey drawn_card = 0;
    };
    void draw_content() override;
    void draw_safe_area(ImVec2 top_left, ImVec2 size);

    EditorContext& context_;
    Screen screens_[2] = {{"TV", 1920, 1080}, {"Laptop", 1366, 768}};
    int shown_ = 0;
};

}  // namespace kindling::editor::ui
