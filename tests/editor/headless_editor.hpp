#pragma once
// The real editor (EditorApp) on a software renderer, driven frame by frame like a user would:
// typed text arrives as SDL_TEXTINPUT events, shortcuts as key events, other keys through
// ImGui's key state (SDL's own keyboard state cannot be driven by injected events).

#include "ui/editor_app.hpp"

#include "support/fixtures.hpp"

#include <SDL.h>
#include <SDL_ttf.h>

#include <cstring>
#include <imgui.h>
#include <memory>

namespace kindling::editor::testing {

class HeadlessEditor {
public:
    HeadlessEditor(ui::EditorOptions options, int width = 1280, int height = 800) {
        TTF_Init();
        surface_ = SDL_CreateRGBSurfaceWithFormat(0, width, height, 32, SDL_PIXELFORMAT_RGBA32);
        renderer_ = SDL_CreateSoftwareRenderer(surface_);
        app_ = std::make_unique<ui::EditorApp>(*renderer_, std::move(options));
        frame();
        frame();
    }
    ~HeadlessEditor() {
        app_.reset();
        SDL_DestroyRenderer(renderer_);
        SDL_FreeSurface(surface_);
        TTF_Quit();
    }
    HeadlessEditor(const HeadlessEditor&) = delete;
    HeadlessEditor& operator=(const HeadlessEditor&) = delete;

    ui::EditorApp& app() { return *app_; }
    SDL_Surface& surface() { return *surface_; }
    void frame() { app_->frame(1.0f / 60.0f); }

    // A key ImGui widgets react to (End, Backspace, arrows), held for one frame.
    void press(SDL_Scancode key) {
        ImGui::GetIO().KeysDown[key] = true;
        frame();
        ImGui::GetIO().KeysDown[key] = false;
        frame();
    }
    // Text as the window system delivers it (UTF-8, in pieces of at most 31 bytes).
    void type(const std::string& text) {
        SDL_Event event{};
        event.type = SDL_TEXTINPUT;
        std::strncpy(event.text.text, text.c_str(), sizeof event.text.text - 1);
        app_->process_event(event);
        frame();
    }
    // A shortcut key with modifiers, e.g. Ctrl+S.
    void shortcut(SDL_Keycode key, Uint16 modifiers) {
        SDL_Event event{};
        event.type = SDL_KEYDOWN;
        event.key.keysym.sym = key;
        event.key.keysym.mod = modifiers;
        app_->process_event(event);
        frame();
        frame();
    }

private:
    SDL_Surface* surface_ = nullptr;
    SDL_Renderer* renderer_ = nullptr;
    std::unique_ptr<ui::EditorApp> app_;
};

inline ui::EditorOptions options_in(const std::filesystem::path& root, std::vector<std::filesystem::path> decks = {}) {
    ui::EditorOptions options;
    options.paths = {root / "data" / "decks", root / "state", root / "config"};
    options.decks = std::move(decks);
    options.persistent = false;
    return options;
}

}  // namespace kindling::editor::testing
