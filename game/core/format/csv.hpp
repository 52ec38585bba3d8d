#pragma once
// RFC 4180 CSV with located errors, for spreadsheet round trips of decks.

#include "core/format/diagnostics.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace kindling::csv {

struct Field {
    std::string value;
    SourcePosition position;  // where the field starts (its opening quote when quoted)
};
using Row = std::vector<Field>;

// Splits CSV text (UTF-8, optional BOM, CRLF or LF line ends, quoted fields with "" escapes and
// line breaks) into rows. Errors such as an unclosed quote or text after a closing quote are
// reported with line and column; reading stops at the first one. Blank lines are skipped.
std::vector<Row> parse(std::string_view text, DiagnosticList& diagnostics);

// One field, quoted when it holds a comma, quote, line break or leading/trailing space.
std::string escape(std::string_view value);

// A line of fields separated by commas and ended by CRLF (as RFC 4180 asks).
std::string format_row(const std::vector<std::string>& values);

}  // namespace kindling::csv
