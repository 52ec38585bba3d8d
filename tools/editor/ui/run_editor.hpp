#pragma once
// The two ways the editor runs: in a window, or headless for one screenshot.

#include "editor_app.hpp"

#include <filesystem>
#include <string>

namespace kindling::editor::ui {

struct WindowOptions {
    int width = 1440;
    int height = 900;
};

// Opens the window and runs until the user quits. Returns the process exit status.
int run_windowed(EditorOptions options, const WindowOptions& window);

struct ScreenshotOptions {
    std::filesystem::path output;  // PNG
    int width = 1440;
    int height = 900;
    int frames = 3;  // ImGui sizes tables and windows over the first frames
};

// Renders the editor with the given decks open on a software renderer (no display needed) and
// writes a PNG. Returns false with `error` set on failure.
bool render_screenshot(EditorOptions options, const ScreenshotOptions& screenshot, std::string& error);

}  // namespace kindling::editor::ui
