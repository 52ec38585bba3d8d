#pragma once
// Finding comments in YAML text, so tools that rewrite a file can refuse to drop them silently.

#include "core/format/diagnostics.hpp"

#include <optional>
#include <string_view>

namespace kindling::yaml {

// Where the first comment is, not counting a schema line (`# yaml-language-server: ...`) on the
// first line. Quoted scalars and block scalars are skipped, so `"#1"` and `text: |` content are
// not comments.
std::optional<SourcePosition> first_comment(std::string_view text);

}  // namespace kindling::yaml
