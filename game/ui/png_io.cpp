#include "ui/png_io.hpp"

#include <stb/stb_image.h>
#include <stb/stb_image_write.h>


namespace kindling::ui {

std::optional<RgbaImage> read_renderer_pixels(SDL_Renderer& renderer, std::string& error) {
    int w = 0;
    int h = 0;
    if (SDL_GetRendererOutputSize(&renderer, &w, &h) != 0 || w <= 0 || h <= 0) {
        error = std::string("cannot read the output size: ") + SDL_GetError();
        return std::nullopt;
    }
    RgbaImage image;
    image.width = w;
    image.height = h;
    image.pixels.resize(static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4);
    // RGBA32 is R, G, B, A in memory whatever the byte order, as PNG wants.
    if (SDL_RenderReadPixels(&renderer, nullptr, SDL_PIXELFORMAT_RGBA32, image.pixels.data(), w * 4) != 0) {
        error = std::string("cannot read pixels: ") + SDL_GetError();
        return std::nullopt;
    }
    for (std::size_t i = 3; i < image.pixels.size(); i += 4) image.pixels[i] = 255;
    return image;
}

bool write_png(const RgbaImage& image, const std::string& path, std::string& error) {
    if (stbi_write_png(path.c_str(), image.width, image.height, 4, image.pixels.data(), image.width * 4) == 0) {
        error = "cannot write " + path;
        return false;
    }
    return true;
}

std::optional<RgbaImage> read_png(const std::string& path, std::string& error) {
    RgbaImage image;
    int channels = 0;
    unsigned char* data = stbi_load(path.c_str(), &image.width, &image.height, &channels, 4);
    if (data == nullptr) {
        const char* reason = stbi_failure_reason();
        error = "cannot read " + path + ": " + (reason != nullptr ? reason : "unknown error");
        return std::nullopt;
    }
    image.pixels.assign(data, data + static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height) * 4);
    stbi_image_free(data);
    return image;
}

}  // namespace kindling::ui
