#include "font_finder.hpp"

#include <fontconfig/fontconfig.h>

namespace kindling::editor::ui {

namespace {

FcConfig* as_config(void* config) { return static_cast<FcConfig*>(config); }

std::optional<FontFile> file_of(FcPattern* pattern) {
    FcChar8* file = nullptr;
    if (FcPatternGetString(pattern, FC_FILE, 0, &file) != FcResultMatch || !file) return std::nullopt;
    int index = 0;
    FcPatternGetInteger(pattern, FC_INDEX, 0, &index);
    return FontFile{reinterpret_cast<const char*>(file), index};
}

std::string family_of(FcPattern* pattern) {
    FcChar8* family = nullptr;
    if (FcPatternGetString(pattern, FC_FAMILY, 0, &family) != FcResultMatch || !family) return {};
    return reinterpret_cast<const char*>(family);
}

}  // namespace

FontFinder::FontFinder() : config_(FcInitLoadConfigAndFonts()) {}

FontFinder::~FontFinder() {
    if (config_) FcConfigDestroy(as_config(config_));
}

std::optional<FontFile> FontFinder::family(const std::vector<std::string>& families, const std::string& style) {
    if (!config_) return std::nullopt;
    for (const std::string& name : families) {
        FcPattern* pattern = FcPatternCreate();
        FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>(name.c_str()));
        FcPatternAddString(pattern, FC_STYLE, reinterpret_cast<const FcChar8*>(style.c_str()));
        FcConfigSubstitute(as_config(config_), pattern, FcMatchPattern);
        FcDefaultSubstitute(pattern);
        FcResult result = FcResultNoMatch;
        FcPattern* match = FcFontMatch(as_config(config_), pattern, &result);
        std::optional<FontFile> found;
        if (match && family_of(match) == name) found = file_of(match);
        if (match) FcPatternDestroy(match);
        FcPatternDestroy(pattern);
        if (found) return found;
    }
    return std::nullopt;
}

std::optional<FontFile> FontFinder::covering(char32_t code_point, const std::string& language) {
    if (!config_) return std::nullopt;
    FcPattern* pattern = FcPatternCreate();
    FcCharSet* characters = FcCharSetCreate();
    FcCharSetAddChar(characters, code_point);
    FcPatternAddCharSet(pattern, FC_CHARSET, characters);
    if (!language.empty()) FcPatternAddString(pattern, FC_LANG, reinterpret_cast<const FcChar8*>(language.c_str()));
    // Outline fonts only: bitmap emoji fonts are handled separately.
    FcPatternAddBool(pattern, FC_COLOR, FcFalse);
    FcConfigSubstitute(as_config(config_), pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result = FcResultNoMatch;
    FcPattern* match = FcFontMatch(as_config(config_), pattern, &result);
    std::optional<FontFile> found;
    if (match) {
        FcCharSet* has = nullptr;
        if (FcPatternGetCharSet(match, FC_CHARSET, 0, &has) == FcResultMatch && FcCharSetHasChar(has, code_point)) {
            found = file_of(match);
        }
        FcPatternDestroy(match);
    }
    FcCharSetDestroy(characters);
    FcPatternDestroy(pattern);
    return found;
}

std::optional<FontFile> FontFinder::colour_emoji() {
    if (auto found = family({"Noto Color Emoji"}, "Regular")) return found;
    return std::nullopt;
}

const std::bitset<0x10000>& FontFinder::bmp_coverage(const FontFile& file) {
    const std::string key = file.path.string() + "#" + std::to_string(file.index);
    if (const auto it = coverage_.find(key); it != coverage_.end()) return it->second;
    std::bitset<0x10000> covered;
    int faces = 0;
    FcPattern* pattern = FcFreeTypeQuery(reinterpret_cast<const FcChar8*>(file.path.c_str()), static_cast<unsigned>(file.index), nullptr, &faces);
    if (pattern) {
        FcCharSet* characters = nullptr;
        if (FcPatternGetCharSet(pattern, FC_CHARSET, 0, &characters) == FcResultMatch) {
            for (FcChar32 c = 0; c < 0x10000; ++c) {
                if (FcCharSetHasChar(characters, c)) covered.set(c);
            }
        }
        FcPatternDestroy(pattern);
    }
    return coverage_.emplace(key, covered).first->second;
}

}  // namespace kindling::editor::ui
