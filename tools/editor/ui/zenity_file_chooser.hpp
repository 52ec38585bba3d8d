#pragma once
// The desktop's own file chooser through zenity, when it is installed and the user prefers it
// (View > Use the system file dialog). Runs as a child process; the editor keeps drawing
// frames and polls for the answer.

#include "model/file_browser_model.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace kindling::editor::ui {

class ZenityFileChooser {
public:
    // Whether a zenity program is on the PATH.
    static bool available();
    static std::vector<std::string> arguments(BrowsePurpose purpose, const std::filesystem::path& folder,
                                              const std::string& suggested_name);

    ZenityFileChooser(BrowsePurpose purpose, const std::filesystem::path& folder, const std::string& suggested_name);
    ~ZenityFileChooser();
    ZenityFileChooser(const ZenityFileChooser&) = delete;
    ZenityFileChooser& operator=(const ZenityFileChooser&) = delete;

    [[nodiscard]] bool started() const noexcept { return pid_ > 0; }
    // Nullopt while the chooser is open; then the chosen file, or an empty path if cancelled.
    std::optional<std::filesystem::path> poll();

private:
    pid_t pid_ = -1;
    int output_ = -1;
    std::string received_;
};

}  // namespace kindling::editor::ui
