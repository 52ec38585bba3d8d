#include "ui/text/font_catalog.hpp"

#include "ui/text/unicode_properties.hpp"

#include <fontconfig/fontconfig.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <string_view>

namespace kindling::text {
namespace {

constexpr char32_t emoji_probe = U'\U0001F600';  // GRINNING FACE: any emoji font has it

const FcChar8* fc_text(const std::string& text) {
    return reinterpret_cast<const FcChar8*>(text.c_str());
}

std::string pattern_string(FcPattern* pattern, const char* object, int index = 0) {
    FcChar8* value = nullptr;
    if (FcPatternGetString(pattern, object, index, &value) != FcResultMatch || value == nullptr) {
        return {};
    }
    return reinterpret_cast<const char*>(value);
}

bool pattern_bool(FcPattern* pattern, const char* object, bool fallback) {
    FcBool value = FcFalse;
    if (FcPatternGetBool(pattern, object, 0, &value) != FcResultMatch) return fallback;
    return value != FcFalse;
}

int pattern_int(FcPattern* pattern, const char* object, int fallback) {
    int value = 0;
    return FcPatternGetInteger(pattern, object, 0, &value) == FcResultMatch ? value : fallback;
}

bool same_name(std::string_view a, std::string_view b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) ==
               std::tolower(static_cast<unsigned char>(y));
    });
}

bool has_family(FcPattern* pattern, std::string_view family) {
    for (int i = 0;; ++i) {
        const std::string name = pattern_string(pattern, FC_FAMILY, i);
        if (name.empty()) return false;
        if (same_name(name, family)) return true;
    }
}

// SDL_ttf (FreeType) draws TrueType and CFF outlines and colour bitmap tables; fontconfig also
// lists Type 1 and X11 bitmap fonts, which are left out.
bool sdl_ttf_can_draw(FcPattern* pattern) {
    const std::string format = pattern_string(pattern, FC_FONTFORMAT);
    if (format != "TrueType" && format != "CFF") return false;
    std::error_code error;
    return std::filesystem::is_regular_file(pattern_string(pattern, FC_FILE), error);
}

bool pattern_covers(FcPattern* pattern, char32_t code_point) {
    FcCharSet* charset = nullptr;
    return FcPatternGetCharSet(pattern, FC_CHARSET, 0, &charset) == FcResultMatch &&
           FcCharSetHasChar(charset, static_cast<FcChar32>(code_point)) != FcFalse;
}

int weight_for(FontRole role) { return role == FontRole::bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR; }

std::string_view role_name(FontRole role) { return role == FontRole::bold ? "bold" : "regular"; }

struct PatternDeleter {
    void operator()(FcPattern* pattern) const { FcPatternDestroy(pattern); }
};
using PatternPtr = std::unique_ptr<FcPattern, PatternDeleter>;

struct FontSetDeleter {
    void operator()(FcFontSet* set) const { FcFontSetDestroy(set); }
};
using FontSetPtr = std::unique_ptr<FcFontSet, FontSetDeleter>;

struct CharSetDeleter {
    void operator()(FcCharSet* set) const { FcCharSetDestroy(set); }
};
using CharSetPtr = std::unique_ptr<FcCharSet, CharSetDeleter>;

}  // namespace

struct FontCatalog::Fontconfig {
    FcConfig* config = nullptr;
    std::string language;  // normalised for fontconfig ("zh-cn")

    ~Fontconfig() {
        if (config != nullptr) FcConfigDestroy(config);
    }

    // A pattern asking for `family` at the weight of `role`, with the configuration's
    // substitutions applied, as FcFontMatch and FcFontSort expect.
    PatternPtr request(const std::string& family, FontRole role,
                       std::optional<char32_t> must_have = std::nullopt,
                       bool colour = false) const {
        PatternPtr pattern{FcPatternCreate()};
        FcPatternAddString(pattern.get(), FC_FAMILY, fc_text(family));
        FcPatternAddInteger(pattern.get(), FC_WEIGHT, weight_for(role));
        if (!language.empty()) FcPatternAddString(pattern.get(), FC_LANG, fc_text(language));
        if (colour) FcPatternAddBool(pattern.get(), FC_COLOR, FcTrue);
        if (must_have) {
            CharSetPtr charset{FcCharSetCreate()};
            FcCharSetAddChar(charset.get(), static_cast<FcChar32>(*must_have));
            FcPatternAddCharSet(pattern.get(), FC_CHARSET, charset.get());
        }
        FcConfigSubstitute(config, pattern.get(), FcMatchPattern);
        FcDefaultSubstitute(pattern.get());
        return pattern;
    }

    PatternPtr match(FcPattern* pattern) const {
        FcResult result = FcResultNoMatch;
        return PatternPtr{FcFontMatch(config, pattern, &result)};
    }

    FontSetPtr sort(FcPattern* pattern) const {
        FcResult result = FcResultNoMatch;
        return FontSetPtr{FcFontSort(config, pattern, FcFalse, nullptr, &result)};
    }
};

struct FontCatalog::LoadedFace {
    FaceInfo info;
    CharSetPtr charset;
};

FontCatalog::FontCatalog(FontCatalogOptions options)
    : options_(std::move(options)), fontconfig_(std::make_unique<Fontconfig>()) {
    if (options_.font_directories) {
        fontconfig_->config = FcConfigCreate();
        for (const std::string& directory : *options_.font_directories) {
            FcConfigAppFontAddDir(fontconfig_->config, fc_text(directory));
        }
    } else {
        fontconfig_->config = FcInitLoadConfigAndFonts();
    }
    if (fontconfig_->config == nullptr) {
        warnings_.push_back("fontconfig could not load its configuration; only the last-resort "
                            "font files will be tried");
    }
    if (!options_.language.empty()) {
        FcChar8* normalised = FcLangNormalize(fc_text(options_.language));
        if (normalised != nullptr) {
            fontconfig_->language = reinterpret_cast<const char*>(normalised);
            FcStrFree(normalised);
        }
    }
    primary_.push_back(locate_primary(FontRole::regular));
    primary_.push_back(locate_primary(FontRole::bold));
    emoji_ = locate_emoji();
}

FontCatalog::~FontCatalog() = default;

const FaceInfo& FontCatalog::face(FaceId id) const { return faces_.at(id).info; }

std::size_t FontCatalog::face_count() const { return faces_.size(); }

FaceId FontCatalog::primary_face(FontRole role) { return primary_.at(static_cast<std::size_t>(role)); }

std::optional<FaceId> FontCatalog::emoji_face() { return emoji_; }

bool FontCatalog::face_covers(FaceId face, char32_t code_point) {
    const CharSetPtr& charset = faces_.at(face).charset;
    return charset && FcCharSetHasChar(charset.get(), static_cast<FcChar32>(code_point)) != FcFalse;
}

std::optional<FaceId> FontCatalog::find_or_add_face(void* fontconfig_pattern) {
    auto* pattern = static_cast<FcPattern*>(fontconfig_pattern);
    if (pattern == nullptr || !sdl_ttf_can_draw(pattern)) return std::nullopt;
    FaceInfo info;
    info.path = pattern_string(pattern, FC_FILE);
    info.index = pattern_int(pattern, FC_INDEX, 0);
    for (std::size_t id = 0; id < faces_.size(); ++id) {
        if (faces_[id].info.path == info.path && faces_[id].info.index == info.index) {
            return static_cast<FaceId>(id);
        }
    }
    info.family = pattern_string(pattern, FC_FAMILY);
    info.style = pattern_string(pattern, FC_STYLE);
    info.colour_bitmaps = pattern_bool(pattern, FC_COLOR, false) &&
                          !pattern_bool(pattern, FC_OUTLINE, true);
    FcCharSet* charset = nullptr;
    CharSetPtr owned;
    if (FcPatternGetCharSet(pattern, FC_CHARSET, 0, &charset) == FcResultMatch) {
        owned.reset(FcCharSetCopy(charset));
    }
    faces_.push_back({std::move(info), std::move(owned)});
    return static_cast<FaceId>(faces_.size() - 1);
}

std::optional<FaceId> FontCatalog::add_face_from_file(const std::string& path) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error)) return std::nullopt;
    int count = 0;
    PatternPtr pattern{FcFreeTypeQuery(fc_text(path), 0, nullptr, &count)};
    return find_or_add_face(pattern.get());
}

FaceId FontCatalog::locate_primary(FontRole role) {
    const std::string& family = options_.primary_family;
    if (fontconfig_->config != nullptr) {
        const PatternPtr wanted = fontconfig_->request(family, role);
        const PatternPtr found = fontconfig_->match(wanted.get());
        if (found) {
            if (const auto id = find_or_add_face(found.get())) {
                if (!has_family(found.get(), family)) {
                    warnings_.push_back("font family \"" + family + "\" (" +
                                        std::string{role_name(role)} +
                                        ") is not installed; using \"" + faces_[*id].info.family +
                                        "\" (" + faces_[*id].info.path + ") instead");
                }
                return *id;
            }
        }
    }
    for (const std::string& path : options_.last_resort_files) {
        if (const auto id = add_face_from_file(path)) {
            warnings_.push_back("fontconfig found no usable font for \"" + family +
                                "\"; using the file " + path);
            return *id;
        }
    }
    std::string tried;
    for (const std::string& path : options_.last_resort_files) tried += "\n  " + path;
    throw FontError("no usable font found: fontconfig matched no TrueType/OpenType font for \"" +
                    family + "\" and none of these files exists:" + tried +
                    "\nInstall the Debian package fonts-lato (or any TrueType font) and run "
                    "fc-cache.");
}

std::optional<FaceId> FontCatalog::installed_family(const std::vector<std::string>& families, FontRole role) {
    if (fontconfig_->config == nullptr) return std::nullopt;
    for (const std::string& family : families) {
        const PatternPtr wanted = fontconfig_->request(family, role);
        const PatternPtr found = fontconfig_->match(wanted.get());
        if (found && has_family(found.get(), family)) {
            if (const auto id = find_or_add_face(found.get())) return id;
        }
    }
    return std::nullopt;
}

std::optional<FaceId> FontCatalog::locate_emoji() {
    if (fontconfig_->config != nullptr) {
        const auto is_colour_emoji = [](FcPattern* pattern) {
            return pattern_bool(pattern, FC_COLOR, false) && pattern_covers(pattern, emoji_probe);
        };
        const PatternPtr wanted =
            fontconfig_->request("Noto Color Emoji", FontRole::regular, std::nullopt, true);
        const PatternPtr found = fontconfig_->match(wanted.get());
        if (found && is_colour_emoji(found.get())) {
            if (const auto id = find_or_add_face(found.get())) return id;
        }
        // Another colour emoji font will do.
        const PatternPtr any = fontconfig_->request("emoji", FontRole::regular, emoji_probe, true);
        const FontSetPtr sorted = fontconfig_->sort(any.get());
        for (int i = 0; sorted && i < sorted->nfont; ++i) {
            if (!is_colour_emoji(sorted->fonts[i])) continue;
            if (const auto id = find_or_add_face(sorted->fonts[i])) return id;
        }
    }
    warnings_.push_back("no colour emoji font found (Debian package fonts-noto-color-emoji); "
                        "emoji are drawn by text fonts where they can be");
    return std::nullopt;
}

std::optional<FaceId> FontCatalog::fallback_face(FontRole role, char32_t code_point) {
    const std::uint64_t key = (static_cast<std::uint64_t>(role) << 32U) | code_point;
    if (const auto cached = fallback_cache_.find(key); cached != fallback_cache_.end()) {
        return cached->second;
    }
    // The face first chosen for a script keeps serving it (one fontconfig query per script,
    // and a paragraph of CJK or Arabic stays in one font).
    const ScriptTag script = unicode::script_of(code_point);
    const auto script_key = std::make_pair(role, std::string{script.view()});
    std::optional<FaceId> found;
    if (!script.is_neutral()) {
        const auto known = script_faces_.find(script_key);
        if (known != script_faces_.end() && face_covers(known->second, code_point)) {
            found = known->second;
        }
    }
    if (!found) {
        found = query_fallback(role, code_point);
        if (found && !script.is_neutral()) script_faces_.emplace(script_key, *found);
    }
    fallback_cache_.emplace(key, found);
    return found;
}

std::optional<FaceId> FontCatalog::query_fallback(FontRole role, char32_t code_point) {
    if (fontconfig_->config == nullptr) return std::nullopt;
    const PatternPtr wanted = fontconfig_->request(options_.primary_family, role, code_point);
    const FontSetPtr sorted = fontconfig_->sort(wanted.get());
    if (!sorted) return std::nullopt;

    const auto& prefixes = options_.preferred_fallback_prefixes;
    const auto tier_of = [&](FcPattern* pattern) {
        const std::string family = pattern_string(pattern, FC_FAMILY);
        const bool special = family.find(" Mono") != std::string::npos ||
                             (family.size() > 3 && family.ends_with(" UI"));
        for (std::size_t tier = 0; tier < prefixes.size(); ++tier) {
            if (!special && family.starts_with(prefixes[tier])) return tier;
        }
        return prefixes.size();
    };
    FcPattern* best = nullptr;
    std::size_t best_tier = prefixes.size() + 1;
    for (int i = 0; i < sorted->nfont; ++i) {
        FcPattern* candidate = sorted->fonts[i];
        // Colour fonts are for emoji only: Noto Color Emoji also has digits, '#' and '*'.
        if (!pattern_covers(candidate, code_point) || pattern_bool(candidate, FC_COLOR, false) ||
            !sdl_ttf_can_draw(candidate)) {
            continue;
        }
        const std::size_t tier = tier_of(candidate);
        if (tier < best_tier) {
            best = candidate;
            best_tier = tier;
            if (tier == 0) break;
        }
    }
    return find_or_add_face(best);
}

}  // namespace kindling::text
