#pragma once
// Finding font files on this system with fontconfig: the interface font by family name, and a
// font that has a given character (for scripts and symbols the interface font lacks).

#include <bitset>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kindling::editor::ui {

struct FontFile {
    std::filesystem::path path;
    int index = 0;  // face index inside a collection (.ttc)
    friend bool operator==(const FontFile&, const FontFile&) = default;
};

class FontFinder {
public:
    FontFinder();
    ~FontFinder();
    FontFinder(const FontFinder&) = delete;
    FontFinder& operator=(const FontFinder&) = delete;

    // The first of `families` installed in the given style ("Regular", "Bold"); exact family
    // matches only, so a missing Lato is noticed rather than silently replaced.
    std::optional<FontFile> family(const std::vector<std::string>& families, const std::string& style);
    // A font that really contains `code_point`, preferring `language` (e.g. "ja") when given.
    std::optional<FontFile> covering(char32_t code_point, const std::string& language = {});
    // The colour emoji font.
    std::optional<FontFile> colour_emoji();
    // Which BMP characters a font file has (read once per file).
    const std::bitset<0x10000>& bmp_coverage(const FontFile& file);

private:
    void* config_ = nullptr;  // FcConfig*
    std::map<std::string, std::bitset<0x10000>> coverage_;
};

}  // namespace kindling::editor::ui
