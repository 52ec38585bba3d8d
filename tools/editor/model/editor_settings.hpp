#pragma once
// The editor's own settings and where its files live (XDG base directories).

#include <filesystem>
#include <string>
#include <vector>

namespace kindling::editor {

struct EditorPaths {
    std::filesystem::path user_decks;  // $XDG_DATA_HOME/kindling/decks
    std::filesystem::path state;       // $XDG_STATE_HOME/kindling: layout, recovery
    std::filesystem::path config;      // $XDG_CONFIG_HOME/kindling: settings

    [[nodiscard]] std::filesystem::path recovery() const { return state / "recovery"; }
    [[nodiscard]] std::filesystem::path layout_file() const { return state / "editor-layout.ini"; }
    [[nodiscard]] std::filesystem::path settings_file() const { return config / "editor.json"; }

    static EditorPaths from_environment();
};

struct EditorSettings {
    static constexpr int min_text_size = 80;
    static constexpr int max_text_size = 200;
    int text_size_percent = 100;
    bool use_system_file_dialog = false;  // zenity, when installed
    bool show_safe_area = true;
    std::vector<std::string> recent_files;  // newest first
    std::string last_folder;

    void remember_recent(const std::filesystem::path& file);
    void change_text_size(int delta_percent);
    friend bool operator==(const EditorSettings&, const EditorSettings&) = default;
};

// Missing or unreadable settings give the defaults; `problem` says why when it was not missing.
EditorSettings load_settings(const std::filesystem::path& file, std::string& problem);
bool save_settings(const std::filesystem::path& file, const EditorSettings& settings, std::string& error);

}  // namespace kindling::editor
