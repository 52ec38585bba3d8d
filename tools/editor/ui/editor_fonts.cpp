#include "editor_fonts.hpp"

#include <array>
#include <cmath>
#include <map>

namespace kindling::editor::ui {

namespace {

// Characters every session gets: Latin, Greek, Cyrillic, punctuation and the symbols the
// interface itself uses. Anything else is added when text needs it.
// The interface font and DejaVu Sans cover these; fallback fonts are looked up only for
// characters that text actually uses.
constexpr std::array<std::pair<char32_t, char32_t>, 11> base_ranges{{
    {0x0020, 0x007E}, {0x00A0, 0x036F}, {0x0370, 0x03FF}, {0x0400, 0x04FF}, {0x1E00, 0x1EFF},
    {0x2000, 0x206F}, {0x20A0, 0x20BF}, {0x2190, 0x21FF}, {0x25A0, 0x25FF}, {0x2713, 0x2717},
    {0xFFFD, 0xFFFD},
}};

bool drawable(char32_t c) {
    return c >= 0x20 && !(c >= 0x7F && c < 0xA0) && !(c >= 0xD800 && c <= 0xDFFF) && !(c >= 0xE000 && c <= 0xF8FF);
}

std::vector<ImWchar> ranges_of(const std::bitset<0x10000>& characters) {
    std::vector<ImWchar> ranges;
    std::size_t c = 1;
    while (c < characters.size()) {
        if (!characters.test(c)) {
            ++c;
            continue;
        }
        const std::size_t start = c;
        while (c + 1 < characters.size() && characters.test(c + 1)) ++c;
        ranges.push_back(static_cast<ImWchar>(start));
        ranges.push_back(static_cast<ImWchar>(c));
        ++c;
    }
    ranges.push_back(0);
    return ranges;
}

}  // namespace

EditorFonts::EditorFonts(text::FontCatalog* catalog) : catalog_(catalog), painter_(catalog) {
    const std::vector<std::string> preferred{"Lato", "Inter"};
    regular_file_ = installed(preferred, text::FontRole::regular);
    bold_file_ = installed(preferred, text::FontRole::bold);
    wide_regular_file_ = installed({"DejaVu Sans"}, text::FontRole::regular);
    wide_bold_file_ = installed({"DejaVu Sans"}, text::FontRole::bold);
    if (!regular_file_) {
        problem_ = "The Lato font is not installed (Debian package fonts-lato); using a fallback font.";
        regular_file_ = wide_regular_file_;
        bold_file_ = wide_bold_file_;
    }
    if (!bold_file_) bold_file_ = regular_file_;
    if (!painter_.has_colour_emoji()) {
        problem_ += (problem_.empty() ? "" : " ") +
                    std::string("Noto Color Emoji is not installed (fonts-noto-color-emoji); emoji show as boxes.");
    }
}

std::optional<text::FaceId> EditorFonts::installed(const std::vector<std::string>& families, text::FontRole role) {
    if (!catalog_) return std::nullopt;
    return catalog_->installed_family(families, role);
}

std::bitset<0x10000> EditorFonts::bmp_coverage(text::FaceId face) {
    std::bitset<0x10000> covered;
    for (char32_t c = 0; c < 0x10000; ++c) {
        if (catalog_->face_covers(face, c)) covered.set(c);
    }
    return covered;
}

bool EditorFonts::needs_rebuild(const TextBridge& bridge, int text_size_percent) {
    if (!built_ || text_size_percent != built_size_percent_ || bridge.stand_ins().size() != built_stand_ins_) return true;
    if (bridge.glyph_generation() == checked_generation_) return false;
    checked_generation_ = bridge.glyph_generation();
    return (bridge.seen_characters() & ~requested_).any();
}

void EditorFonts::plan_fallbacks(const std::bitset<0x10000>& wanted) {
    fallbacks_.clear();
    if (!catalog_) return;
    std::bitset<0x10000> covered;
    if (regular_file_) covered |= bmp_coverage(*regular_file_);
    if (wide_regular_file_) covered |= bmp_coverage(*wide_regular_file_);
    const std::bitset<0x10000> missing = wanted & ~covered;
    std::map<text::FaceId, std::bitset<0x10000>> by_face;
    for (std::size_t c = 0; c < missing.size(); ++c) {
        if (!missing.test(c) || !drawable(static_cast<char32_t>(c))) continue;
        auto cached = coverage_cache_.find(static_cast<char32_t>(c));
        if (cached == coverage_cache_.end()) {
            const auto face = catalog_->fallback_face(text::FontRole::regular, static_cast<char32_t>(c));
            cached = coverage_cache_.emplace(static_cast<char32_t>(c), face).first;
        }
        if (!cached->second) continue;
        by_face[*cached->second].set(c);
    }
    for (auto& [face, characters] : by_face) {
        if (fallbacks_.size() >= 12) break;  // a deck in twelve scripts at once is plenty
        fallbacks_.push_back({face, ranges_of(characters)});
    }
}

ImFont* EditorFonts::add_font(std::optional<text::FaceId> primary, std::optional<text::FaceId> wide, float size) {
    ImGuiIO& io = ImGui::GetIO();
    ImFontConfig config;
    config.OversampleH = 2;
    config.OversampleV = 1;
    config.PixelSnapH = true;
    ImFont* font = nullptr;
    if (primary) {
        const text::FaceInfo& file = catalog_->face(*primary);
        config.FontNo = file.index;
        font = io.Fonts->AddFontFromFileTTF(file.path.c_str(), size, &config, ranges_.data());
    }
    if (!font) {
        ImFontConfig fallback;
        fallback.SizePixels = size;
        return io.Fonts->AddFontDefault(&fallback);
    }
    // Merged fonts only fill in characters the fonts before them lack.
    config.MergeMode = true;
    if (wide && wide != primary) {
        const text::FaceInfo& file = catalog_->face(*wide);
        config.FontNo = file.index;
        io.Fonts->AddFontFromFileTTF(file.path.c_str(), size, &config, ranges_.data());
    }
    for (const FallbackFont& fallback : fallbacks_) {
        const text::FaceInfo& file = catalog_->face(fallback.face);
        config.FontNo = file.index;
        io.Fonts->AddFontFromFileTTF(file.path.c_str(), size, &config, fallback.ranges.data());
    }
    return font;
}

void EditorFonts::add_stand_in_glyphs(const TextBridge& bridge, ImFont* font, float size) {
    ImGuiIO& io = ImGui::GetIO();
    const int height = static_cast<int>(std::lround(size));
    for (const StandIn& stand_in : bridge.stand_ins()) {
        const GlyphImage& image = painter_.paint(stand_in, height);
        // Centred on the line, with a pixel of air on both sides.
        const ImVec2 offset(1.0f, std::round((size - static_cast<float>(image.height)) * 0.5f));
        const int rect = io.Fonts->AddCustomRectFontGlyph(font, static_cast<ImWchar>(stand_in.code_point), image.width,
                                                          image.height, static_cast<float>(image.width + 2), offset);
        pending_.push_back({rect, &image});
    }
}

void EditorFonts::paint_stand_in_glyphs() {
    ImGuiIO& io = ImGui::GetIO();
    unsigned char* pixels = nullptr;
    int atlas_width = 0;
    int atlas_height = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &atlas_width, &atlas_height);
    for (const PendingGlyph& glyph : pending_) {
        const ImFontAtlasCustomRect* rect = io.Fonts->GetCustomRectByIndex(glyph.rect);
        if (!rect->IsPacked()) continue;
        for (int y = 0; y < glyph.image->height; ++y) {
            unsigned char* row = pixels + (static_cast<std::ptrdiff_t>(rect->Y + y) * atlas_width + rect->X) * 4;
            const std::uint8_t* source = glyph.image->pixel(0, y);
            std::copy(source, source + glyph.image->width * 4, row);
        }
    }
    pending_.clear();
}

void EditorFonts::rebuild(const TextBridge& bridge, int text_size_percent) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    pending_.clear();

    requested_.reset();
    for (const auto& [first, last] : base_ranges) {
        for (char32_t c = first; c <= last; ++c) requested_.set(c);
    }
    requested_ |= bridge.seen_characters();
    std::bitset<0x10000> drawable_requested;
    for (std::size_t c = 0; c < requested_.size(); ++c) {
        if (requested_.test(c) && drawable(static_cast<char32_t>(c))) drawable_requested.set(c);
    }
    ranges_ = ranges_of(drawable_requested);
    plan_fallbacks(drawable_requested & bridge.seen_characters());

    pixel_size_ = std::round(base_pixel_size * static_cast<float>(text_size_percent) / 100.0f);
    const float heading_size = std::round(pixel_size_ * 1.25f);
    regular_ = add_font(regular_file_, wide_regular_file_, pixel_size_);
    add_stand_in_glyphs(bridge, regular_, pixel_size_);
    bold_ = add_font(bold_file_, wide_bold_file_, pixel_size_);
    add_stand_in_glyphs(bridge, bold_, pixel_size_);
    heading_ = add_font(bold_file_, wide_bold_file_, heading_size);
    add_stand_in_glyphs(bridge, heading_, heading_size);

    // The atlas keeps ImGui's power-of-two height: SDL's software renderer (headless runs, and
    // machines without a GPU) samples glyphs from other heights a row off, turning '.' into ','.
    io.Fonts->Build();
    paint_stand_in_glyphs();
    io.FontDefault = regular_;

    built_ = true;
    built_size_percent_ = text_size_percent;
    built_stand_ins_ = bridge.stand_ins().size();
    checked_generation_ = bridge.glyph_generation();
}

}  // namespace kindling::editor::ui
