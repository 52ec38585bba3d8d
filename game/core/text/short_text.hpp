#pragma once
// Short texts typed by players during a night (a written answer, and a name sent from a phone)
// are shown on the shared screen to everyone. They are cleaned the way a card's words must be:
// valid UTF-8, no control characters, no characters that would turn the direction of the text
// around it, one line with single spaces. Pure.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace kindling {

// The text as one clean line: malformed bytes, control characters, byte order marks and the
// invisible marks that change the direction of text are dropped; any run of white space
// (line breaks and tabs too) becomes one space; both ends are trimmed. May be empty.
std::string clean_short_text(std::string_view text);

// The cleaned text when it is not blank and at most `max_chars` code points long, else nothing.
std::optional<std::string> accept_short_text(std::string_view text, std::size_t max_chars);

}  // namespace kindling
