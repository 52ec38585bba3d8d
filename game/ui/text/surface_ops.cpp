#include "ui/text/surface_ops.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace kindling::text {
namespace {

using Pixel = std::uint32_t;  // ARGB8888 as a native 32-bit value

std::uint32_t channel(Pixel pixel, int shift) { return (pixel >> shift) & 0xFFU; }

Pixel pack(std::uint32_t a, std::uint32_t r, std::uint32_t g, std::uint32_t b) {
    return (a << 24U) | (r << 16U) | (g << 8U) | b;
}

const Pixel* row(const SDL_Surface& surface, int y) {
    return reinterpret_cast<const Pixel*>(static_cast<const std::uint8_t*>(surface.pixels) +
                                          static_cast<std::ptrdiff_t>(y) * surface.pitch);
}

Pixel* row(SDL_Surface& surface, int y) {
    return reinterpret_cast<Pixel*>(static_cast<std::uint8_t*>(surface.pixels) +
                                    static_cast<std::ptrdiff_t>(y) * surface.pitch);
}

// Premultiplied RGBA as doubles, for filtering.
struct Premultiplied {
    double a = 0, r = 0, g = 0, b = 0;

    static Premultiplied from(Pixel pixel) {
        const double alpha = channel(pixel, 24) / 255.0;
        return {alpha, channel(pixel, 16) * alpha, channel(pixel, 8) * alpha,
                channel(pixel, 0) * alpha};
    }
    void add(const Premultiplied& other, double weight) {
        a += other.a * weight;
        r += other.r * weight;
        g += other.g * weight;
        b += other.b * weight;
    }
    Pixel to_pixel(double total_weight) const {
        if (total_weight <= 0 || a <= 0) return 0;
        const double alpha = a / total_weight;
        const auto to_byte = [](double value) {
            return static_cast<std::uint32_t>(std::clamp(std::lround(value), 0L, 255L));
        };
        return pack(to_byte(alpha * 255.0), to_byte(r / a), to_byte(g / a), to_byte(b / a));
    }
};

// How much of each source pixel along one axis lands in each destination pixel.
struct Tap {
    int index;
    double weight;
};
std::vector<std::vector<Tap>> axis_taps(int source_size, int destination_size) {
    std::vector<std::vector<Tap>> taps(static_cast<std::size_t>(destination_size));
    const double ratio = static_cast<double>(source_size) / destination_size;
    for (int d = 0; d < destination_size; ++d) {
        auto& list = taps[static_cast<std::size_t>(d)];
        if (ratio >= 1.0) {  // shrinking: average the covered source span
            const double from = d * ratio;
            const double to = from + ratio;
            for (int s = static_cast<int>(std::floor(from)); s < static_cast<int>(std::ceil(to));
                 ++s) {
                const double overlap = std::min(to, s + 1.0) - std::max(from, double(s));
                if (overlap > 0 && s < source_size) list.push_back({s, overlap});
            }
        } else {  // enlarging: interpolate between the two nearest source centres
            const double centre = (d + 0.5) * ratio - 0.5;
            const int left = static_cast<int>(std::floor(centre));
            const double t = centre - left;
            list.push_back({std::clamp(left, 0, source_size - 1), 1.0 - t});
            list.push_back({std::clamp(left + 1, 0, source_size - 1), t});
        }
    }
    return taps;
}

}  // namespace

SurfacePtr make_argb_surface(int width, int height) {
    SurfacePtr surface{SDL_CreateRGBSurfaceWithFormat(0, std::max(1, width), std::max(1, height),
                                                      32, SDL_PIXELFORMAT_ARGB8888)};
    if (surface) SDL_FillRect(surface.get(), nullptr, 0);
    return surface;
}

SurfacePtr to_argb(SDL_Surface& surface) {
    return SurfacePtr{SDL_ConvertSurfaceFormat(&surface, SDL_PIXELFORMAT_ARGB8888, 0)};
}

void composite_over(SDL_Surface& destination, const SDL_Surface& source, int x, int y,
                    std::uint8_t opacity) {
    const int x0 = std::max(0, x);
    const int y0 = std::max(0, y);
    const int x1 = std::min(destination.w, x + source.w);
    const int y1 = std::min(destination.h, y + source.h);
    if (x0 >= x1 || y0 >= y1 || opacity == 0) return;
    SDL_LockSurface(&destination);
    for (int dy = y0; dy < y1; ++dy) {
        const Pixel* from = row(source, dy - y) + (x0 - x);
        Pixel* to = row(destination, dy) + x0;
        for (int dx = x0; dx < x1; ++dx, ++from, ++to) {
            const std::uint32_t source_alpha = channel(*from, 24) * opacity / 255U;
            if (source_alpha == 0) continue;
            const std::uint32_t destination_alpha = channel(*to, 24);
            if (source_alpha == 255 || destination_alpha == 0) {
                *to = (*from & 0x00FFFFFFU) | (source_alpha << 24U);
                continue;
            }
            // out = src + dst * (1 - src_alpha), computed in premultiplied form then divided.
            const std::uint32_t behind = destination_alpha * (255U - source_alpha) / 255U;
            const std::uint32_t out_alpha = source_alpha + behind;
            const auto mix = [&](int shift) {
                return (channel(*from, shift) * source_alpha + channel(*to, shift) * behind) /
                       out_alpha;
            };
            *to = pack(out_alpha, mix(16), mix(8), mix(0));
        }
    }
    SDL_UnlockSurface(&destination);
}

SurfacePtr resize(const SDL_Surface& source, int width, int height) {
    SurfacePtr result = make_argb_surface(width, height);
    if (!result || source.w <= 0 || source.h <= 0) return result;
    const auto horizontal = axis_taps(source.w, result->w);
    const auto vertical = axis_taps(source.h, result->h);
    for (int y = 0; y < result->h; ++y) {
        Pixel* out = row(*result, y);
        for (int x = 0; x < result->w; ++x) {
            Premultiplied sum;
            double total = 0;
            for (const Tap& ty : vertical[static_cast<std::size_t>(y)]) {
                const Pixel* in = row(source, ty.index);
                for (const Tap& tx : horizontal[static_cast<std::size_t>(x)]) {
                    const double weight = tx.weight * ty.weight;
                    sum.add(Premultiplied::from(in[tx.index]), weight);
                    total += weight;
                }
            }
            out[x] = sum.to_pixel(total);
        }
    }
    return result;
}

}  // namespace kindling::text
