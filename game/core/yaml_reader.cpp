// Placeholder until the reader lands: refuses everything with a clear message.
#include "yaml_reader.hpp"

namespace kindling::yaml {

ReadResult read_document(std::string_view, DiagnosticList& diagnostics, const ReadLimits&,
                         StreamingSink*) {
    diagnostics.error({}, "the YAML reader is not built yet");
    return {};
}

}  // namespace kindling::yaml
