#pragma once
// Pieces for writing YAML that Kindling's own reader (and any YAML 1.2 reader) reads back exactly.

#include <string>
#include <string_view>

namespace kindling::yaml {

// A double-quoted scalar: `"..."` with `"`, `\` and every control or non-printable character
// escaped. Any UTF-8 text comes back unchanged when read; invalid bytes become U+FFFD.
std::string quote(std::string_view text);

// A scalar written plain when that reads back as the same string (slugs, language tags),
// quoted otherwise. Never plain for text that YAML would read as null, a number or a boolean.
std::string plain_or_quoted(std::string_view text);

}  // namespace kindling::yaml
