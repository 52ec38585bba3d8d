#include "yaml_scalars.hpp"

#include "unicode.hpp"

#include <array>
#include <cstring>

namespace kindling::yaml::detail {

namespace {

using StopTable = std::array<bool, 256>;

constexpr StopTable make_stops(std::string_view characters) {
    StopTable table{};
    for (const char c : characters) table[static_cast<unsigned char>(c)] = true;
    return table;
}

// Characters that end the fast scan over a line; each one needs a closer look.
constexpr StopTable plain_block_stops = make_stops(" \t\n:#");
constexpr StopTable plain_flow_stops = make_stops(" \t\n:#,[]{}");
constexpr StopTable double_quoted_stops = make_stops("\"\\\n");

std::size_t index_of(char c) noexcept { return static_cast<unsigned char>(c); }

std::string collection_word(const LineRule& rule) { return rule.flow_is_mapping ? "mapping" : "list"; }

[[noreturn]] void fail_unclosed_quote(SourcePosition start, const Cursor& cursor, const LineRule& rule) {
    if (cursor.at_end() || cursor.at_any_document_marker()) {
        fail(start, "the quoted text that starts here is never closed");
    }
    fail(start, "the quoted text that starts here is not closed before line " +
                    std::to_string(cursor.line()) +
                    "; close it on its line, or indent the lines that continue it by at least " +
                    std::to_string(rule.min_indent) + (rule.min_indent == 1 ? " space" : " spaces"));
}

// Steps from the line break at the cursor to the next line holding text and returns how many
// line breaks were crossed. A quoted scalar must go on there, so the end of the file, a
// document marker or too little indentation mean it was never closed.
int continue_quoted_scalar(Cursor& cursor, SourcePosition start, const LineRule& rule) {
    int breaks = 0;
    while (cursor.peek() == '\n') {
        cursor.next_line();
        ++breaks;
    }
    if (cursor.at_end() || cursor.at_any_document_marker() || cursor.indent() < rule.min_indent) {
        fail_unclosed_quote(start, cursor, rule);
    }
    return breaks;
}

// Folding: one line break between two lines of text reads as a space; each further (empty)
// line reads as a line break.
void append_fold(std::string& out, int breaks) {
    if (breaks == 1) out += ' ';
    else out.append(static_cast<std::size_t>(breaks - 1), '\n');
}

// The pointer-and-length append: the iterator-range overload goes through a slower replace.
void append_range(std::string& out, const char* begin, const char* end) {
    out.append(begin, static_cast<std::size_t>(end - begin));
}

const char* trim_trailing_blanks(const char* begin, const char* end) noexcept {
    while (end > begin && is_blank(end[-1])) --end;
    return end;
}

int hex_value(char c) noexcept {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Reads `digits` hex digits at `from`; returns -1 if there are not that many.
long read_hex(const char* from, const char* end, int digits) noexcept {
    if (end - from < digits) return -1;
    long value = 0;
    for (int i = 0; i < digits; ++i) {
        const int digit = hex_value(from[i]);
        if (digit < 0) return -1;
        value = value * 16 + digit;
    }
    return value;
}

// Decodes the escape whose backslash is at `at` (not an escaped line break), appends it and
// returns the first byte after it.
const char* decode_escape(const Cursor& cursor, const char* at, std::string& out) {
    const char* const end = cursor.end();
    const char e = at + 1 < end ? at[1] : '\0';
    switch (e) {
        case '0': out += '\0'; return at + 2;
        case 'a': out += '\a'; return at + 2;
        case 'b': out += '\b'; return at + 2;
        case 't': case '\t': out += '\t'; return at + 2;
        case 'n': out += '\n'; return at + 2;
        case 'v': out += '\v'; return at + 2;
        case 'f': out += '\f'; return at + 2;
        case 'r': out += '\r'; return at + 2;
        case 'e': out += '\x1B'; return at + 2;
        case ' ': out += ' '; return at + 2;
        case '"': out += '"'; return at + 2;
        case '/': out += '/'; return at + 2;
        case '\\': out += '\\'; return at + 2;
        case 'N': unicode::append_utf8(out, U'\u0085'); return at + 2;
        case '_': unicode::append_utf8(out, U'\u00A0'); return at + 2;
        case 'L': unicode::append_utf8(out, U'\u2028'); return at + 2;
        case 'P': unicode::append_utf8(out, U'\u2029'); return at + 2;
        case 'x': case 'u': case 'U': break;
        default: {
            if (e == '\0') fail(cursor.position_at(at), "the quoted text that starts here is never closed");
            std::string shown{"\\"};
            shown += unicode::prefix_code_points(
                std::string_view{at + 1, static_cast<std::size_t>(end - at - 1)}, 1);
            fail(cursor.position_at(at), "\"" + shown +
                                             "\" is not a valid escape in double-quoted text; "
                                             "to write a backslash, write it twice: \"\\\\\"");
        }
    }
    const int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
    const long value = read_hex(at + 2, end, digits);
    if (value < 0) {
        fail(cursor.position_at(at), std::string{"\"\\"} + e + "\" must be followed by " +
                                         std::to_string(digits) +
                                         " hexadecimal digits (0-9, A-F)");
    }
    const char* next = at + 2 + digits;
    auto code_point = static_cast<char32_t>(value);
    if (e == 'u' && code_point >= 0xD800 && code_point <= 0xDBFF) {
        // A UTF-16 surrogate pair, as JSON writes characters above U+FFFF.
        const long low = (end - next >= 2 && next[0] == '\\' && next[1] == 'u')
                             ? read_hex(next + 2, end, 4)
                             : -1;
        if (low >= 0xDC00 && low <= 0xDFFF) {
            code_point = 0x10000 + ((code_point - 0xD800) << 10) + (static_cast<char32_t>(low) - 0xDC00);
            next += 6;
        } else {
            fail(cursor.position_at(at), "this escape is half of a UTF-16 surrogate pair; write "
                                         "the character itself or as \\U and 8 hex digits");
        }
    } else if ((code_point >= 0xD800 && code_point <= 0xDFFF) || code_point > 0x10FFFF) {
        fail(cursor.position_at(at), "this escape does not name a Unicode character");
    }
    unicode::append_utf8(out, code_point);
    return next;
}

}  // namespace

void fail_flow_line_indent(const Cursor& cursor, const LineRule& rule) {
    const std::string close = rule.flow_is_mapping ? "\"}\"" : "\"]\"";
    const std::string spaces = std::to_string(rule.min_indent) + (rule.min_indent == 1 ? " space" : " spaces");
    if (cursor.peek() == (rule.flow_is_mapping ? '}' : ']')) {
        fail(cursor.position(), "this " + close + " closes the " + collection_word(rule) +
                                    " that starts at line " + std::to_string(rule.flow_start.line) +
                                    ", so it must be indented by at least " + spaces);
    }
    // Usually the closing bracket is missing and the next key was read as part of the list.
    fail(rule.flow_start, "the " + collection_word(rule) + " that starts here is not closed with " +
                              close + " before line " + std::to_string(cursor.line()) +
                              "; close it, or indent the lines that continue it by at least " +
                              std::to_string(rule.min_indent) +
                              (rule.min_indent == 1 ? " space" : " spaces"));
}

bool can_start_plain(const Cursor& cursor, bool in_flow) noexcept {
    switch (cursor.peek()) {
        case '\0': case '\n': case ' ': case '\t':
        case ',': case '[': case ']': case '{': case '}': case '#': case '&': case '*':
        case '!': case '|': case '>': case '\'': case '"': case '%': case '@': case '`':
            return false;
        case '-': case '?': case ':': {
            const char next = cursor.peek_at(1);
            return !(next == '\0' || is_blank_or_break(next) || (in_flow && is_flow_indicator(next)));
        }
        default:
            return true;
    }
}

void scan_plain(Cursor& cursor, const LineRule& rule, std::string& value, ScannedScalar& out) {
    const StopTable& stops = rule.in_flow ? plain_flow_stops : plain_block_stops;
    const char* const end = cursor.end();
    value.clear();
    out.multi_line = false;
    int breaks = 0;  // line breaks before the current line; 0 on the first line
    for (;;) {
        const char* const begin = cursor.here();
        const char* q = begin;
        const char* text_end = begin;
        bool stopped_in_line = false;
        for (;;) {
            const char* const run = q;
            while (q < end && !stops[index_of(*q)]) ++q;
            if (q != run) text_end = q;
            if (q == end || *q == '\n') break;
            const char c = *q;
            if (is_blank(c)) {
                ++q;
                continue;
            }
            if (c == '#') {
                if (q > begin && is_blank(q[-1])) {
                    stopped_in_line = true;
                    break;
                }
                text_end = ++q;
                continue;
            }
            if (c == ':') {
                const char next = q + 1 < end ? q[1] : '\0';
                if (next == '\0' || is_blank_or_break(next) || (rule.in_flow && is_flow_indicator(next))) {
                    stopped_in_line = true;
                    break;
                }
                text_end = ++q;
                continue;
            }
            stopped_in_line = true;  // a flow indicator
            break;
        }
        if (text_end == begin) return;  // a following line without text: the scalar ended before it
        if (breaks > 0) {
            append_fold(value, breaks);
            out.multi_line = true;
            out.last_line_start = cursor.position_at(begin);
        }
        append_range(value, begin, text_end);
        out.text_end = text_end;
        if (stopped_in_line) {
            cursor.move_to(text_end);
            return;
        }
        cursor.move_to(q);
        breaks = 0;
        while (cursor.peek() == '\n') {
            cursor.next_line();
            ++breaks;
        }
        if (cursor.at_end() || cursor.peek() == '#' || cursor.at_any_document_marker()) return;
        if (cursor.indent() < rule.min_indent) {
            if (rule.in_flow) fail_flow_line_indent(cursor, rule);
            return;
        }
    }
}

void scan_single_quoted(Cursor& cursor, const LineRule& rule, std::string& value, ScannedScalar& out) {
    const SourcePosition start = cursor.position();
    const char* const end = cursor.end();
    value.clear();
    out.multi_line = false;
    cursor.advance();
    for (;;) {
        const char* const begin = cursor.here();
        const char* q = begin;
        while (q < end && *q != '\'' && *q != '\n') ++q;
        if (q == end) fail_unclosed_quote(start, cursor, rule);
        if (*q == '\'') {
            if (q + 1 < end && q[1] == '\'') {  // '' stands for one quote
                append_range(value, begin, q + 1);
                cursor.move_to(q + 2);
                continue;
            }
            append_range(value, begin, q);
            cursor.move_to(q + 1);
            return;
        }
        append_range(value, begin, trim_trailing_blanks(begin, q));
        cursor.move_to(q);
        append_fold(value, continue_quoted_scalar(cursor, start, rule));
        out.multi_line = true;
    }
}

void scan_double_quoted(Cursor& cursor, const LineRule& rule, std::string& value, ScannedScalar& out) {
    const SourcePosition start = cursor.position();
    const char* const end = cursor.end();
    value.clear();
    out.multi_line = false;
    cursor.advance();
    for (;;) {
        const char* const begin = cursor.here();
        const char* q = begin;
        while (q < end && !double_quoted_stops[index_of(*q)]) ++q;
        if (q == end) fail_unclosed_quote(start, cursor, rule);
        if (*q == '"') {
            append_range(value, begin, q);
            cursor.move_to(q + 1);
            return;
        }
        if (*q == '\\') {
            append_range(value, begin, q);
            if (q + 1 < end && q[1] == '\n') {
                // An escaped line break joins the lines without a space; empty lines between
                // them still read as line breaks.
                cursor.move_to(q + 1);
                cursor.next_line();
                while (cursor.peek() == '\n') {
                    value += '\n';
                    cursor.next_line();
                }
                if (cursor.at_end() || cursor.at_any_document_marker() ||
                    cursor.indent() < rule.min_indent) {
                    fail_unclosed_quote(start, cursor, rule);
                }
                out.multi_line = true;
                continue;
            }
            cursor.move_to(decode_escape(cursor, q, value));
            continue;
        }
        append_range(value, begin, trim_trailing_blanks(begin, q));
        cursor.move_to(q);
        append_fold(value, continue_quoted_scalar(cursor, start, rule));
        out.multi_line = true;
    }
}

void scan_block_scalar(Cursor& cursor, int parent_indent, std::string& value, ScannedScalar& out,
                       ScalarStyle& style) {
    const char indicator = cursor.peek();
    const bool literal = indicator == '|';
    style = literal ? ScalarStyle::literal : ScalarStyle::folded;
    value.clear();
    out.multi_line = true;
    cursor.advance();

    int explicit_indent = 0;
    char chomping = ' ';  // ' ' clip, '-' strip, '+' keep
    for (int i = 0; i < 2; ++i) {
        const char c = cursor.peek();
        if (c >= '1' && c <= '9' && explicit_indent == 0) {
            explicit_indent = c - '0';
        } else if ((c == '-' || c == '+') && chomping == ' ') {
            chomping = c;
        } else if (c == '0') {
            fail(cursor.position(), "the indentation number after \"" + std::string(1, indicator) +
                                        "\" must be 1 to 9");
        } else {
            break;
        }
        cursor.advance();
    }
    if (!cursor.at_end() && cursor.peek() != '\n') {
        const bool separated = is_blank(cursor.peek());
        cursor.skip_blanks();
        if (separated && cursor.peek() == '#') {
            cursor.skip_to_line_end();
        } else if (!cursor.at_end() && cursor.peek() != '\n') {
            fail(cursor.position(), "text cannot follow \"" + std::string(1, indicator) +
                                        "\" on its line; start the text on the next line, indented");
        }
    }

    // An explicit indentation counts from the block that holds the scalar.
    int content_indent = explicit_indent > 0 ? parent_indent + explicit_indent : -1;
    int widest_leading_blank = -1;
    SourcePosition widest_leading_blank_at;
    int empty_lines = 0;  // empty lines since the last line of text
    // YAML ends a block scalar at a white-space line that holds a tab and is indented less than
    // the text. Editors leave such lines inside texts, so one followed by more text counts as
    // an empty line; at the end the empty lines after it are not the scalar's (keep chomping).
    int empty_lines_before_tab_line = -1;
    bool any_text = false;
    bool last_text_had_break = false;
    bool previous_more_indented = false;

    while (!cursor.at_end()) {
        cursor.next_line();  // the cursor is on a line break here
        if (cursor.at_any_document_marker()) break;
        const bool blank = cursor.at_end() || cursor.peek() == '\n';
        const bool tab_line = blank && cursor.tab_in_indent() &&
                              (content_indent < 0 || cursor.indent() < content_indent);
        if (tab_line || (blank && !cursor.tab_in_indent() &&
                         (content_indent < 0 || cursor.indent() <= content_indent))) {
            if (content_indent < 0 && cursor.indent() > widest_leading_blank) {
                widest_leading_blank = cursor.indent();
                widest_leading_blank_at = cursor.position();
            }
            if (tab_line && empty_lines_before_tab_line < 0) empty_lines_before_tab_line = empty_lines;
            if (cursor.at_end()) break;
            ++empty_lines;
            continue;
        }
        if (content_indent < 0) {
            if (cursor.indent() <= parent_indent) break;
            content_indent = cursor.indent();
            if (widest_leading_blank > content_indent) {
                fail(widest_leading_blank_at,
                     "this empty line has more spaces than the first line of the text below it");
            }
        }
        if (cursor.indent() < content_indent) break;

        const char* const from = cursor.line_start() + content_indent;
        cursor.move_to(from);
        cursor.skip_to_line_end();
        const char* const line_end = cursor.here();
        const bool more_indented = is_blank(*from);
        if (!any_text) {
            value.append(static_cast<std::size_t>(empty_lines), '\n');
        } else if (literal || previous_more_indented || more_indented) {
            value.append(static_cast<std::size_t>(empty_lines) + 1, '\n');
        } else {
            append_fold(value, empty_lines + 1);
        }
        append_range(value, from, line_end);
        any_text = true;
        previous_more_indented = more_indented;
        empty_lines = 0;
        empty_lines_before_tab_line = -1;
        last_text_had_break = !cursor.at_end();
    }

    if (chomping == '-') return;
    if (any_text && last_text_had_break) value += '\n';
    if (empty_lines_before_tab_line >= 0) empty_lines = empty_lines_before_tab_line;
    if (chomping == '+') value.append(static_cast<std::size_t>(empty_lines), '\n');
}

}  // namespace kindling::yaml::detail
