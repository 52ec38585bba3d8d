#pragma once
// The editor's fonts in Dear ImGui's atlas: Lato (or Inter) at a readable size, fallback fonts
// for the scripts the open decks use, and a glyph for every stand-in of the text bridge, drawn
// as the real emoji. The atlas grows with the text: when a deck brings new characters, it is
// rebuilt between frames.

#include "font_finder.hpp"
#include "stand_in_painter.hpp"

#include "model/text_bridge.hpp"

#include <imgui.h>

#include <bitset>
#include <string>
#include <vector>

namespace kindling::editor::ui {

class EditorFonts {
public:
    static constexpr float base_pixel_size = 17.0f;

    explicit EditorFonts(FontFinder& finder);

    // True when the atlas must be rebuilt before the next frame: the text size changed, or the
    // bridge saw characters or stand-ins the atlas lacks.
    bool needs_rebuild(const TextBridge& bridge, int text_size_percent);
    // Rebuilds ImGui's font atlas (outside a frame); upload it to the renderer afterwards.
    void rebuild(const TextBridge& bridge, int text_size_percent);

    [[nodiscard]] ImFont* regular() const noexcept { return regular_; }
    [[nodiscard]] ImFont* bold() const noexcept { return bold_; }
    [[nodiscard]] ImFont* heading() const noexcept { return heading_; }
    [[nodiscard]] float pixel_size() const noexcept { return pixel_size_; }
    // A note for the user when the preferred fonts are missing; empty when all is well.
    [[nodiscard]] const std::string& problem() const noexcept { return problem_; }

private:
    struct FallbackFont {
        FontFile file;
        std::vector<ImWchar> ranges;
    };
    ImFont* add_font(const std::optional<FontFile>& primary, const std::optional<FontFile>& wide, float size);
    void plan_fallbacks(const std::bitset<0x10000>& wanted);
    void add_stand_in_glyphs(const TextBridge& bridge, ImFont* font, float size);
    void paint_stand_in_glyphs();

    FontFinder& finder_;
    StandInPainter painter_;
    std::optional<FontFile> regular_file_;
    std::optional<FontFile> bold_file_;
    std::optional<FontFile> wide_regular_file_;
    std::optional<FontFile> wide_bold_file_;
    std::string problem_;

    ImFont* regular_ = nullptr;
    ImFont* bold_ = nullptr;
    ImFont* heading_ = nullptr;
    float pixel_size_ = base_pixel_size;

    std::bitset<0x10000> requested_;
    std::vector<ImWchar> ranges_;  // must outlive the atlas build
    std::vector<FallbackFont> fallbacks_;
    std::map<char32_t, std::optional<FontFile>> coverage_cache_;
    struct PendingGlyph {
        int rect = 0;
        const GlyphImage* image = nullptr;
    };
    std::vector<PendingGlyph> pending_;
    int built_size_percent_ = 0;
    std::size_t built_stand_ins_ = 0;
    std::uint64_t checked_generation_ = ~std::uint64_t{0};
    bool built_ = false;
};

}  // namespace kindling::editor::ui
