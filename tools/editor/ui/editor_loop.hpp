#pragma once
// The window's loop, one pass at a time: hands SDL's queued events to the editor and draws a
// frame. It draws while something changes and otherwise sleeps until the next event, so an idle
// editor uses next to no CPU. The program and the input tests run the same passes.

#include "editor_app.hpp"

#include <chrono>

namespace kindling::editor::ui {

class EditorLoop {
public:
    // Frames drawn after the last input before sleeping: Dear ImGui settles hover, tab and
    // layout changes over the frames after an input.
    static constexpr int settle_frames = 3;
    // The longest sleep, so autosave and background validation results are never late by more.
    static constexpr int longest_sleep_ms = 500;

    explicit EditorLoop(EditorApp& app) : app_(app) {}

    // One pass: sleeps for an event if idle, processes every queued event, draws one frame
    // (the caller presents it).
    void run_once();
    // True when the next pass would sleep until an event arrives.
    [[nodiscard]] bool idle() const noexcept { return idle_frames_ > settle_frames; }

private:
    EditorApp& app_;
    int idle_frames_ = 0;
    std::chrono::steady_clock::time_point last_frame_ = std::chrono::steady_clock::now();
};

}  // namespace kindling::editor::ui
