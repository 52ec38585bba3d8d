#pragma once
// Where frames go: a real window (with the best renderer SDL offers, software when asked by
// SDL_RENDER_DRIVER=software) or an off-screen surface drawn by SDL's software renderer
// (screenshots, tests, benchmarks: deterministic, no display needed).

#include <SDL.h>

#include <memory>
#include <string>

namespace kindling::app {

class Display {
public:
    virtual ~Display() = default;
    Display(const Display&) = delete;
    Display& operator=(const Display&) = delete;

    virtual SDL_Renderer& renderer() = 0;
    // The renderer's real size in pixels (not window points: high-DPI screens have more).
    virtual void output_size(int& width, int& height) = 0;
    virtual void present() = 0;
    virtual void set_fullscreen(bool fullscreen) = 0;
    // Output pixels per window point, for mouse positions.
    virtual void pointer_scale(float& x, float& y) = 0;
    // Frames per second of the screen, for pacing animation when presenting does not wait.
    [[nodiscard]] virtual int refresh_rate() const = 0;
    [[nodiscard]] virtual bool waits_for_vsync() const = 0;
    [[nodiscard]] virtual bool is_window() const = 0;

protected:
    Display() = default;
};

struct DisplayRequest {
    int width = 1280;
    int height = 720;
    bool fullscreen = false;
    std::string title = "Kindling";
};

// nullptr with `error` set when no window can be made (no display, no video driver).
std::unique_ptr<Display> open_window(const DisplayRequest& request, std::string& error);
std::unique_ptr<Display> open_offscreen(int width, int height, std::string& error);

}  // namespace kindling::app
