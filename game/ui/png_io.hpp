#pragma once
// PNG files for screenshots and golden images (stb_image_write / stb_image from libstb-dev).

#include <SDL.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kindling::ui {

struct RgbaImage {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> pixels;  // R, G, B, A per pixel, rows top to bottom
};

// The renderer's current target as an image (call before SDL_RenderPresent).
std::optional<RgbaImage> read_renderer_pixels(SDL_Renderer& renderer, std::string& error);
bool write_png(const RgbaImage& image, const std::string& path, std::string& error);
std::optional<RgbaImage> read_png(const std::string& path, std::string& error);

}  // namespace kindling::ui
