#include "editor_settings.hpp"

#include "core/text/atomic_file.hpp"
#include "core/format/data_paths.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace kindling::editor {

namespace fs = std::filesystem;
using nlohmann::json;

EditorPaths EditorPaths::from_environment() {
    return {user_data_directory() / "decks", user_state_directory(), user_config_directory()};
}

void EditorSettings::remember_recent(const fs::path& file) {
    const std::string name = file.string();
    std::erase(recent_files, name);
    recent_files.insert(recent_files.begin(), name);
    if (recent_files.size() > 10) recent_files.resize(10);
    last_folder = file.parent_path().string();
}

void EditorSettings::change_text_size(int delta_percent) {
    text_size_percent = std::clamp(text_size_percent + delta_percent, min_text_size, max_text_size);
}

EditorSettings load_settings(const fs::path& file, std::string& problem) {
    EditorSettings settings;
    std::error_code code;
    if (!fs::exists(file, code)) return settings;
    std::string bytes;
    if (!read_file(file, bytes, problem, 1024 * 1024)) return settings;
    try {
        const json document = json::parse(bytes);
        settings.text_size_percent = std::clamp(document.value("text_size_percent", 100),
                                                EditorSettings::min_text_size, EditorSettings::max_text_size);
        settings.use_system_file_dialog = document.value("use_system_file_dialog", false);
        settings.show_safe_area = document.value("show_safe_area", true);
        settings.recent_files = document.value("recent_files", std::vector<std::string>{});
        settings.last_folder = document.value("last_folder", std::string{});
    } catch (const json::exception& error) {
        problem = file.string() + ": " + error.what() + "; using default settings";
        return EditorSettings{};
    }
    return settings;
}

bool save_settings(const fs::path& file, const EditorSettings& settings, std::string& error) {
    const json document{
        {"text_size_percent", settings.text_size_percent},
        {"use_system_file_dialog", settings.use_system_file_dialog},
        {"show_safe_area", settings.show_safe_area},
        {"recent_files", settings.recent_files},
        {"last_folder", settings.last_folder},
    };
    AtomicWriteOptions options;
    options.create_parent_directories = true;
    const WriteResult written = write_file_atomically(file, document.dump(2, ' ', false, json::error_handler_t::replace) + "\n", options);
    if (!written) error = written.error;
    return written.ok;
}

}  // namespace kindling::editor
