#include "core/format/data_paths.hpp"

#include "core/text/atomic_file.hpp"

#include <algorithm>
#include <cstdlib>

namespace kindling {

namespace fs = std::filesystem;

namespace {

fs::path executable_directory() {
    std::error_code error;
    const fs::path exe = fs::read_symlink("/proc/self/exe", error);
    return error ? fs::path{} : exe.parent_path();
}

bool has_decks(const fs::path& directory) {
    std::error_code error;
    return fs::is_directory(directory / "decks", error);
}

fs::path xdg_directory(const char* variable, const char* fallback_under_home) {
    if (const char* value = std::getenv(variable); value && *value && fs::path(value).is_absolute()) {
        return fs::path(value) / "kindling";
    }
    const char* home = std::getenv("HOME");
    const fs::path base = home && *home ? fs::path(home) : fs::temp_directory_path();
    return base / fallback_under_home / "kindling";
}

}  // namespace

fs::path find_data_directory() {
    const fs::path exe_dir = executable_directory();
    std::vector<fs::path> candidates;
    if (const char* chosen = std::getenv("KINDLING_DATA_DIR"); chosen && *chosen) {
        candidates.emplace_back(chosen);
    }
    if (!exe_dir.empty()) {
        candidates.push_back(exe_dir / ".." / ".." / "data");              // build/bin
        candidates.push_back(exe_dir / ".." / "share" / "kindling");       // installed prefix
    }
    for (const fs::path& candidate : candidates) {
        if (has_decks(candidate)) {
            std::error_code error;
            const fs::path canonical = fs::canonical(candidate, error);
            return error ? candidate : canonical;
        }
    }
    return {};
}

fs::path user_config_directory() { return xdg_directory("XDG_CONFIG_HOME", ".config"); }
fs::path user_data_directory() { return xdg_directory("XDG_DATA_HOME", ".local/share"); }
fs::path user_state_directory() { return xdg_directory("XDG_STATE_HOME", ".local/state"); }

std::vector<fs::path> deck_files_in(const fs::path& path) {
    std::error_code error;
    if (!fs::is_directory(path, error)) return {path};
    std::vector<fs::path> files;
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, error);
    for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
        const fs::path& file = it->path();
        const auto extension = file.extension();
        // Anything named like a deck that is not a folder is listed, also a named pipe or a
        // broken link, so that reading it reports what it is instead of it silently missing.
        std::error_code kind_error;
        if ((extension == ".yaml" || extension == ".yml") && !it->is_directory(kind_error)) {
            files.push_back(file);
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::vector<DeckSource> builtin_deck_sources() {
    std::vector<DeckSource> sources;
    if (const fs::path data = find_data_directory(); !data.empty()) {
        for (const fs::path& file : deck_files_in(data / "decks")) {
            DeckSource source{file.string(), {}, false};
            std::string error;
            if (read_file(file, source.bytes, error, max_data_file_bytes)) sources.push_back(std::move(source));
        }
        if (!sources.empty()) return sources;
    }
    for (const EmbeddedFile& file : embedded_decks()) {
        sources.push_back({"built-in:" + std::string(file.path), std::string(file.bytes), true});
    }
    return sources;
}

namespace {

std::span<const EmbeddedFile> embedded_folder(std::string_view folder) {
    if (folder == "strings") return embedded_strings();
    if (folder == "themes") return embedded_themes();
    if (folder == "decks") return embedded_decks();
    return {};
}


}  // namespace

std::vector<DeckSource> builtin_data_files(std::string_view folder) {
    std::vector<DeckSource> files;
    std::vector<std::string> seen;
    if (const fs::path data = find_data_directory(); !data.empty()) {
        for (const fs::path& file : deck_files_in(data / folder)) {
            if (file == data / folder) continue;  // no such folder
            DeckSource source{file.string(), {}, false};
            std::string error;
            if (read_file(file, source.bytes, error, max_data_file_bytes)) {
                seen.push_back(file.filename().string());
                files.push_back(std::move(source));
            }
        }
    }
    // Embedded files fill in what the data folder lacks, so an older data folder next to a
    // newer program still gets every language and theme.
    for (const EmbeddedFile& file : embedded_folder(folder)) {
        if (std::find(seen.begin(), seen.end(), file.path) != seen.end()) continue;
        files.push_back({"built-in:" + std::string(folder) + "/" + std::string(file.path), std::string(file.bytes), true});
    }
    return files;
}

std::optional<DeckSource> builtin_data_file(std::string_view folder, std::string_view file_name) {
    if (const fs::path data = find_data_directory(); !data.empty()) {
        const fs::path path = data / folder / file_name;
        std::error_code error;
        if (fs::is_regular_file(path, error)) {
            DeckSource source{path.string(), {}, false};
            std::string message;
            if (read_file(path, source.bytes, message, max_data_file_bytes)) return source;
        }
    }
    for (const EmbeddedFile& file : embedded_folder(folder)) {
        if (file.path == file_name) {
            return DeckSource{"built-in:" + std::string(folder) + "/" + std::string(file.path), std::string(file.bytes), true};
        }
    }
    return std::nullopt;
}

}  // namespace kindling
