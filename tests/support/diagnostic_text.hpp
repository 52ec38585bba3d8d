#pragma once
// Diagnostics as the text a user sees, one per line, for exact comparisons in tests.

#include "core/format/diagnostics.hpp"

#include <string>
#include <vector>

namespace kindling::testing {

inline std::string diagnostic_lines(const std::vector<Diagnostic>& diagnostics) {
    std::string text;
    for (const Diagnostic& diagnostic : diagnostics) text += format_diagnostic(diagnostic) + "\n";
    return text;
}

}  // namespace kindling::testing
