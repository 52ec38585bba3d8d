#pragma once
// The editor's fonts in Dear ImGui's atlas: Lato (or Inter) at a readable size, fallback fonts
// for the scripts the open decks use, and a glyph for every stand-in of the text bridge, drawn
// as the real emoji. The atlas grows with the text: when a deck brings new characters, it is
// rebuilt between frames. The font files come from the game's font catalogue, so the editor
// and the game choose the same fonts.

#include "stand_in_painter.hpp"

#include "ui/text/font_catalog.hpp"

#include "model/text_bridge.hpp"

#include <imgui.h>

#include <bitset>
#include <string>
#include <vector>

namespace kindling::editor::ui {

class EditorFonts {
public:
    static constexpr float base_pixel_size = 17.0f;

    // `catalog` is null when no font is installed at all: ImGui's own font is used then.
    explicit EditorFonts(text::FontCatalog* catalog);

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
        text::FaceId face = 0;
        std::vector<ImWchar> ranges;
    };
    std::optional<text::FaceId> installed(const std::vector<std::string>& families, text::FontRole role);
    std::bitset<0x10000> bmp_coverage(text::FaceId face);
    ImFont* add_font(std::optional<text::FaceId> primary, std::optional<text::FaceId> wide, float size);
    void plan_fallbacks(const std::bitset<0x10000>& wanted);
    void add_stand_in_glyphs(const TextBridge& bridge, ImFont* font, float size);
    void paint_stand_in_glyphs();

    text::FontCatalog* catalog_;
    StandInPainter painter_;
    std::optional<text::FaceId> regular_file_;
    std::optional<text::FaceId> bold_file_;
    std::optional<text::FaceId> wide_regular_file_;
    std::optional<text::FaceId> wide_bold_file_;
    std::string problem_;

    ImFont* regular_ = nullptr;
    ImFont* bold_ = nullptr;
    ImFont* heading_ = nullptr;
    float pixel_size_ = base_pixel_size;

    std::bitset<0x10000> requested_;
    std::vector<ImWchar> ranges_;  // must outlive the atlas build
    std::vector<FallbackFont> fallbacks_;
    std::map<char32_t, std::optional<text::FaceId>> coverage_cache_;
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
