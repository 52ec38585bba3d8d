#include "commands.hpp"

#include "core/format/data_paths.hpp"
#include "core/format/log_file.hpp"
#include "core/store/play_history.hpp"
#include "core/store/save_store.hpp"
#include "core/store/settings.hpp"

#include <iostream>

namespace kindling::deck_tool {

Command add_paths_command(CLI::App& app) {
    app.add_subcommand("paths", "Show where Kindling's files live: built-in data, your decks, settings, history");
    return [] {
        const auto data = find_data_directory();
        std::cout << "built-in data   " << (data.empty() ? "(none found; the programs use their built-in copy)" : data.string()) << '\n'
                  << "your decks      " << (user_data_directory() / "decks").string() << '\n'
                  << "settings        " << default_settings_path().string() << '\n'
                  << "play history    " << default_history_path().string() << '\n'
                  << "saved night     " << default_saved_night_path().string() << '\n'
                  << "night summaries " << (user_data_directory() / "nights").string() << '\n'
                  << "game log        " << default_log_path().string() << '\n'
                  << "editor state    " << user_state_directory().string() << '\n';
        return exit_ok;
    };
}

}  // namespace kindling::deck_tool
