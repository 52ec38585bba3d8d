#pragma once
// Internal to the YAML reader: a forward-only position in checked text (valid UTF-8, LF line
// breaks, no control characters) that knows its line, the line's indentation and, on demand,
// its column in code points.

#include "diagnostics.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace kindling::yaml::detail {

// The first problem found; read_document turns it into the one syntax diagnostic and stops.
struct SyntaxError {
    SourcePosition position;
    std::string message;
};

[[noreturn]] void fail(SourcePosition position, std::string message);

inline bool is_blank(char c) noexcept { return c == ' ' || c == '\t'; }
inline bool is_blank_or_break(char c) noexcept { return c == ' ' || c == '\t' || c == '\n'; }
inline bool is_flow_indicator(char c) noexcept {
    return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
}

class Cursor {
public:
    explicit Cursor(std::string_view text) noexcept;

    [[nodiscard]] bool at_end() const noexcept { return p_ == end_; }
    // The character at the cursor, or '\0' at the end (checked text holds no NUL).
    [[nodiscard]] char peek() const noexcept { return p_ < end_ ? *p_ : '\0'; }
    [[nodiscard]] char peek_at(std::size_t ahead) const noexcept {
        return ahead < static_cast<std::size_t>(end_ - p_) ? p_[ahead] : '\0';
    }
    [[nodiscard]] const char* here() const noexcept { return p_; }
    [[nodiscard]] const char* end() const noexcept { return end_; }

    // Moves within the current line; never over a line break.
    void advance(std::size_t bytes = 1) noexcept { p_ += bytes; }
    void move_to(const char* p) noexcept { p_ = p; }
    void skip_blanks() noexcept;
    void skip_to_line_end() noexcept;
    // Steps over the line break at the cursor and the next line's leading spaces and tabs.
    void next_line() noexcept;

    [[nodiscard]] int line() const noexcept { return line_; }
    [[nodiscard]] const char* line_start() const noexcept { return line_start_; }
    // Leading spaces of the current line.
    [[nodiscard]] int indent() const noexcept { return indent_; }
    // A tab among the white space before the current line's first character.
    [[nodiscard]] bool tab_in_indent() const noexcept { return tab_in_indent_; }
    // Where the current line's first character after its leading white space is.
    [[nodiscard]] const char* content_start() const noexcept { return content_start_; }
    // True while nothing but white space precedes the cursor on its line.
    [[nodiscard]] bool at_line_head() const noexcept { return p_ == content_start_; }
    // A "---" or "..." marker at column 1 followed by white space, a break or the end.
    [[nodiscard]] bool at_document_marker(char marker) const noexcept;
    [[nodiscard]] bool at_any_document_marker() const noexcept {
        return at_document_marker('-') || at_document_marker('.');
    }

    [[nodiscard]] SourcePosition position() const noexcept { return position_at(p_); }
    // Position of a point on the current line. Columns are counted from a cached point, so
    // asking in increasing order (as the parser does) costs linear time per line in total.
    [[nodiscard]] SourcePosition position_at(const char* at) const noexcept;

private:
    void start_line() noexcept;

    const char* p_;
    const char* end_;
    const char* line_start_ = nullptr;
    const char* content_start_ = nullptr;
    int line_ = 1;
    int indent_ = 0;
    bool tab_in_indent_ = false;
    mutable const char* column_cache_at_ = nullptr;
    mutable int column_cache_ = 1;
};

// How a character at the cursor is named in a message: "\"x\"", "the end of the line", ...
std::string describe_character_at(const Cursor& cursor);

// Text quoted for a message, cut to a readable length: "\"cards\"".
std::string quoted_for_message(std::string_view text);

}  // namespace kindling::yaml::detail
