#pragma once
// Shorthands for tests of the YAML reader: read a text and look at the tree or the first error.

#include "core/format/yaml_reader.hpp"

#include <string>
#include <string_view>

namespace kindling::test {

struct YamlRead {
    yaml::ReadResult result;
    DiagnosticList diagnostics{"test.yaml"};
};

YamlRead read_yaml(std::string_view text, const yaml::ReadLimits& limits = {},
                   yaml::StreamingSink* sink = nullptr);

// The tree in tree_text form, "(no document)" or "error L:C: message" for the first problem.
std::string yaml_outcome(std::string_view text, const yaml::ReadLimits& limits = {});

// The first diagnostic as "L:C: message", or "(none)".
std::string first_yaml_error(std::string_view text, const yaml::ReadLimits& limits = {});

}  // namespace kindling::test
