#pragma once
// Names typed on a phone, made fit for the TV: the same rules as names typed at the game (valid
// UTF-8, not blank, at most max_name_chars characters), and what a keyboard at the game could
// never send is taken out: control characters, direction overrides and invisible marks that
// would make one name look like another or reorder the text around it.

#include <optional>
#include <string>
#include <string_view>

namespace kindling::phones {

// The cleaned name: runs of spaces become one space, the ends are trimmed, and a longer name is
// cut to max_name_chars characters. Nothing when the text is not UTF-8 or nothing is left.
std::optional<std::string> clean_name(std::string_view typed);

}  // namespace kindling::phones
