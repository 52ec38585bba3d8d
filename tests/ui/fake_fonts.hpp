#pragma once
// Font stand-ins with simple arithmetic, so layout tests can state exact expectations:
// at pixel size P, a Latin letter is P/2 wide, an ideograph or emoji P wide, and combining
// marks, joiners and selectors nothing. Every face has ascent 0.8 P, descent 0.2 P and line
// skip 1.2 P.

#include "ui/text/font_interfaces.hpp"
#include "ui/text/unicode_properties.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace kindling::text::testing {

enum FakeFace : FaceId { latin = 0, latin_bold = 1, cjk = 2, emoji = 3, hebrew_arabic = 4 };

inline bool in(char32_t c, char32_t first, char32_t last) { return c >= first && c <= last; }

inline bool is_cjk(char32_t c) {
    return in(c, U'\u3000', U'\u9FFF') || in(c, U'\uAC00', U'\uD7AF') || in(c, U'\uFF00', U'\uFFEF');
}

inline bool is_zero_width(char32_t c) {
    return in(c, U'\u0300', U'\u036F') || unicode::is_default_ignorable(c) ||
           unicode::is_emoji_modifier(c) || c == U'\u20E3';
}

class FakeFonts final : public FontResolver, public TextMeasurer {
public:
    FaceId primary_face(FontRole role) override {
        return role == FontRole::bold ? latin_bold : latin;
    }
    std::optional<FaceId> emoji_face() override {
        return has_emoji_face ? std::optional<FaceId>{emoji} : std::nullopt;
    }
    bool face_covers(FaceId face, char32_t c) override {
        switch (face) {
            case latin:
            case latin_bold:
                return c < U'\u0590' || in(c, U'\u2000', U'\u206F');
            case cjk:
                return is_cjk(c) || c == U' ';
            case emoji:
                return c >= U'\U0001F000' || c == U'\u200D' || c == U'\uFE0F' || c == U'\u2764';
            case hebrew_arabic:
                return in(c, U'\u0590', U'\u06FF') || c == U' ' || in(c, U'0', U'9');
            default:
                return false;
        }
    }
    std::optional<FaceId> fallback_face(FontRole, char32_t c) override {
        if (is_cjk(c)) return cjk;
        if (in(c, U'\u0590', U'\u06FF')) return hebrew_arabic;
        return std::nullopt;
    }

    FaceMetrics metrics(FaceId, int pixel_size) override {
        return {pixel_size * 8 / 10, pixel_size * 2 / 10, pixel_size * 12 / 10};
    }
    int advance(const ShapingRun& run, std::string_view utf8) override {
        shaped.push_back({run, std::string{utf8}});
        int width = 0;
        for (const auto& decoded : unicode::decode_utf8(utf8)) {
            const char32_t c = decoded.code_point;
            if (is_zero_width(c)) continue;
            width += (is_cjk(c) || c >= U'\U0001F000') ? run.pixel_size : run.pixel_size / 2;
        }
        return width;
    }

    struct Shaped {
        ShapingRun run;
        std::string text;
    };
    std::vector<Shaped> shaped;  // every advance() call, to check directions and scripts
    bool has_emoji_face = true;
};

}  // namespace kindling::text::testing
