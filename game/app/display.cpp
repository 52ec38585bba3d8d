#include "app/display.hpp"

#include "ui/icons.hpp"

#include <vector>

namespace kindling::app {

namespace {

// The window's icon: the game's flame, drawn by the same code as every other icon.
void set_window_icon(SDL_Window* window) {
    constexpr int size = 64;
    const std::vector<std::uint8_t> alpha = ui::icon_shape(ui::Icon::flame).rasterise(size);
    std::vector<std::uint32_t> pixels(alpha.size());
    for (std::size_t i = 0; i < alpha.size(); ++i) {
        pixels[i] = (std::uint32_t{alpha[i]} << 24U) | 0x00F4A261U;  // the warm theme's ember accent
    }
    SDL_Surface* icon =
        SDL_CreateRGBSurfaceWithFormatFrom(pixels.data(), size, size, 32, size * 4, SDL_PIXELFORMAT_ARGB8888);
    if (icon == nullptr) return;
    SDL_SetWindowIcon(window, icon);
    SDL_FreeSurface(icon);
}

class WindowDisplay final : public Display {
public:
    WindowDisplay(SDL_Window* window, SDL_Renderer* renderer, bool vsync)
        : window_(window), renderer_(renderer), vsync_(vsync) {}
    ~WindowDisplay() override {
        SDL_DestroyRenderer(renderer_);
        SDL_DestroyWindow(window_);
    }
    SDL_Renderer& renderer() override { return *renderer_; }
    void output_size(int& width, int& height) override { SDL_GetRendererOutputSize(renderer_, &width, &height); }
    void present() override { SDL_RenderPresent(renderer_); }
    void set_fullscreen(bool fullscreen) override {
        SDL_SetWindowFullscreen(window_, fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
    }
    void pointer_scale(float& x, float& y) override {
        int window_w = 0;
        int window_h = 0;
        int output_w = 0;
        int output_h = 0;
        SDL_GetWindowSize(window_, &window_w, &window_h);
        output_size(output_w, output_h);
        x = window_w > 0 ? static_cast<float>(output_w) / static_cast<float>(window_w) : 1.0f;
        y = window_h > 0 ? static_cast<float>(output_h) / static_cast<float>(window_h) : 1.0f;
    }
    [[nodiscard]] int refresh_rate() const override {
        SDL_DisplayMode mode{};
        const int index = SDL_GetWindowDisplayIndex(window_);
        if (index >= 0 && SDL_GetCurrentDisplayMode(index, &mode) == 0 && mode.refresh_rate > 0) return mode.refresh_rate;
        return 60;
    }
    [[nodiscard]] bool waits_for_vsync() const override { return vsync_; }
    [[nodiscard]] bool is_window() const override { return true; }

private:
    SDL_Window* window_;
    SDL_Renderer* renderer_;
    bool vsync_;
};

class OffscreenDisplay final : public Display {
public:
    OffscreenDisplay(SDL_Surface* surface, SDL_Renderer* renderer) : surface_(surface), renderer_(renderer) {}
    ~OffscreenDisplay() override {
        SDL_DestroyRenderer(renderer_);
        SDL_FreeSurface(surface_);
    }
    SDL_Renderer& renderer() override { return *renderer_; }
    void output_size(int& width, int& height) override {
        width = surface_->w;
        height = surface_->h;
    }
    void present() override { SDL_RenderPresent(renderer_); }
    void set_fullscreen(bool) override {}
    void pointer_scale(float& x, float& y) override { x = y = 1.0f; }
    [[nodiscard]] int refresh_rate() const override { return 60; }
    [[nodiscard]] bool waits_for_vsync() const override { return false; }
    [[nodiscard]] bool is_window() const override { return false; }

private:
    SDL_Surface* surface_;
    SDL_Renderer* renderer_;
};

}  // namespace

std::unique_ptr<Display> open_window(const DisplayRequest& request, std::string& error) {
    // With the software renderer, SDL would still open an OpenGL context just to decide how to
    // show the window's pixels (SDL_HINT_FRAMEBUFFER_ACCELERATION); on machines without a GPU
    // that loads Mesa's LLVM rasteriser: 60+ MiB and tens of milliseconds for nothing.
    if (const char* driver = SDL_GetHint(SDL_HINT_RENDER_DRIVER); driver && SDL_strcasecmp(driver, "software") == 0) {
        SDL_SetHintWithPriority(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0", SDL_HINT_DEFAULT);
    }
    if (SDL_WasInit(SDL_INIT_VIDEO) == 0 && SDL_InitSubSystem(SDL_INIT_VIDEO) != 0) {
        error = std::string("cannot start the video system: ") + SDL_GetError();
        return nullptr;
    }
    Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    if (request.fullscreen) flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
    SDL_Window* window = SDL_CreateWindow(request.title.c_str(), SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                                          request.width, request.height, flags);
    if (window == nullptr) {
        error = std::string("cannot open a window: ") + SDL_GetError();
        return nullptr;
    }
    SDL_SetWindowMinimumSize(window, 640, 360);
    set_window_icon(window);
    // The best renderer with vsync; SDL_RENDER_DRIVER=software picks the software one.
    bool vsync = true;
    SDL_Renderer* renderer = SDL_CreateRenderer(window, -1, SDL_RENDERER_PRESENTVSYNC);
    if (renderer == nullptr) {
        vsync = false;
        renderer = SDL_CreateRenderer(window, -1, 0);
    }
    if (renderer == nullptr) {
        error = std::string("cannot draw in the window: ") + SDL_GetError();
        SDL_DestroyWindow(window);
        return nullptr;
    }
    SDL_RendererInfo info{};
    if (SDL_GetRendererInfo(renderer, &info) == 0) vsync = vsync && (info.flags & SDL_RENDERER_PRESENTVSYNC) != 0;
    return std::make_unique<WindowDisplay>(window, renderer, vsync);
}

std::unique_ptr<Display> open_offscreen(int width, int height, std::string& error) {
    // The format an X11 window surface has too: cards (RGB888 sprites) are then copied and
    // scaled without conversion or temporary surfaces.
    SDL_Surface* surface = SDL_CreateRGBSurfaceWithFormat(0, width, height, 32, SDL_PIXELFORMAT_RGB888);
    if (surface == nullptr) {
        error = std::string("cannot make an image of ") + std::to_string(width) + "x" + std::to_string(height) + ": " +
                SDL_GetError();
        return nullptr;
    }
    SDL_Renderer* renderer = SDL_CreateSoftwareRenderer(surface);
    if (renderer == nullptr) {
        error = std::string("cannot draw into an image: ") + SDL_GetError();
        SDL_FreeSurface(surface);
        return nullptr;
    }
    return std::make_unique<OffscreenDisplay>(surface, renderer);
}

}  // namespace kindling::app
