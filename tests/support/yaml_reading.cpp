#include "yaml_reading.hpp"

#include "yaml_tree_text.hpp"

namespace kindling::test {

YamlRead read_yaml(std::string_view text, const yaml::ReadLimits& limits, yaml::StreamingSink* sink) {
    YamlRead read;
    read.result = yaml::read_document(text, read.diagnostics, limits, sink);
    return read;
}

std::string first_yaml_error(std::string_view text, const yaml::ReadLimits& limits) {
    const YamlRead read = read_yaml(text, limits);
    if (read.diagnostics.items().empty()) return "(none)";
    const Diagnostic& first = read.diagnostics.items().front();
    return std::to_string(first.position.line) + ":" + std::to_string(first.position.column) + ": " +
           first.message;
}

std::string yaml_outcome(std::string_view text, const yaml::ReadLimits& limits) {
    const YamlRead read = read_yaml(text, limits);
    if (!read.diagnostics.items().empty()) return "error " + first_yaml_error(text, limits);
    if (!read.result.root) return "(no document)";
    return tree_text(*read.result.root);
}

}  // namespace kindling::test
