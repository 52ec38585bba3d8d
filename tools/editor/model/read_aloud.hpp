#pragma once
// How long a card takes to read aloud, so authors can keep cards short enough for a warm room.

#include <string_view>

namespace kindling::editor {

// About 150 spoken words a minute, 4.5 characters a second for Chinese and Japanese script,
// plus a short breath at every sentence end. A rough guide, rounded to whole seconds (min. 1).
int estimated_read_aloud_seconds(std::string_view text);

}  // namespace kindling::editor
