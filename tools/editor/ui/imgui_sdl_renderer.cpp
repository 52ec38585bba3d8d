#include "imgui_sdl_renderer.hpp"

#include <imgui.h>

#include <cmath>

namespace kindling::editor::ui {

ImGuiSdlRenderer::ImGuiSdlRenderer(SDL_Renderer& renderer) : renderer_(renderer) {
    ImGuiIO& io = ImGui::GetIO();
    io.BackendRendererName = "kindling_sdl_renderer";
    // Large decks make long tables; 32-bit vertex offsets are not needed with VtxOffset.
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
}

ImGuiSdlRenderer::~ImGuiSdlRenderer() {
    if (font_texture_) SDL_DestroyTexture(font_texture_);
    if (ImGui::GetCurrentContext()) ImGui::GetIO().Fonts->SetTexID(nullptr);
}

bool ImGuiSdlRenderer::upload_font_atlas() {
    ImGuiIO& io = ImGui::GetIO();
    unsigned char* pixels = nullptr;
    int width = 0;
    int height = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
    if (font_texture_) SDL_DestroyTexture(font_texture_);
    // ImGui's RGBA bytes in memory order are SDL's RGBA32 format on every byte order.
    font_texture_ = SDL_CreateTexture(&renderer_, SDL_PIXELFORMAT_RGBA32, SDL_TEXTUREACCESS_STATIC, width, height);
    if (!font_texture_) return false;
    SDL_UpdateTexture(font_texture_, nullptr, pixels, 4 * width);
    SDL_SetTextureBlendMode(font_texture_, SDL_BLENDMODE_BLEND);
    SDL_SetTextureScaleMode(font_texture_, SDL_ScaleModeLinear);
    io.Fonts->SetTexID(font_texture_);
    return true;
}

void ImGuiSdlRenderer::render(ImDrawData& draw_data) {
    // High-DPI outputs: ImGui works in window points, the renderer in pixels.
    float scale_x = 1.0f;
    float scale_y = 1.0f;
    SDL_RenderGetScale(&renderer_, &scale_x, &scale_y);
    const ImVec2 scale(draw_data.FramebufferScale.x * scale_x, draw_data.FramebufferScale.y * scale_y);
    const int output_width = static_cast<int>(draw_data.DisplaySize.x * scale.x);
    const int output_height = static_cast<int>(draw_data.DisplaySize.y * scale.y);
    if (output_width <= 0 || output_height <= 0) return;

    SDL_Rect saved_viewport;
    SDL_Rect saved_clip;
    const SDL_bool had_clip = SDL_RenderIsClipEnabled(&renderer_);
    SDL_RenderGetViewport(&renderer_, &saved_viewport);
    SDL_RenderGetClipRect(&renderer_, &saved_clip);
    SDL_RenderSetViewport(&renderer_, nullptr);
    SDL_RenderSetScale(&renderer_, scale.x, scale.y);

    const ImVec2 origin = draw_data.DisplayPos;
    for (int n = 0; n < draw_data.CmdListsCount; ++n) {
        const ImDrawList& list = *draw_data.CmdLists[n];
        const ImDrawVert* vertices = list.VtxBuffer.Data;
        const ImDrawIdx* indices = list.IdxBuffer.Data;
        for (const ImDrawCmd& command : list.CmdBuffer) {
            if (command.UserCallback) {
                if (command.UserCallback != ImDrawCallback_ResetRenderState) command.UserCallback(&list, &command);
                continue;
            }
            const ImVec2 clip_min(command.ClipRect.x - origin.x, command.ClipRect.y - origin.y);
            const ImVec2 clip_max(command.ClipRect.z - origin.x, command.ClipRect.w - origin.y);
            if (clip_max.x <= clip_min.x || clip_max.y <= clip_min.y) continue;
            const SDL_Rect clip{static_cast<int>(std::floor(clip_min.x)), static_cast<int>(std::floor(clip_min.y)),
                                static_cast<int>(std::ceil(clip_max.x - clip_min.x)),
                                static_cast<int>(std::ceil(clip_max.y - clip_min.y))};
            SDL_RenderSetClipRect(&renderer_, &clip);

            const ImDrawVert* first = vertices + command.VtxOffset;
            // SDL reads positions, colours and texture coordinates with a stride straight out
            // of ImGui's vertex array; ImU32 colours are R, G, B, A bytes like SDL_Color.
            SDL_RenderGeometryRaw(&renderer_, static_cast<SDL_Texture*>(command.TextureId),
                                  &first->pos.x, static_cast<int>(sizeof(ImDrawVert)),
                                  reinterpret_cast<const SDL_Color*>(&first->col), static_cast<int>(sizeof(ImDrawVert)),
                                  &first->uv.x, static_cast<int>(sizeof(ImDrawVert)),
                                  list.VtxBuffer.Size - static_cast<int>(command.VtxOffset),
                                  indices + command.IdxOffset, static_cast<int>(command.ElemCount),
                                  static_cast<int>(sizeof(ImDrawIdx)));
        }
    }
    SDL_RenderSetScale(&renderer_, scale_x, scale_y);
    SDL_RenderSetViewport(&renderer_, &saved_viewport);
    SDL_RenderSetClipRect(&renderer_, had_clip ? &saved_clip : nullptr);
}

}  // namespace kindling::editor::ui
