#pragma once
// Finds the fonts the game and the editor draw with through fontconfig: the primary family for
// each role, the colour emoji face, and per-character fallback faces for scripts the primary
// family lacks (Arabic, Hebrew, Devanagari, CJK, Thai...). Knows nothing about SDL; answers
// FontResolver, and gives the editor the font files for Dear ImGui's atlas.

#include "ui/text/font_interfaces.hpp"
#include "ui/text/text_types.hpp"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace kindling::text {

struct FaceInfo {
    std::string path;
    int index = 0;  // face index inside a collection (.ttc)
    std::string family;
    std::string style;
    bool colour_bitmaps = false;  // fixed-size colour bitmaps (Noto Color Emoji): open at size 0
    friend bool operator==(const FaceInfo&, const FaceInfo&) = default;
};

struct FontCatalogOptions {
    std::string primary_family = "Lato";
    // BCP 47 language of the text, e.g. "ja" makes Han characters use Japanese glyph forms.
    std::string language = "en";
    // Among fonts that have a missing character, prefer these families (by name prefix, in
    // order) so fallback text looks alike across scripts; other fonts are still used.
    std::vector<std::string> preferred_fallback_prefixes = {"Noto Sans", "Noto"};
    // When set, only fonts in these folders are considered (fontconfig's system configuration
    // is not loaded). Used by tests and by builds that ship their own fonts.
    std::optional<std::vector<std::string>> font_directories;
    // Tried in order when fontconfig finds no primary font at all.
    std::vector<std::string> last_resort_files = {
        "/usr/share/fonts/truetype/lato/Lato-Regular.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    };
};

class FontCatalog final : public FontResolver {
public:
    // Throws FontError, naming what was tried, when no usable font exists at all.
    explicit FontCatalog(FontCatalogOptions options = {});
    ~FontCatalog() override;
    FontCatalog(const FontCatalog&) = delete;
    FontCatalog& operator=(const FontCatalog&) = delete;

    FaceId primary_face(FontRole role) override;
    std::optional<FaceId> emoji_face() override;
    bool face_covers(FaceId face, char32_t code_point) override;
    std::optional<FaceId> fallback_face(FontRole role, char32_t code_point) override;

    // The first of `families` that is installed, at the weight of `role`; exact family names
    // only, so that a missing family is noticed rather than silently replaced.
    std::optional<FaceId> installed_family(const std::vector<std::string>& families, FontRole role);

    const FaceInfo& face(FaceId id) const;
    std::size_t face_count() const;
    const FontCatalogOptions& options() const { return options_; }
    // Things the player may want to fix (a family not installed, no colour emoji font...),
    // one message each, for the game's log.
    const std::vector<std::string>& warnings() const { return warnings_; }

private:
    struct Fontconfig;
    struct LoadedFace;

    std::optional<FaceId> find_or_add_face(void* fontconfig_pattern);
    std::optional<FaceId> add_face_from_file(const std::string& path);
    FaceId locate_primary(FontRole role);
    std::optional<FaceId> locate_emoji();
    std::optional<FaceId> query_fallback(FontRole role, char32_t code_point);

    FontCatalogOptions options_;
    std::unique_ptr<Fontconfig> fontconfig_;
    std::vector<LoadedFace> faces_;
    std::vector<FaceId> primary_;  // per role
    std::map<std::pair<FontRole, std::string>, FaceId> script_faces_;  // by role and script
    std::optional<FaceId> emoji_;
    std::unordered_map<std::uint64_t, std::optional<FaceId>> fallback_cache_;
    std::vector<std::string> warnings_;
};

}  // namespace kindling::text
