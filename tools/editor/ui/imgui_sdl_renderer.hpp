#pragma once
// Draws Dear ImGui's output with an SDL_Renderer (hardware or software).
//
// Debian ships the upstream SDL_Renderer backend only as an example file under
// /usr/share/doc, which minimal systems and container images leave out (dpkg path-exclude),
// so the editor has its own small renderer instead of compiling that file.

#include <SDL.h>

struct ImDrawData;

namespace kindling::editor::ui {

class ImGuiSdlRenderer {
public:
    explicit ImGuiSdlRenderer(SDL_Renderer& renderer);
    ~ImGuiSdlRenderer();
    ImGuiSdlRenderer(const ImGuiSdlRenderer&) = delete;
    ImGuiSdlRenderer& operator=(const ImGuiSdlRenderer&) = delete;

    // Uploads the current font atlas (after every atlas rebuild). Returns false with SDL's
    // error message when the texture cannot be created.
    bool upload_font_atlas();
    void render(ImDrawData& draw_data);

private:
    SDL_Renderer& renderer_;
    SDL_Texture* font_texture_ = nullptr;
};

}  // namespace kindling::editor::ui
