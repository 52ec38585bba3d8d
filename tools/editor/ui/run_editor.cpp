#include "run_editor.hpp"

#include "editor_loop.hpp"

#include <SDL.h>
#include <SDL_ttf.h>
#include <stb/stb_image_write.h>

#include <cstdio>
#include <memory>

namespace kindling::editor::ui {

namespace {

struct SdlSession {
    bool ok = false;
    explicit SdlSession(Uint32 flags) { ok = SDL_Init(flags) == 0 && TTF_Init() == 0; }
    ~SdlSession() {
        if (TTF_WasInit()) TTF_Quit();
        SDL_Quit();
    }
    SdlSession(const SdlSession&) = delete;
    SdlSession& operator=(const SdlSession&) = delete;
};

}  // namespace

int run_windowed(EditorOptions options, const WindowOptions& window_options) {
    SDL_SetHint(SDL_HINT_IME_SHOW_UI, "1");
    SdlSession sdl(SDL_INIT_VIDEO | SDL_INIT_TIMER);
    if (!sdl.ok) {
        std::fprintf(stderr, "kindling-editor: cannot start SDL: %s\n", SDL_GetError());
        return 1;
    }
    SDL_Window* window = SDL_CreateWindow("Kindling deck editor", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                                          window_options.width, window_options.height,
                                          SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    if (!window) {
        std::fprintf(stderr, "kindling-editor: cannot open a window: %s\n", SDL_GetError());
        return 1;
    }
    SDL_SetWindowMinimumSize(window, 960, 600);
    SDL_Renderer* renderer = SDL_CreateRenderer(window, -1, SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC | SDL_RENDERER_TARGETTEXTURE);
    if (!renderer) renderer = SDL_CreateRenderer(window, -1, SDL_RENDERER_SOFTWARE | SDL_RENDERER_TARGETTEXTURE);
    if (!renderer) {
        std::fprintf(stderr, "kindling-editor: cannot create a renderer: %s\n", SDL_GetError());
        SDL_DestroyWindow(window);
        return 1;
    }
    {
        EditorApp app(*renderer, std::move(options));
        app.attach_window(*window);
        SDL_StartTextInput();
        EditorLoop loop(app);
        while (!app.quit_confirmed()) {
            loop.run_once();
            SDL_RenderPresent(renderer);
        }
    }
    SDL_DestroyRenderer(renderer);
    SDL_DestroyWindow(window);
    return 0;
}

bool render_screenshot(EditorOptions options, const ScreenshotOptions& screenshot, std::string& error) {
    SdlSession sdl(0);
    if (!sdl.ok) {
        error = std::string("cannot start SDL: ") + SDL_GetError();
        return false;
    }
    SDL_Surface* surface = SDL_CreateRGBSurfaceWithFormat(0, screenshot.width, screenshot.height, 32, SDL_PIXELFORMAT_RGBA32);
    if (!surface) {
        error = std::string("cannot create a surface: ") + SDL_GetError();
        return false;
    }
    SDL_Renderer* renderer = SDL_CreateSoftwareRenderer(surface);
    if (!renderer) {
        error = std::string("cannot create a software renderer: ") + SDL_GetError();
        SDL_FreeSurface(surface);
        return false;
    }
    options.persistent = false;
    options.select_first_card = true;
    {
        EditorApp app(*renderer, std::move(options));
        for (int frame = 0; frame < std::max(1, screenshot.frames); ++frame) app.frame(1.0f / 60.0f);
        SDL_RenderFlush(renderer);
    }
    SDL_LockSurface(surface);
    const int written = stbi_write_png(screenshot.output.c_str(), surface->w, surface->h, 4, surface->pixels, surface->pitch);
    SDL_UnlockSurface(surface);
    SDL_DestroyRenderer(renderer);
    SDL_FreeSurface(surface);
    if (!written) {
        error = "cannot write " + screenshot.output.string();
        return false;
    }
    return true;
}

}  // namespace kindling::editor::ui
