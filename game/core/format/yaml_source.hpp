#pragma once
// Internal to the YAML reader: the checked text (valid UTF-8, LF line breaks) that yaml-cpp
// reads, and how its byte offsets become positions. yaml-cpp's marks count columns in bytes;
// Kindling's messages count them in characters, so every position is worked out here.

#include "core/format/diagnostics.hpp"
#include "core/format/message.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace kindling::yaml::detail {

class SourceText {
public:
    explicit SourceText(std::string_view text) noexcept : text_(text) {}

    [[nodiscard]] std::string_view text() const noexcept { return text_; }
    [[nodiscard]] std::size_t size() const noexcept { return text_.size(); }
    // The byte at `pos`, or '\0' past the end (checked text holds no NUL).
    [[nodiscard]] char at(std::size_t pos) const noexcept { return pos < text_.size() ? text_[pos] : '\0'; }

    // 1-based line and column (in code points) of a byte offset; offsets past the end are
    // placed at the end. Positions are cached, so asking in roughly increasing order (as
    // yaml-cpp's events come) costs linear time in total.
    [[nodiscard]] SourcePosition position(std::size_t pos) const noexcept;

    [[nodiscard]] std::size_t line_start(std::size_t pos) const noexcept;
    [[nodiscard]] std::size_t line_end(std::size_t pos) const noexcept;
    // The position of the first tab among the leading white space of the line holding `pos`.
    [[nodiscard]] std::size_t tab_in_indentation(std::size_t pos) const noexcept;
    [[nodiscard]] std::size_t indentation(std::size_t pos) const noexcept;

    // A plain scalar at `pos` reading as YAML's null ("~", "null", "Null", "NULL"): its text,
    // else empty (yaml-cpp reports those and empty values alike).
    [[nodiscard]] std::string_view null_literal_at(std::size_t pos) const noexcept;
    // Where the quoted scalar opening at `pos` closes (the byte after the closing quote), or
    // npos when it never does.
    [[nodiscard]] std::size_t quoted_end(std::size_t pos) const noexcept;

private:
    std::string_view text_;
    mutable std::size_t cached_line_start_ = 0;
    mutable int cached_line_ = 1;
    mutable std::size_t cached_line_end_ = std::string_view::npos;  // its '\n' or the text's end
    mutable std::size_t cached_column_at_ = 0;
    mutable int cached_column_ = 1;
};

inline bool is_blank(char c) noexcept { return c == ' ' || c == '\t'; }

// Text quoted for a message, cut to a readable length: "\"cards\"".
std::string quoted_for_message(std::string_view text);
// The character at `pos` as the {found} argument of a message: "\"x\"" as it is, or the words
// for the end of the line, the end of the file, a tab or a space.
MessageArg found_character(const SourceText& source, std::size_t pos);

}  // namespace kindling::yaml::detail
