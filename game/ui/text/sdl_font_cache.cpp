#include "ui/text/sdl_font_cache.hpp"

#include <algorithm>
#include <cmath>

namespace kindling::text {
namespace {

int scaled(int value, double factor) { return static_cast<int>(std::lround(value * factor)); }

}  // namespace

SdlFontCache::SdlFontCache(FontCatalog& catalog, std::size_t max_open_fonts)
    : catalog_(catalog), max_open_fonts_(std::max<std::size_t>(max_open_fonts, 4)) {
    if (TTF_Init() != 0) {
        throw FontError(std::string{"SDL_ttf could not start: "} + TTF_GetError());
    }
}

SdlFontCache::~SdlFontCache() {
    for (auto& [key, open] : open_) TTF_CloseFont(open.font);
    TTF_Quit();
}

TTF_Font* SdlFontCache::open(FaceId face, int pixel_size) {
    const FaceInfo& info = catalog_.face(face);
    // Colour bitmap fonts are opened at "size" 0, which SDL_ttf reads as their first strike.
    const Key key{face, info.colour_bitmaps ? 0 : std::max(1, pixel_size)};
    if (const auto found = open_.find(key); found != open_.end()) {
        recency_.splice(recency_.begin(), recency_, found->second.recency);
        return found->second.font;
    }
    if (failed_.contains(key)) return nullptr;

    TTF_Font* font = TTF_OpenFontIndex(info.path.c_str(), key.second, info.index);
    if (font == nullptr) {
        failed_.emplace(key, true);
        errors_.push_back("cannot open font " + info.path + " (face " +
                          std::to_string(info.index) + "): " + TTF_GetError());
        return nullptr;
    }
    if (open_.size() >= max_open_fonts_) {
        const Key oldest = recency_.back();
        recency_.pop_back();
        TTF_CloseFont(open_.at(oldest).font);
        open_.erase(oldest);
    }
    recency_.push_front(key);
    open_.emplace(key, OpenFont{font, recency_.begin()});
    return font;
}

std::pair<TTF_Font*, FaceId> SdlFontCache::open_or_primary(FaceId face, int pixel_size) {
    if (TTF_Font* font = open(face, pixel_size)) return {font, face};
    const FaceId primary = catalog_.primary_face(FontRole::regular);
    return {open(primary, pixel_size), primary};
}

FaceMetrics SdlFontCache::primary_metrics(int pixel_size) {
    TTF_Font* font = open(catalog_.primary_face(FontRole::regular), pixel_size);
    // Nothing opens: plausible numbers keep layout going; nothing will be drawn anyway.
    if (font == nullptr) return {pixel_size * 4 / 5, pixel_size / 5, pixel_size * 6 / 5};
    return {TTF_FontAscent(font), -TTF_FontDescent(font), TTF_FontLineSkip(font)};
}

double SdlFontCache::bitmap_scale(TTF_Font* bitmaps, int pixel_size) {
    // Emoji are scaled to the primary font's line box (ascent + descent), so an emoji is as
    // tall as the text around it and never makes its line taller.
    const FaceMetrics text = primary_metrics(pixel_size);
    const int bitmap_height = std::max(1, TTF_FontHeight(bitmaps));
    return static_cast<double>(text.ascent + text.descent) / bitmap_height;
}

SdlFontCache::RunFont SdlFontCache::font_for(const ShapingRun& run) {
    const auto [font, face] = open_or_primary(run.face, run.pixel_size);
    if (font == nullptr) return {};
    TTF_SetFontDirection(font, run.direction == Direction::right_to_left ? TTF_DIRECTION_RTL
                                                                         : TTF_DIRECTION_LTR);
    TTF_SetFontScriptName(font, run.script.c_str());
    if (catalog_.face(face).colour_bitmaps) {
        return {font, bitmap_scale(font, run.pixel_size), primary_metrics(run.pixel_size).ascent};
    }
    return {font, 1.0, TTF_FontAscent(font)};
}

FaceMetrics SdlFontCache::metrics(FaceId face, int pixel_size) {
    const auto [font, opened_face] = open_or_primary(face, pixel_size);
    if (font == nullptr || catalog_.face(opened_face).colour_bitmaps) {
        return primary_metrics(pixel_size);
    }
    return {TTF_FontAscent(font), -TTF_FontDescent(font), TTF_FontLineSkip(font)};
}

int SdlFontCache::advance(const ShapingRun& run, std::string_view utf8) {
    if (utf8.empty()) return 0;
    const RunFont run_font = font_for(run);
    if (run_font.font == nullptr) return 0;
    scratch_.assign(utf8);
    int width = 0;
    int height = 0;
    if (TTF_SizeUTF8(run_font.font, scratch_.c_str(), &width, &height) != 0) return 0;
    return scaled(width, run_font.scale);
}

}  // namespace kindling::text
