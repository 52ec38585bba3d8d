#pragma once
#include <string_view>

namespace kindling {
// The release version, e.g. "0.1.0", set by CMake's project() call.
std::string_view version();
}  // namespace kindling
