#include "glyph_image.hpp"

#include <algorithm>

namespace kindling::editor::ui {

GlyphImage scale_image(const GlyphImage& source, int width, int height) {
    GlyphImage target(width, height);
    if (source.empty() || target.empty()) return target;
    for (int ty = 0; ty < height; ++ty) {
        const int y0 = ty * source.height / height;
        const int y1 = std::max(y0 + 1, (ty + 1) * source.height / height);
        for (int tx = 0; tx < width; ++tx) {
            const int x0 = tx * source.width / width;
            const int x1 = std::max(x0 + 1, (tx + 1) * source.width / width);
            double r = 0, g = 0, b = 0, a = 0;
            for (int y = y0; y < y1; ++y) {
                for (int x = x0; x < x1; ++x) {
                    const std::uint8_t* p = source.pixel(x, y);
                    const double alpha = p[3];
                    r += p[0] * alpha;
                    g += p[1] * alpha;
                    b += p[2] * alpha;
                    a += alpha;
                }
            }
            std::uint8_t* out = target.pixel(tx, ty);
            const double count = static_cast<double>((y1 - y0) * (x1 - x0));
            if (a > 0) {
                out[0] = static_cast<std::uint8_t>(std::clamp(r / a, 0.0, 255.0));
                out[1] = static_cast<std::uint8_t>(std::clamp(g / a, 0.0, 255.0));
                out[2] = static_cast<std::uint8_t>(std::clamp(b / a, 0.0, 255.0));
            }
            out[3] = static_cast<std::uint8_t>(std::clamp(a / count + 0.5, 0.0, 255.0));
        }
    }
    return target;
}

GlyphImage box_glyph(int width, int height) {
    GlyphImage image(width, height);
    const auto set = [&](int x, int y) {
        std::uint8_t* p = image.pixel(x, y);
        p[0] = p[1] = p[2] = 255;
        p[3] = 200;
    };
    const int left = 1;
    const int right = std::max(left + 2, width - 2);
    const int top = std::max(1, height / 6);
    const int bottom = std::max(top + 2, height - 1 - height / 6);
    for (int x = left; x <= right && x < width; ++x) {
        set(x, top);
        if (bottom < height) set(x, bottom);
    }
    for (int y = top; y <= bottom && y < height; ++y) {
        set(left, y);
        if (right < width) set(right, y);
    }
    const int cx = (left + right) / 2;
    const int cy = (top + bottom) / 2;
    for (int y = cy - 1; y <= cy; ++y) {
        for (int x = cx - 1; x <= cx; ++x) {
            if (x > left && x < right && y > top && y < bottom) set(x, y);
        }
    }
    return image;
}

}  // namespace kindling::editor::ui
