#pragma once
// What the command line asks for (main.cpp fills this in; nothing else reads argv).

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace kindling::app {

struct AppOptions {
    std::vector<std::filesystem::path> decks;  // --deck, in addition to the built-in decks
    // Deck files named without an option (the desktop file's %f): offered at the start with
    // "Play this deck?" and "Add to your decks".
    std::vector<std::filesystem::path> open_files;
    bool party = false;
    std::optional<bool> fullscreen;            // --fullscreen / --windowed override the settings
    std::optional<std::uint64_t> seed;
    std::vector<std::string> players;          // --players NAME,NAME
    std::string language;                      // --lang; empty: from the settings
    std::optional<int> text_size;              // --text-size PERCENT
    bool high_contrast = false;                // --high-contrast
    // Phones (issue 15): --phones turns them on at the start; --bind and --port say where the
    // server listens (default: the LAN address, port 8470).
    bool phones = false;
    std::string phones_bind;
    int phones_port = 8470;  // 0: any free port
    // Tests and docs
    std::string screen;                        // --screen NAME: start on that screen
    std::string screenshot;                    // --screenshot OUT.png: render --screen and exit
    int width = 0;                             // --size; 0: 1920x1080 for screenshots, 1280x720 windowed
    int height = 0;
    long long autoplay_turns = -1;             // --autoplay N; -1: off
    bool exit_after_first_frame = false;       // --exit-after-first-frame (benchmarks)
    // --frame-file PATH: on SIGUSR1 the running game writes the frame it presents next to PATH
    // as PNG (the browser test's TV screenshot).
    std::filesystem::path frame_file;
};

}  // namespace kindling::app
