#pragma once
// Reading a gamecontrollerdb.txt (SDL's game controller mapping format, one controller a line:
// "GUID,name,a:b0,b:b1,...,platform:Linux,") before any line is handed to SDL, so that a broken
// file is explained line by line instead of half-loaded in silence. Pure: the game feeds the
// accepted lines to SDL_GameControllerAddMapping.

#include "core/format/diagnostics.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace kindling {

inline constexpr std::size_t max_controller_db_bytes = 8u * 1024u * 1024u;

struct ControllerMappingLine {
    int line = 0;       // 1-based
    std::string text;   // the mapping as SDL takes it
    std::string name;   // the controller's name
};

struct ControllerDbRead {
    std::vector<ControllerMappingLine> mappings;  // lines for this platform (or for any)
    int other_platforms = 0;                      // well-formed lines for other systems, skipped
    std::vector<Diagnostic> diagnostics;          // one per line that cannot be a mapping
};

// `platform` is SDL's name for the system ("Linux"); lines naming another platform are skipped.
ControllerDbRead read_controller_db(std::string_view text, const std::string& file_name,
                                    std::string_view platform = "Linux");

// Reads the file; a missing file gives nothing and no message (it is optional).
ControllerDbRead load_controller_db(const std::filesystem::path& path, std::string_view platform = "Linux");

// Where players put extra mappings: gamecontrollerdb.txt in the user's data folder.
std::filesystem::path default_controller_db_path();

}  // namespace kindling
