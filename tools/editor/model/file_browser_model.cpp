#include "file_browser_model.hpp"

#include "card_query.hpp"

#include <algorithm>
#include <cstdlib>

namespace kindling::editor {

namespace fs = std::filesystem;

fs::path expand_home(const std::string& typed) {
    if (typed == "~" || typed.starts_with("~/")) {
        const char* home = std::getenv("HOME");
        if (home && *home) return fs::path(home) / typed.substr(std::min<std::size_t>(2, typed.size()));
    }
    return typed;
}

FileBrowserModel::FileBrowserModel(BrowsePurpose purpose, const fs::path& start, std::string suggested_name)
    : typed_name(std::move(suggested_name)), purpose_(purpose) {
    std::error_code code;
    fs::path folder = start;
    // Start in the closest folder that exists.
    while (!folder.empty() && !fs::is_directory(folder, code) && folder != folder.parent_path()) folder = folder.parent_path();
    if (folder.empty() || !fs::is_directory(folder, code)) folder = fs::current_path(code);
    go_to(folder);
}

bool FileBrowserModel::saving() const noexcept {
    return purpose_ == BrowsePurpose::save_deck || purpose_ == BrowsePurpose::export_csv;
}

std::string FileBrowserModel::filter_label() const {
    if (purpose_ == BrowsePurpose::import_text) return "*.txt, *.md";
    return purpose_ == BrowsePurpose::import_csv || purpose_ == BrowsePurpose::export_csv ? "*.csv" : "*.yaml, *.yml";
}

bool FileBrowserModel::wanted(const fs::path& file) const {
    const std::string extension = fold_case(file.extension().string());
    if (purpose_ == BrowsePurpose::import_csv || purpose_ == BrowsePurpose::export_csv) return extension == ".csv";
    if (purpose_ == BrowsePurpose::import_text) return extension == ".txt" || extension == ".md" || extension == ".text";
    return extension == ".yaml" || extension == ".yml";
}

bool FileBrowserModel::go_to(const fs::path& folder) {
    std::error_code code;
    const fs::path absolute = fs::absolute(folder, code).lexically_normal();
    std::vector<BrowserEntry> entries;
    fs::directory_iterator it(absolute, fs::directory_options::skip_permission_denied, code);
    if (code) {
        error_ = "cannot open the folder " + absolute.string() + ": " + code.message();
        return false;
    }
    for (; it != fs::directory_iterator(); it.increment(code)) {
        if (code) break;
        const std::string name = it->path().filename().string();
        if (!show_hidden_ && name.starts_with('.')) continue;
        std::error_code entry_code;
        const bool is_folder = it->is_directory(entry_code);
        if (!is_folder && !wanted(it->path())) continue;
        entries.push_back({name, is_folder, is_folder ? 0 : it->file_size(entry_code)});
    }
    std::sort(entries.begin(), entries.end(), [](const BrowserEntry& a, const BrowserEntry& b) {
        if (a.is_folder != b.is_folder) return a.is_folder;
        return fold_case(a.name) < fold_case(b.name);
    });
    folder_ = absolute.has_filename() || absolute == absolute.root_path() ? absolute : absolute.parent_path();
    entries_ = std::move(entries);
    error_.clear();
    selected_ = entries_.empty() ? std::nullopt : std::optional<std::size_t>(0);
    return true;
}

bool FileBrowserModel::go_up() {
    if (folder_ == folder_.root_path()) return false;
    const std::string previous = folder_.filename().string();
    if (!go_to(folder_.parent_path())) return false;
    // Keep the folder we came from selected, so Backspace then Enter is a no-op.
    for (std::size_t i = 0; i < entries_.size(); ++i) {
        if (entries_[i].name == previous) selected_ = i;
    }
    return true;
}

void FileBrowserModel::refresh() { go_to(folder_); }

void FileBrowserModel::set_show_hidden(bool show) {
    show_hidden_ = show;
    refresh();
}

void FileBrowserModel::select(std::size_t index) {
    if (index < entries_.size()) {
        selected_ = index;
        // Enter then opens the file; on a folder (when opening) it goes into the folder.
        if (!entries_[index].is_folder) typed_name = entries_[index].name;
        else if (!saving()) typed_name.clear();
    }
}

void FileBrowserModel::move_selection(int delta) {
    if (entries_.empty()) return;
    const long current = selected_ ? static_cast<long>(*selected_) : -1;
    const long last = static_cast<long>(entries_.size()) - 1;
    select(static_cast<std::size_t>(std::clamp(current + delta, 0L, last)));
}

void FileBrowserModel::select_by_prefix(const std::string& prefix) {
    const std::string wanted_prefix = fold_case(prefix);
    const std::size_t start = selected_ ? *selected_ + 1 : 0;
    for (std::size_t n = 0; n < entries_.size(); ++n) {
        const std::size_t i = (start + n) % entries_.size();
        if (fold_case(entries_[i].name).starts_with(wanted_prefix)) {
            select(i);
            return;
        }
    }
}

std::optional<fs::path> FileBrowserModel::activate_selected() {
    if (!selected_ || *selected_ >= entries_.size()) return std::nullopt;
    const BrowserEntry entry = entries_[*selected_];
    if (entry.is_folder) {
        go_to(folder_ / entry.name);
        return std::nullopt;
    }
    return folder_ / entry.name;
}

std::optional<fs::path> FileBrowserModel::accept_typed() {
    if (typed_name.empty()) return activate_selected();
    fs::path typed = expand_home(typed_name);
    if (typed.is_relative()) typed = folder_ / typed;
    std::error_code code;
    if (fs::is_directory(typed, code)) {
        if (go_to(typed)) typed_name.clear();
        return std::nullopt;
    }
    if (!fs::is_directory(typed.parent_path(), code)) {
        error_ = "there is no folder " + typed.parent_path().string();
        return std::nullopt;
    }
    if (saving()) {
        if (!wanted(typed)) typed += purpose_ == BrowsePurpose::export_csv ? ".csv" : ".yaml";
        return typed.lexically_normal();
    }
    if (!fs::exists(typed, code)) {
        error_ = "there is no file " + typed.string();
        return std::nullopt;
    }
    return typed.lexically_normal();
}

}  // namespace kindling::editor
