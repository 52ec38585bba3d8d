// Third-party implementation unit: compiled without the project's warning flags.
#define STB_IMAGE_IMPLEMENTATION
#define STBI_ONLY_PNG
#include <stb/stb_image.h>

#include "ui/stb_image_reader.hpp"

namespace kindling::ui {

bool decode_png_file(const std::string& path, int& width, int& height, std::vector<std::uint8_t>& rgba,
                     std::string& error) {
    int channels = 0;
    unsigned char* data = stbi_load(path.c_str(), &width, &height, &channels, 4);
    if (data == nullptr) {
        error = "cannot read " + path + ": " + (stbi_failure_reason() ? stbi_failure_reason() : "unknown error");
        return false;
    }
    rgba.assign(data, data + static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4);
    stbi_image_free(data);
    return true;
}

}  // namespace kindling::ui
