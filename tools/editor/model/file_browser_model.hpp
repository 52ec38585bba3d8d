#pragma once
// The in-app file browser (Dear ImGui has no file dialog): a folder listing with keyboard
// navigation and a typed name, independent of the widgets that draw it.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace kindling::editor {

enum class BrowsePurpose { open_deck, save_deck, import_csv, export_csv, import_text };

struct BrowserEntry {
    std::string name;
    bool is_folder = false;
    std::uintmax_t size = 0;
};

class FileBrowserModel {
public:
    FileBrowserModel(BrowsePurpose purpose, const std::filesystem::path& start, std::string suggested_name = {});

    [[nodiscard]] BrowsePurpose purpose() const noexcept { return purpose_; }
    [[nodiscard]] bool saving() const noexcept;
    [[nodiscard]] const std::filesystem::path& folder() const noexcept { return folder_; }
    [[nodiscard]] const std::vector<BrowserEntry>& entries() const noexcept { return entries_; }
    // Why the folder could not be listed, if it could not.
    [[nodiscard]] const std::string& error() const noexcept { return error_; }
    // "*.yaml, *.yml", "*.csv" or "*.txt, *.md"
    [[nodiscard]] std::string filter_label() const;

    bool go_to(const std::filesystem::path& folder);
    bool go_up();
    void refresh();
    void set_show_hidden(bool show);
    [[nodiscard]] bool show_hidden() const noexcept { return show_hidden_; }

    [[nodiscard]] std::optional<std::size_t> selected() const noexcept { return selected_; }
    void select(std::size_t index);
    void move_selection(int delta);
    // Type-ahead: selects the next entry whose name starts with `prefix` (any case).
    void select_by_prefix(const std::string& prefix);

    // The name field (open: a path to go to or open; save: the new file's name).
    std::string typed_name;

    // Enter on the selection: a folder is entered (nullopt), a file is chosen.
    std::optional<std::filesystem::path> activate_selected();
    // Enter in the name field: "~/x", absolute and relative paths; a folder is entered. When
    // saving, the right extension is added if missing. Nullopt with error() set when invalid.
    std::optional<std::filesystem::path> accept_typed();

private:
    [[nodiscard]] bool wanted(const std::filesystem::path& file) const;

    BrowsePurpose purpose_;
    std::filesystem::path folder_;
    std::vector<BrowserEntry> entries_;
    std::string error_;
    bool show_hidden_ = false;
    std::optional<std::size_t> selected_;
};

// Expands a leading "~" to $HOME.
std::filesystem::path expand_home(const std::string& typed);

}  // namespace kindling::editor
