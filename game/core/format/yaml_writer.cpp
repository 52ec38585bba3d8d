#include "core/format/yaml_writer.hpp"

#include "core/text/unicode.hpp"

#include <algorithm>
#include <array>

namespace kindling::yaml {

namespace {

void append_hex_escape(std::string& out, char prefix, char32_t code_point, int digits) {
    constexpr char hex[] = "0123456789ABCDEF";
    out += '\\';
    out += prefix;
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += hex[(code_point >> shift) & 0xF];
}

bool needs_escape(char32_t c) {
    // YAML's printable set minus what is safer escaped: C0/C1 controls, DEL, line and paragraph
    // separators (editors show them as line breaks), the BOM, and non-characters.
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029 ||
           c == 0xFEFF || c == 0xFFFE || c == 0xFFFF;
}

}  // namespace

std::string quote(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 2);
    out += '"';
    for (std::size_t i = 0; i < text.size();) {
        const unicode::Decoded d = unicode::decode(text, i);
        const char32_t c = d.valid ? d.code_point : unicode::replacement_character;
        i += d.length;
        switch (c) {
            case '"': out += "\\\""; continue;
            case '\\': out += "\\\\"; continue;
            case '\n': out += "\\n"; continue;
            case '\t': out += "\\t"; continue;
            case '\r': out += "\\r"; continue;
            default: break;
        }
        if (needs_escape(c)) {
            if (c <= 0xFF) append_hex_escape(out, 'x', c, 2);
            else append_hex_escape(out, 'u', c, 4);
        } else {
            unicode::append_utf8(out, c);
        }
    }
    out += '"';
    return out;
}

std::string plain_or_quoted(std::string_view text) {
    static constexpr std::array<std::string_view, 22> special{
        "null", "Null", "NULL", "~",     "true", "True", "TRUE", "false", "False", "FALSE", "yes",
        "Yes",  "YES",  "no",   "No",    "NO",   "on",   "On",   "ON",    "off",   "Off",   "OFF"};
    const bool safe_characters = !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '-' || c == '_' || c == '.';
    });
    const bool looks_numeric = !text.empty() && ((text[0] >= '0' && text[0] <= '9') ||
                                                 text[0] == '-' || text[0] == '.' || text[0] == '_');
    const bool is_special = std::find(special.begin(), special.end(), text) != special.end();
    if (safe_characters && !looks_numeric && !is_special) return std::string(text);
    return quote(text);
}

}  // namespace kindling::yaml
