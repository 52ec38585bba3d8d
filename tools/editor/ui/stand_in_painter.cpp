#include "stand_in_painter.hpp"

#include "core/text/unicode.hpp"

#include <SDL_ttf.h>

#include <algorithm>

namespace kindling::editor::ui {

namespace {

GlyphImage from_surface(SDL_Surface* surface) {
    SDL_Surface* rgba = SDL_ConvertSurfaceFormat(surface, SDL_PIXELFORMAT_RGBA32, 0);
    if (!rgba) return {};
    GlyphImage image(rgba->w, rgba->h);
    SDL_LockSurface(rgba);
    for (int y = 0; y < rgba->h; ++y) {
        const auto* row = static_cast<const std::uint8_t*>(rgba->pixels) + static_cast<std::ptrdiff_t>(y) * rgba->pitch;
        std::copy(row, row + static_cast<std::ptrdiff_t>(rgba->w) * 4, image.pixel(0, y));
    }
    SDL_UnlockSurface(rgba);
    SDL_FreeSurface(rgba);
    return image;
}

// Cuts away fully transparent columns at both sides (glyph bitmaps carry side bearings).
GlyphImage trim_sides(const GlyphImage& image) {
    int left = image.width;
    int right = -1;
    for (int y = 0; y < image.height; ++y) {
        for (int x = 0; x < image.width; ++x) {
            if (image.pixel(x, y)[3] != 0) {
                left = std::min(left, x);
                right = std::max(right, x);
            }
        }
    }
    if (right < left) return image;
    GlyphImage trimmed(right - left + 1, image.height);
    for (int y = 0; y < image.height; ++y) {
        std::copy(image.pixel(left, y), image.pixel(left, y) + trimmed.width * 4, trimmed.pixel(0, y));
    }
    return trimmed;
}

GlyphImage fit_height(const GlyphImage& image, int height) {
    if (image.empty()) return box_glyph(std::max(4, height * 2 / 3), height);
    const int width = std::clamp(image.width * height / std::max(1, image.height), 1, height * 3);
    return scale_image(image, width, height);
}

}  // namespace

StandInPainter::StandInPainter(text::FontCatalog* fonts) : fonts_(fonts) {
    if (!TTF_WasInit()) TTF_Init();
    if (const auto emoji = fonts_ ? fonts_->emoji_face() : std::nullopt) {
        // The colour font holds fixed bitmaps (136x128); any size opens that strike.
        const text::FaceInfo& file = fonts_->face(*emoji);
        emoji_font_ = TTF_OpenFontIndex(file.path.c_str(), 109, file.index);
    }
}

StandInPainter::~StandInPainter() {
    if (emoji_font_) TTF_CloseFont(emoji_font_);
    for (auto& [key, font] : text_fonts_) TTF_CloseFont(font);
}

TTF_Font* StandInPainter::font_for(const text::FaceInfo& file, int pixel_height) {
    const auto key = std::make_pair(file.path + "#" + std::to_string(file.index), pixel_height);
    if (const auto it = text_fonts_.find(key); it != text_fonts_.end()) return it->second;
    TTF_Font* font = TTF_OpenFontIndex(file.path.c_str(), pixel_height, file.index);
    if (font) text_fonts_.emplace(key, font);
    return font;
}

GlyphImage StandInPainter::paint_emoji(const std::string& text, int height) {
    if (!emoji_font_) return {};
    const char32_t first = unicode::decode(text, 0).code_point;
    if (!TTF_GlyphIsProvided32(emoji_font_, first)) return {};
    SDL_Surface* surface = TTF_RenderUTF8_Blended(emoji_font_, text.c_str(), SDL_Color{255, 255, 255, 255});
    if (!surface) return {};
    GlyphImage image = trim_sides(from_surface(surface));
    SDL_FreeSurface(surface);
    // The bitmaps are a little taller than the letters around them; 90% of the line sits well.
    return fit_height(image, std::max(1, height * 9 / 10));
}

GlyphImage StandInPainter::paint_character(const std::string& text, char32_t code_point, int height) {
    const auto face = fonts_ ? fonts_->fallback_face(kindling::text::FontRole::regular, code_point) : std::nullopt;
    if (!face) return {};
    TTF_Font* font = font_for(fonts_->face(*face), height);
    if (!font) return {};
    SDL_Surface* surface = TTF_RenderUTF8_Blended(font, text.c_str(), SDL_Color{255, 255, 255, 255});
    if (!surface) return {};
    GlyphImage image = from_surface(surface);
    SDL_FreeSurface(surface);
    return fit_height(image, height);
}

const GlyphImage& StandInPainter::paint(const StandIn& stand_in, int height) {
    const auto key = std::make_pair(stand_in.original, height);
    if (const auto it = cache_.find(key); it != cache_.end()) return it->second;
    GlyphImage image;
    switch (stand_in.kind) {
        case PieceKind::emoji:
            image = paint_emoji(stand_in.original, height);
            if (image.empty()) image = paint_character(stand_in.original, unicode::decode(stand_in.original, 0).code_point, height);
            break;
        case PieceKind::astral_character:
            image = paint_character(stand_in.original, unicode::decode(stand_in.original, 0).code_point, height);
            break;
        case PieceKind::plain:
        case PieceKind::private_use:
        case PieceKind::control:
        case PieceKind::invalid_byte:
            break;
    }
    if (image.empty()) image = box_glyph(std::max(4, height * 2 / 3), height);
    return cache_.emplace(key, std::move(image)).first->second;
}

}  // namespace kindling::editor::ui
