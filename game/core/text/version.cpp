#include "core/text/version.hpp"

namespace kindling {
std::string_view version() { return KINDLING_VERSION; }
}  // namespace kindling
