#pragma once
// Latin letters without their accents ("Crème brûlée" → "Creme brulee"), for what people type
// without accents: searching cards and the file name of a new deck.

#include <string>
#include <string_view>

namespace kindling::editor {

// Letters of Latin-1 and Latin Extended-A (U+00C0..U+017F) become their base letters ("ß" →
// "ss", "æ" → "ae"); everything else, and bytes that are not UTF-8, stay as they are.
std::string without_accents(std::string_view text);

}  // namespace kindling::editor
