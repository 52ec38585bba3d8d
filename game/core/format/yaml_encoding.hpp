#pragma once
// Internal to the YAML reader: the checks on raw file bytes that run before any parsing, so the
// parser itself only ever sees valid UTF-8 made of characters YAML allows, with LF line breaks.

#include "core/format/diagnostics.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace kindling::yaml::detail {

struct EncodingCheck {
    bool ok = false;
    std::size_t bom_length = 0;  // bytes of a UTF-8 byte order mark to skip
};

// Reports text in another encoding (UTF-16/32) once, and otherwise every malformed UTF-8
// sequence and every character outside YAML's printable set with its line and column, until
// the list is full. `ok` is false when anything was reported.
EncodingCheck check_encoding(std::string_view text, DiagnosticList& diagnostics);

// True when the text holds a CR, i.e. needs normalize_line_breaks.
bool has_carriage_return(std::string_view text) noexcept;

// The text with CRLF and lone CR turned into LF. Line numbers and columns stay the same
// because YAML treats all three as one line break.
std::string normalize_line_breaks(std::string_view text);

}  // namespace kindling::yaml::detail
