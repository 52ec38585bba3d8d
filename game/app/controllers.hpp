#pragma once
// Gamepads as the game sets them up: buttons by position (SDL's A is always the bottom button,
// also on Nintendo pads, whose glyphs then read B), and extra mappings from the player's
// gamecontrollerdb.txt, checked line by line so a broken file is explained, never fatal.

#include <filesystem>
#include <string>
#include <vector>

namespace kindling::app {

// Call before SDL's game controller subsystem starts.
void prefer_button_positions();

struct MappingsLoad {
    int added = 0;                      // mappings SDL took (new or updated)
    std::vector<std::string> problems;  // "FILE:LINE:COL: error: ..." for each line left out
};

// Reads `path` (a missing file is fine and says nothing) and gives SDL every good line for this
// system. Needs SDL_INIT_GAMECONTROLLER.
MappingsLoad load_controller_mappings(const std::filesystem::path& path);

}  // namespace kindling::app
