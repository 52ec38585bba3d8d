#include "screens/markdown_export.hpp"

#include "core/text/unreadable_file.hpp"

namespace kindling::screens {

std::string export_markdown(ScreenContext& game, std::string_view file_prefix,
                            const std::function<WriteResult(const std::filesystem::path&)>& write) {
    const auto& directory = game.export_directory();
    if (directory.empty()) return std::string(game.strings().text("summary.export_unavailable"));
    std::error_code ignored;
    std::filesystem::create_directories(directory, ignored);
    const std::filesystem::path path =
        directory / (std::string(file_prefix) + file_timestamp(game.session_clock().unix_seconds()) + ".md");
    const WriteResult written = write(path);
    return written ? game.strings().format("summary.exported", {{"file", path.string()}})
                   : game.strings().format("summary.export_failed", {{"error", written.error}});
}

}  // namespace kindling::screens
