#include "yaml_reader.hpp"

#include "yaml_encoding.hpp"
#include "yaml_parser.hpp"

#include <string>

namespace kindling::yaml {

namespace {

std::string size_in_mib(std::size_t bytes) {
    constexpr std::size_t mib = 1024 * 1024;
    const std::size_t tenths = (bytes * 10 + mib / 2) / mib;
    std::string text = std::to_string(tenths / 10);
    if (tenths % 10 != 0) text += "." + std::to_string(tenths % 10);
    return text + " MiB";
}

}  // namespace

ReadResult read_document(std::string_view text, DiagnosticList& diagnostics, const ReadLimits& limits,
                         StreamingSink* sink) {
    ReadResult result;
    if (text.size() > limits.max_bytes) {
        diagnostics.error({}, "the file is too large (" + std::to_string(text.size()) +
                                  " bytes); Kindling reads files of at most " +
                                  size_in_mib(limits.max_bytes));
        return result;
    }
    const detail::EncodingCheck encoding = detail::check_encoding(text, diagnostics);
    if (!encoding.ok) return result;
    text.remove_prefix(encoding.bom_length);

    std::string normalized;
    if (detail::has_carriage_return(text)) {
        normalized = detail::normalize_line_breaks(text);
        text = normalized;
    }
    try {
        detail::Parser parser(text, limits, sink);
        parser.parse(result);
    } catch (const detail::SyntaxError& error) {
        diagnostics.error(error.position, error.message);
        result.root.reset();
        result.complete = false;
    }
    return result;
}

}  // namespace kindling::yaml
