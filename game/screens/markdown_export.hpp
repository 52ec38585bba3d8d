#pragma once
// Saving a screen's Markdown export (the night's summary, Our nights) into the export folder
// under a timestamped name, and the line the screen shows about it.

#include "core/text/atomic_file.hpp"
#include "screens/screen_context.hpp"

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace kindling::screens {

// Writes the file `write` is given (export folder / FILE_PREFIX-TIMESTAMP.md) and returns what
// to tell the players: where it went, why it failed, or that there is no export folder.
std::string export_markdown(ScreenContext& game, std::string_view file_prefix,
                            const std::function<WriteResult(const std::filesystem::path&)>& write);

}  // namespace kindling::screens
