#include "editor_style.hpp"

#include <cstdio>
#include <cstring>

namespace kindling::editor::ui {

void apply_editor_style(float scale) {
    ImGuiStyle style;
    ImGui::StyleColorsDark(&style);
    style.WindowPadding = ImVec2(14, 12);
    style.FramePadding = ImVec2(9, 6);
    style.CellPadding = ImVec2(8, 5);
    style.ItemSpacing = ImVec2(10, 8);
    style.ItemInnerSpacing = ImVec2(7, 6);
    style.IndentSpacing = 18;
    style.ScrollbarSize = 13;
    style.GrabMinSize = 11;
    style.WindowRounding = 6;
    style.ChildRounding = 6;
    style.FrameRounding = 5;
    style.PopupRounding = 6;
    style.ScrollbarRounding = 8;
    style.GrabRounding = 5;
    style.TabRounding = 5;
    style.WindowBorderSize = 0;
    style.ChildBorderSize = 1;
    style.PopupBorderSize = 1;
    style.FrameBorderSize = 0;
    style.TabBorderSize = 0;
    style.SelectableTextAlign = ImVec2(0, 0.5f);
    style.WindowTitleAlign = ImVec2(0.5f, 0.5f);

    ImVec4* c = style.Colors;
    const ImVec4 surface{0.15f, 0.155f, 0.175f, 1.0f};
    const ImVec4 raised{0.20f, 0.205f, 0.23f, 1.0f};
    const ImVec4 hover{0.27f, 0.26f, 0.28f, 1.0f};
    const ImVec4 accent_soft{0.91f, 0.56f, 0.40f, 0.35f};
    c[ImGuiCol_Text] = colours::text;
    c[ImGuiCol_TextDisabled] = colours::text_muted;
    c[ImGuiCol_WindowBg] = colours::background;
    c[ImGuiCol_ChildBg] = colours::panel;
    c[ImGuiCol_PopupBg] = ImVec4(0.16f, 0.165f, 0.185f, 0.98f);
    c[ImGuiCol_Border] = ImVec4(0.25f, 0.25f, 0.28f, 0.8f);
    c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_FrameBg] = raised;
    c[ImGuiCol_FrameBgHovered] = hover;
    c[ImGuiCol_FrameBgActive] = ImVec4(0.30f, 0.28f, 0.29f, 1.0f);
    c[ImGuiCol_TitleBg] = surface;
    c[ImGuiCol_TitleBgActive] = surface;
    c[ImGuiCol_MenuBarBg] = ImVec4(0.125f, 0.13f, 0.145f, 1.0f);
    c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ScrollbarGrab] = ImVec4(0.32f, 0.32f, 0.35f, 1.0f);
    c[ImGuiCol_CheckMark] = colours::accent;
    c[ImGuiCol_SliderGrab] = colours::accent;
    c[ImGuiCol_SliderGrabActive] = ImVec4(1.0f, 0.66f, 0.5f, 1.0f);
    c[ImGuiCol_Button] = raised;
    c[ImGuiCol_ButtonHovered] = hover;
    c[ImGuiCol_ButtonActive] = accent_soft;
    c[ImGuiCol_Header] = ImVec4(0.91f, 0.56f, 0.40f, 0.22f);
    c[ImGuiCol_HeaderHovered] = ImVec4(0.91f, 0.56f, 0.40f, 0.14f);
    c[ImGuiCol_HeaderActive] = accent_soft;
    c[ImGuiCol_Separator] = ImVec4(0.25f, 0.25f, 0.28f, 1.0f);
    c[ImGuiCol_SeparatorHovered] = colours::accent;
    c[ImGuiCol_SeparatorActive] = colours::accent;
    c[ImGuiCol_ResizeGrip] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_Tab] = ImVec4(0.14f, 0.145f, 0.165f, 1.0f);
    c[ImGuiCol_TabHovered] = hover;
    c[ImGuiCol_TabActive] = ImVec4(0.23f, 0.215f, 0.22f, 1.0f);
    c[ImGuiCol_TabUnfocused] = c[ImGuiCol_Tab];
    c[ImGuiCol_TabUnfocusedActive] = c[ImGuiCol_TabActive];
    c[ImGuiCol_TableHeaderBg] = ImVec4(0.17f, 0.175f, 0.195f, 1.0f);
    c[ImGuiCol_TableBorderStrong] = ImVec4(0.24f, 0.24f, 0.27f, 1.0f);
    c[ImGuiCol_TableBorderLight] = ImVec4(0.20f, 0.20f, 0.23f, 1.0f);
    c[ImGuiCol_TableRowBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_TableRowBgAlt] = ImVec4(1, 1, 1, 0.025f);
    c[ImGuiCol_TextSelectedBg] = ImVec4(0.91f, 0.56f, 0.40f, 0.35f);
    c[ImGuiCol_NavHighlight] = colours::accent;
    c[ImGuiCol_ModalWindowDimBg] = ImVec4(0.05f, 0.05f, 0.06f, 0.6f);

    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

ImVec4 colour_from_hex(const char* hex, ImVec4 fallback) {
    unsigned r = 0, g = 0, b = 0;
    if (!hex || std::strlen(hex) != 7 || hex[0] != '#' || std::sscanf(hex + 1, "%02x%02x%02x", &r, &g, &b) != 3) {
        return fallback;
    }
    return ImVec4(static_cast<float>(r) / 255.0f, static_cast<float>(g) / 255.0f, static_cast<float>(b) / 255.0f, 1.0f);
}

}  // namespace kindling::editor::ui
