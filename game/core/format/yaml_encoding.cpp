#include "core/format/yaml_encoding.hpp"

#include "core/text/unicode.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

namespace kindling::yaml::detail {

namespace {

unsigned char byte_at(std::string_view text, std::size_t i) noexcept {
    return static_cast<unsigned char>(text[i]);
}

bool starts_with_bytes(std::string_view text, std::string_view prefix) noexcept {
    return text.substr(0, prefix.size()) == prefix;
}

// UTF-16 or UTF-32 text read as bytes: a foreign byte order mark, or the NUL pattern that ASCII
// text has in those encodings right from the start (every other byte in UTF-16, three of every
// four in UTF-32). Returns the bit width, or 0 for text that is not in one of those encodings;
// NUL bytes in any other pattern are reported where they stand, as control characters.
int wide_encoding_width(std::string_view text) noexcept {
    using namespace std::string_view_literals;
    if (starts_with_bytes(text, "\xFF\xFE\0\0"sv) || starts_with_bytes(text, "\0\0\xFE\xFF"sv)) {
        return 32;
    }
    if (starts_with_bytes(text, "\xFF\xFE"sv) || starts_with_bytes(text, "\xFE\xFF"sv)) return 16;
    const std::size_t sample = std::min<std::size_t>(text.size(), 64) / 4 * 4;
    if (sample < 4) return 0;
    std::size_t nul_at[4] = {0, 0, 0, 0};  // NUL bytes by position modulo 4
    for (std::size_t i = 0; i < sample; ++i) {
        if (text[i] == '\0') ++nul_at[i % 4];
    }
    const std::size_t per_slot = sample / 4;
    // Mostly rather than all: letters beyond ASCII fill some of the NUL bytes.
    const auto all = [&](std::size_t slot) { return nul_at[slot] * 4 >= per_slot * 3; };
    const auto none = [&](std::size_t slot) { return nul_at[slot] * 4 <= per_slot; };
    if ((none(0) && all(1) && all(2) && all(3)) || (all(0) && all(1) && all(2) && none(3))) return 32;
    if ((none(0) && all(1) && none(2) && all(3)) || (all(0) && none(1) && all(2) && none(3))) return 16;
    return 0;
}

// YAML 1.2's printable set, minus NEL (U+0085): YAML 1.1 reads NEL as a line break and 1.2 does
// not, so readers disagree on what a file with one means.
bool is_allowed_non_ascii(char32_t c) noexcept {
    if (c >= 0x80 && c <= 0x9F) return false;
    return c != 0xFFFE && c != 0xFFFF;
}

std::string hex_byte(unsigned char b) {
    constexpr char digits[] = "0123456789ABCDEF";
    return std::string{"0x"} + digits[b >> 4] + digits[b & 0xF];
}

// The common case, checked fast: valid UTF-8 made of allowed characters. Only when this
// fails does the slower pass run that tracks lines and columns for the messages.
bool is_clean(std::string_view text, std::size_t from) noexcept {
    static constexpr auto allowed_ascii = [] {
        std::array<bool, 256> table{};
        for (std::size_t c = 0x20; c < 0x7F; ++c) table[c] = true;
        table['\t'] = table['\n'] = table['\r'] = true;
        return table;
    }();
    constexpr std::uint64_t ones = 0x0101010101010101u;
    constexpr std::uint64_t high_bits = 0x8080808080808080u;
    const std::size_t size = text.size();
    std::size_t i = from;
    while (i < size) {
        std::size_t stop = size;
        if (size - i >= 8) {
            // Eight printable ASCII bytes at once: none below 0x20, none at 0x7F or above.
            std::uint64_t word = 0;
            std::memcpy(&word, text.data() + i, sizeof word);
            if ((((word - 0x20 * ones) | (word + ones) | word) & high_bits) == 0) {
                i += 8;
                continue;
            }
            stop = i + 8;
        }
        while (i < stop && allowed_ascii[static_cast<unsigned char>(text[i])]) ++i;
        if (i == stop) continue;
        if (static_cast<unsigned char>(text[i]) < 0x80) return false;
        const unicode::Decoded decoded = unicode::decode(text, i);
        if (!decoded.valid || !is_allowed_non_ascii(decoded.code_point)) return false;
        i += decoded.length;
    }
    return true;
}

}  // namespace

EncodingCheck check_encoding(std::string_view text, DiagnosticList& diagnostics) {
    EncodingCheck result;
    if (const int width = wide_encoding_width(text); width != 0) {
        diagnostics.error({}, Message{"problems.file.wide_encoding", {{"width", std::to_string(width)}}});
        return result;
    }
    if (starts_with_bytes(text, "\xEF\xBB\xBF")) result.bom_length = 3;
    if (is_clean(text, result.bom_length)) {
        result.ok = true;
        return result;
    }

    bool ok = true;
    int line = 1;
    int column = 1;
    const std::size_t size = text.size();
    std::size_t i = result.bom_length;
    while (i < size) {
        const unsigned char b = byte_at(text, i);
        if (b >= 0x20 && b < 0x7F) {  // the common case: printable ASCII
            ++i;
            ++column;
            continue;
        }
        if (b == '\n' || b == '\r') {
            i += (b == '\r' && i + 1 < size && text[i + 1] == '\n') ? 2u : 1u;
            ++line;
            column = 1;
            continue;
        }
        if (b == '\t') {
            ++i;
            ++column;
            continue;
        }
        if (b < 0x80) {
            ok = false;
            if (!diagnostics.full()) {
                diagnostics.error({line, column}, Message{"problems.file.control_character",
                                                          {{"character", unicode::code_point_name(b)}}});
            }
            ++i;
            ++column;
            continue;
        }
        const unicode::Decoded decoded = unicode::decode(text, i);
        if (!decoded.valid) {
            ok = false;
            if (!diagnostics.full()) {
                diagnostics.error({line, column}, Message{"problems.file.not_utf8", {{"byte", hex_byte(b)}}});
            }
        } else if (!is_allowed_non_ascii(decoded.code_point)) {
            ok = false;
            if (!diagnostics.full()) {
                const bool control = decoded.code_point <= 0x9F;
                diagnostics.error({line, column},
                                  Message{control ? "problems.file.control_character" : "problems.file.character",
                                          {{"character", unicode::code_point_name(decoded.code_point)}}});
            }
        }
        i += decoded.length;
        ++column;
    }
    result.ok = ok;
    return result;
}

bool has_carriage_return(std::string_view text) noexcept {
    return !text.empty() && std::memchr(text.data(), '\r', text.size()) != nullptr;
}

std::string normalize_line_breaks(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\r') {
            out += text[i];
            continue;
        }
        out += '\n';
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    }
    return out;
}

}  // namespace kindling::yaml::detail
