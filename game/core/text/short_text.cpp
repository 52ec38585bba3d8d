#include "core/text/short_text.hpp"

#include "core/text/unicode.hpp"

namespace kindling {

namespace {

bool is_space(char32_t c) {
    return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\v' || c == U'\f' || c == U'\u0085' ||
           c == U'\u00A0' || c == U'\u1680' || (c >= U'\u2000' && c <= U'\u200A') || c == U'\u2028' ||
           c == U'\u2029' || c == U'\u202F' || c == U'\u205F' || c == U'\u3000';
}

// Characters that are never shown: controls, the byte order mark and the marks, embeddings,
// overrides and isolates that reorder the text around them.
bool is_dropped(char32_t c) {
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return true;
    return c == U'\uFEFF' || c == U'\u200E' || c == U'\u200F' || c == U'\u061C' || (c >= U'\u202A' && c <= U'\u202E') ||
           (c >= U'\u2066' && c <= U'\u2069');
}

}  // namespace

std::string clean_short_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool pending_space = false;
    for (std::size_t at = 0; at < text.size();) {
        const unicode::Decoded decoded = unicode::decode(text, at);
        at += decoded.length;
        if (!decoded.valid) continue;
        if (is_space(decoded.code_point)) {
            pending_space = !out.empty();
            continue;
        }
        if (is_dropped(decoded.code_point)) continue;
        if (pending_space) out.push_back(' ');
        pending_space = false;
        unicode::append_utf8(out, decoded.code_point);
    }
    return out;
}

std::optional<std::string> accept_short_text(std::string_view text, std::size_t max_chars) {
    std::string cleaned = clean_short_text(text);
    if (cleaned.empty() || unicode::code_point_count(cleaned) > max_chars) return std::nullopt;
    return cleaned;
}

}  // namespace kindling
