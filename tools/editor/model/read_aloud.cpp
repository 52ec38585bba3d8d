#include "read_aloud.hpp"

#include "core/text/unicode.hpp"

#include <algorithm>
#include <cmath>

namespace kindling::editor {

namespace {

bool is_cjk(char32_t c) noexcept {
    return (c >= 0x3040 && c <= 0x30FF) ||   // Hiragana, Katakana
           (c >= 0x3400 && c <= 0x9FFF) ||   // CJK ideographs
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3134F);
}

bool is_word_character(char32_t c) noexcept {
    if (c < 0x80) return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9') || c == U'\'';
    // Letters of other scripts; symbols and emoji are not spoken.
    return c >= 0xC0 && c < 0x2000 && c != 0xD7 && c != 0xF7;
}

bool ends_sentence(char32_t c) noexcept {
    return c == U'.' || c == U'?' || c == U'!' || c == 0x2026 || c == 0x3002 || c == 0xFF1F || c == 0xFF01;
}

}  // namespace

int estimated_read_aloud_seconds(std::string_view text) {
    double words = 0;
    double cjk_characters = 0;
    double pauses = 0;
    bool in_word = false;
    bool after_sentence_end = false;
    for (std::size_t offset = 0; offset < text.size();) {
        const unicode::Decoded d = unicode::decode(text, offset);
        offset += d.length;
        const char32_t c = d.code_point;
        if (is_cjk(c)) {
            cjk_characters += 1;
            in_word = false;
        } else if (is_word_character(c)) {
            if (!in_word) words += 1;
            in_word = true;
        } else {
            in_word = false;
        }
        if (ends_sentence(c)) {
            if (!after_sentence_end) pauses += 1;
            after_sentence_end = true;
        } else if (c != U' ') {
            after_sentence_end = false;
        }
    }
    const double seconds = words / 2.5 + cjk_characters / 4.5 + std::max(0.0, pauses - 1) * 0.5;
    return std::max(1, static_cast<int>(std::lround(seconds)));
}

}  // namespace kindling::editor
