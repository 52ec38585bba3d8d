#include "yaml_cursor.hpp"

#include "unicode.hpp"

#include <bit>
#include <cstdint>
#include <cstring>

namespace kindling::yaml::detail {

void fail(SourcePosition position, std::string message) {
    throw SyntaxError{position, std::move(message)};
}

Cursor::Cursor(std::string_view text) noexcept : p_(text.data()), end_(text.data() + text.size()) {
    start_line();
}

void Cursor::start_line() noexcept {
    line_start_ = p_;
    column_cache_at_ = p_;
    column_cache_ = 1;
    const char* q = p_;
    while (q < end_ && *q == ' ') ++q;
    indent_ = static_cast<int>(q - p_);
    tab_in_indent_ = false;
    while (q < end_ && is_blank(*q)) {
        if (*q == '\t') tab_in_indent_ = true;
        ++q;
    }
    p_ = q;
    content_start_ = q;
}

void Cursor::skip_blanks() noexcept {
    while (p_ < end_ && is_blank(*p_)) ++p_;
}

void Cursor::skip_to_line_end() noexcept {
    if (p_ == end_) return;
    const void* found = std::memchr(p_, '\n', static_cast<std::size_t>(end_ - p_));
    p_ = found != nullptr ? static_cast<const char*>(found) : end_;
}

void Cursor::next_line() noexcept {
    ++p_;
    ++line_;
    start_line();
}

bool Cursor::at_document_marker(char marker) const noexcept {
    if (p_ != line_start_ || end_ - p_ < 3) return false;
    if (p_[0] != marker || p_[1] != marker || p_[2] != marker) return false;
    return end_ - p_ == 3 || is_blank_or_break(p_[3]);
}

namespace {

// Code points in [from, to) of valid UTF-8: bytes that are not continuation bytes (10xxxxxx),
// counted eight at a time. `end` bounds the text, so a short tail can be read as one word.
int count_code_points(const char* from, const char* to, const char* end) noexcept {
    constexpr std::uint64_t high_bits = 0x8080808080808080u;
    const auto continuation_bytes = [](std::uint64_t word) {
        // One bit per continuation byte, at the bottom of its byte; the multiplication sums
        // the bytes into the top one (std::popcount is a library call on baseline x86-64).
        const std::uint64_t flags = (word & ~(word << 1) & high_bits) >> 7;
        return static_cast<std::size_t>((flags * 0x0101010101010101u) >> 56);
    };
    std::size_t count = 0;
    while (to - from >= 8) {
        std::uint64_t word = 0;
        std::memcpy(&word, from, sizeof word);
        count += 8 - continuation_bytes(word);
        from += 8;
    }
    const auto tail = static_cast<std::size_t>(to - from);
    if constexpr (std::endian::native == std::endian::little) {
        if (tail > 0 && end - from >= 8) {
            std::uint64_t word = 0;
            std::memcpy(&word, from, sizeof word);
            word &= (std::uint64_t{1} << (8 * tail)) - 1;  // the first `tail` bytes only
            return static_cast<int>(count + tail - continuation_bytes(word));
        }
    }
    for (; from < to; ++from) count += (static_cast<unsigned char>(*from) & 0xC0) != 0x80 ? 1 : 0;
    return static_cast<int>(count);
}

}  // namespace

SourcePosition Cursor::position_at(const char* at) const noexcept {
    if (at == content_start_ && !tab_in_indent_) {
        column_cache_ = indent_ + 1;  // only spaces before the line's first character
    } else if (at >= column_cache_at_) {
        column_cache_ += count_code_points(column_cache_at_, at, end_);
    } else {
        column_cache_ -= count_code_points(at, column_cache_at_, end_);
    }
    column_cache_at_ = at;
    return {line_, column_cache_};
}

std::string describe_character_at(const Cursor& cursor) {
    if (cursor.at_end()) return "the end of the file";
    const char c = cursor.peek();
    if (c == '\n') return "the end of the line";
    if (c == '\t') return "a tab";
    if (c == ' ') return "a space";
    const std::string_view rest{cursor.here(), static_cast<std::size_t>(cursor.end() - cursor.here())};
    return "\"" + std::string{unicode::prefix_code_points(rest, 1)} + "\"";
}

std::string quoted_for_message(std::string_view text) {
    constexpr std::size_t shown = 40;
    std::string out{"\""};
    const std::string_view cut = unicode::prefix_code_points(text, shown);
    for (const char c : cut) {
        if (c == '\n') out += "\\n";
        else if (c == '"') out += "\\\"";
        else out += c;
    }
    if (cut.size() < text.size()) out += "...";
    out += '"';
    return out;
}

}  // namespace kindling::yaml::detail
