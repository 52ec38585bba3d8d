#pragma once
// Internal to the YAML reader: yaml-cpp's syntax errors said in a deck author's words. yaml-cpp
// reports the symptom where it noticed it ("illegal map value" at a ":"); where the cause is
// known (a tab in the indentation, a line indented too far, a missing ":", an unclosed quote or
// bracket) the message names it, at the place to fix. Anything else keeps yaml-cpp's message.

#include "core/format/yaml_source.hpp"
#include "core/format/yaml_tree_builder.hpp"

#include <cstddef>
#include <string_view>

namespace kindling::yaml::detail {

// `pos` is the byte offset of yaml-cpp's mark, `message` its message.
SyntaxError explain_syntax_error(const SourceText& source, const TreeBuilder& builder, std::size_t pos,
                                 std::string_view message);

// The lines before the document: only "%YAML 1.1" or "%YAML 1.2" may stand there, followed
// by "---". Throws SyntaxError.
void check_directives(const SourceText& source);

}  // namespace kindling::yaml::detail
