#include "app/controllers.hpp"

#include "core/store/controller_db.hpp"

#include <SDL.h>

namespace kindling::app {

void prefer_button_positions() { SDL_SetHint(SDL_HINT_GAMECONTROLLER_USE_BUTTON_LABELS, "0"); }

MappingsLoad load_controller_mappings(const std::filesystem::path& path) {
    MappingsLoad load;
    const ControllerDbRead read = load_controller_db(path, SDL_GetPlatform());
    for (const Diagnostic& diagnostic : read.diagnostics) load.problems.push_back(format_diagnostic(diagnostic));
    for (const ControllerMappingLine& line : read.mappings) {
        if (SDL_GameControllerAddMapping(line.text.c_str()) >= 0) {
            ++load.added;
            continue;
        }
        load.problems.push_back(format_diagnostic({path.string(), {line.line, 1}, Severity::error,
                                                   "SDL did not take the mapping for \"" + line.name +
                                                       "\": " + SDL_GetError(),
                                                   -1, {}}));
    }
    return load;
}

}  // namespace kindling::app
