#include "ui/text/unicode_properties.hpp"

#include "core/text/unicode.hpp"

#define U_SHOW_CPLUSPLUS_API 0
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>

#include <cstdint>
#include <memory>

namespace kindling::text::unicode {
namespace {

struct BreakIteratorCloser {
    void operator()(UBreakIterator* iterator) const { ubrk_close(iterator); }
};
using BreakIteratorPtr = std::unique_ptr<UBreakIterator, BreakIteratorCloser>;

// Opening an ICU break iterator loads its rules; reusing one per thread keeps layout cheap.
UBreakIterator* grapheme_iterator() {
    thread_local BreakIteratorPtr iterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        BreakIteratorPtr opened{ubrk_open(UBRK_CHARACTER, "", nullptr, 0, &status)};
        return U_SUCCESS(status) ? std::move(opened) : BreakIteratorPtr{};
    }();
    return iterator.get();
}

// Every code point its own cluster: what we fall back to if ICU cannot run (no data file).
std::vector<std::size_t> code_point_boundaries(std::string_view utf8) {
    std::vector<std::size_t> boundaries;
    for (const auto& decoded : decode_utf8(utf8)) boundaries.push_back(decoded.offset);
    boundaries.push_back(utf8.size());
    return boundaries;
}

}  // namespace

std::vector<std::size_t> grapheme_boundaries(std::string_view utf8) {
    if (utf8.empty()) return {0};
    UBreakIterator* iterator = grapheme_iterator();
    if (iterator == nullptr) return code_point_boundaries(utf8);

    UErrorCode status = U_ZERO_ERROR;
    UText* text = utext_openUTF8(nullptr, utf8.data(), static_cast<std::int64_t>(utf8.size()),
                                 &status);
    ubrk_setUText(iterator, text, &status);
    if (U_FAILURE(status)) {
        utext_close(text);
        return code_point_boundaries(utf8);
    }
    // For UTF-8 UText, ICU's "native" indices are byte offsets.
    std::vector<std::size_t> boundaries;
    for (std::int32_t at = ubrk_first(iterator); at != UBRK_DONE; at = ubrk_next(iterator)) {
        boundaries.push_back(static_cast<std::size_t>(at));
    }
    // Detach the iterator from the text before the UText goes away.
    UErrorCode reset_status = U_ZERO_ERROR;
    ubrk_setText(iterator, nullptr, 0, &reset_status);
    utext_close(text);
    return boundaries;
}

std::string sanitize_utf8(std::string_view text) {
    if (kindling::unicode::is_valid_utf8(text)) return std::string{text};
    std::string clean;
    clean.reserve(text.size() + 8);
    for (std::size_t at = 0; at < text.size();) {
        const auto decoded = kindling::unicode::decode(text, at);
        kindling::unicode::append_utf8(
            clean, decoded.valid ? decoded.code_point : kindling::unicode::replacement_character);
        at += decoded.length;
    }
    return clean;
}

std::vector<CodePointAt> decode_utf8(std::string_view utf8) {
    std::vector<CodePointAt> code_points;
    code_points.reserve(utf8.size());
    for (std::size_t at = 0; at < utf8.size();) {
        const auto decoded = kindling::unicode::decode(utf8, at);
        code_points.push_back({decoded.code_point, at});
        at += decoded.length;
    }
    return code_points;
}

ScriptTag script_of(char32_t code_point) {
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(static_cast<UChar32>(code_point), &status);
    if (U_FAILURE(status)) return ScriptTag{"Zzzz"};
    const char* name = uscript_getShortName(script);
    return name != nullptr ? ScriptTag{name} : ScriptTag{"Zzzz"};
}

bool is_emoji(char32_t code_point) {
    return u_hasBinaryProperty(static_cast<UChar32>(code_point), UCHAR_EMOJI) != 0;
}

bool has_emoji_presentation(char32_t code_point) {
    return u_hasBinaryProperty(static_cast<UChar32>(code_point), UCHAR_EMOJI_PRESENTATION) != 0;
}

bool is_extended_pictographic(char32_t code_point) {
    return u_hasBinaryProperty(static_cast<UChar32>(code_point), UCHAR_EXTENDED_PICTOGRAPHIC) !=
           0;
}

bool is_emoji_modifier(char32_t code_point) {
    return u_hasBinaryProperty(static_cast<UChar32>(code_point), UCHAR_EMOJI_MODIFIER) != 0;
}

bool is_regional_indicator(char32_t code_point) {
    return u_hasBinaryProperty(static_cast<UChar32>(code_point), UCHAR_REGIONAL_INDICATOR) != 0;
}

bool is_default_ignorable(char32_t code_point) {
    return u_hasBinaryProperty(static_cast<UChar32>(code_point),
                               UCHAR_DEFAULT_IGNORABLE_CODE_POINT) != 0;
}

bool is_hanging_space(char32_t code_point) {
    // U+00A0 and U+202F (no-break spaces) and U+2007 (figure space) are excluded on purpose:
    // they glue words together and must keep their width.
    switch (code_point) {
        case U' ':
        case U'\t':
        case U'\u1680':
        case U'\u205F':
        case U'\u3000':
            return true;
        default:
            return code_point >= U'\u2000' && code_point <= U'\u200A' && code_point != U'\u2007';
    }
}

}  // namespace kindling::text::unicode
