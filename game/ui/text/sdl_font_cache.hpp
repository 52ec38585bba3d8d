#pragma once
// SDL_ttf font objects for the catalog's faces, one per (face, pixel size), opened on demand and
// kept in a small LRU. Also the TextMeasurer the layout uses: it shapes with the same fonts,
// direction and script the renderer draws with, so measured widths are drawn widths.

#include "ui/text/font_catalog.hpp"
#include "ui/text/font_interfaces.hpp"

#include <SDL_ttf.h>

#include <cstdint>
#include <list>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace kindling::text {

class SdlFontCache final : public TextMeasurer {
public:
    // Initialises SDL_ttf (reference counted) for the lifetime of the cache.
    explicit SdlFontCache(FontCatalog& catalog, std::size_t max_open_fonts = 48);
    ~SdlFontCache() override;
    SdlFontCache(const SdlFontCache&) = delete;
    SdlFontCache& operator=(const SdlFontCache&) = delete;

    struct RunFont {
        TTF_Font* font = nullptr;  // nullptr only if no face opens at all
        // Colour-bitmap faces exist at one size and are scaled to the text; 1 for outlines.
        double scale = 1.0;
        int ascent = 0;  // where the baseline lies below the top of what TTF_Render* draws
    };
    // The font for a run with its direction and script set, ready for TTF_SizeUTF8 or
    // TTF_Render*. Falls back to the primary face if the run's face cannot be opened.
    // The font stays valid until the next call.
    RunFont font_for(const ShapingRun& run);

    FaceMetrics metrics(FaceId face, int pixel_size) override;
    int advance(const ShapingRun& run, std::string_view utf8) override;

    std::size_t open_font_count() const { return open_.size(); }
    // Fonts that failed to open, one message each.
    const std::vector<std::string>& errors() const { return errors_; }

private:
    using Key = std::pair<FaceId, int>;
    struct OpenFont {
        TTF_Font* font = nullptr;
        std::list<Key>::iterator recency;
    };

    TTF_Font* open(FaceId face, int pixel_size);
    // Colour bitmaps are drawn into the primary font's line box at that size.
    double bitmap_scale(TTF_Font* bitmaps, int pixel_size);
    FaceMetrics primary_metrics(int pixel_size);
    // The run's face, or the primary one when the run's face cannot be opened.
    std::pair<TTF_Font*, FaceId> open_or_primary(FaceId face, int pixel_size);

    FontCatalog& catalog_;
    std::size_t max_open_fonts_;
    std::map<Key, OpenFont> open_;
    std::list<Key> recency_;  // most recently used first
    std::map<Key, bool> failed_;
    std::vector<std::string> errors_;
    std::string scratch_;  // NUL-terminated copy of text for SDL_ttf
};

}  // namespace kindling::text
