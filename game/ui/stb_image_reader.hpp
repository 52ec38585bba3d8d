#pragma once
// stb_image behind a small function, so its implementation (third-party code, built without
// the project's warning flags) stays in one file.

#include <cstdint>
#include <string>
#include <vector>

namespace kindling::ui {

bool decode_png_file(const std::string& path, int& width, int& height, std::vector<std::uint8_t>& rgba,
                     std::string& error);

}  // namespace kindling::ui
