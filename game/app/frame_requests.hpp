#pragma once
// --frame-file (tests and docs): SIGUSR1 asks the running game for the frame it presents next,
// as a PNG. A signal handler may only do async-signal-safe things, so it only writes a byte to
// a pipe; a thread of this object reads the pipe and turns each byte into an SDL user event
// (SDL_PushEvent is thread-safe), the same way the phone server's thread reaches the loop
// (app/phone_bridge.hpp). The loop, asleep in SDL_WaitEvent, wakes for that event and draws.

#include "ui/png_io.hpp"

#include <SDL.h>

#include <filesystem>
#include <memory>
#include <string>
#include <thread>

namespace kindling::app {

class FrameRequests {
public:
    // Installs the SIGUSR1 handler (once per process; it stays). A request before anyone
    // listens waits in the pipe. Returns the problem, empty when the handler is in place.
    static std::string catch_signal();
    // Catches the signal and starts listening; nothing and `error` set when no pipe or thread
    // could be made. One at a time: there is one pipe.
    static std::unique_ptr<FrameRequests> start(std::string& error);
    ~FrameRequests();
    FrameRequests(const FrameRequests&) = delete;
    FrameRequests& operator=(const FrameRequests&) = delete;

    // Whether `event` is SIGUSR1's request for a frame.
    [[nodiscard]] static bool is_request(const SDL_Event& event);

private:
    FrameRequests() = default;
    void listen() const;
    std::thread listener_;
};

// Writes `image` to `path` as PNG through a temporary file next to it and a rename, so a reader
// never sees half a file.
bool write_frame_file(const ui::RgbaImage& image, const std::filesystem::path& path, std::string& error);

}  // namespace kindling::app
