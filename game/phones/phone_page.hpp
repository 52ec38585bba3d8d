#pragma once
// The phone page, compiled into the program from game/phones/page (cmake/EmbedFiles.cmake): the
// server reads nothing from disk.

#include "core/text/embedded_files.hpp"

namespace kindling {

std::span<const EmbeddedFile> embedded_phone_page();

}  // namespace kindling
