#include "core/format/yaml_source.hpp"

#include "core/text/unicode.hpp"

#include <algorithm>

namespace kindling::yaml::detail {

namespace {

int code_points_between(std::string_view text, std::size_t from, std::size_t to) noexcept {
    int count = 0;
    for (std::size_t i = from; i < to; ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++count;
    }
    return count;
}

bool ends_plain_scalar(char c) noexcept {
    return c == '\0' || c == ' ' || c == '\t' || c == '\n' || c == ',' || c == ']' || c == '}' ||
           c == ':' || c == '#';
}

}  // namespace

SourcePosition SourceText::position(std::size_t pos) const noexcept {
    pos = std::min(pos, text_.size());
    if (pos < cached_line_start_) {
        // Rare: a look back, as for a message about an earlier line.
        const std::size_t start = line_start(pos);
        cached_line_ -= static_cast<int>(std::count(text_.begin() + static_cast<std::ptrdiff_t>(start),
                                                    text_.begin() + static_cast<std::ptrdiff_t>(cached_line_start_),
                                                    '\n'));
        cached_line_start_ = start;
        cached_line_end_ = line_end(cached_line_start_);
        cached_column_at_ = cached_line_start_;
        cached_column_ = 1;
    }
    if (cached_line_end_ == std::string_view::npos) cached_line_end_ = line_end(cached_line_start_);
    while (cached_line_end_ < pos) {
        cached_line_start_ = cached_line_end_ + 1;
        ++cached_line_;
        cached_line_end_ = line_end(cached_line_start_);
        cached_column_at_ = cached_line_start_;
        cached_column_ = 1;
    }
    if (pos < cached_column_at_) {
        cached_column_at_ = cached_line_start_;
        cached_column_ = 1;
    }
    cached_column_ += code_points_between(text_, cached_column_at_, pos);
    cached_column_at_ = pos;
    return {cached_line_, cached_column_};
}

std::size_t SourceText::line_start(std::size_t pos) const noexcept {
    pos = std::min(pos, text_.size());
    if (pos == 0) return 0;
    const std::size_t previous_break = text_.rfind('\n', pos - 1);
    return previous_break == std::string_view::npos ? 0 : previous_break + 1;
}

std::size_t SourceText::line_end(std::size_t pos) const noexcept {
    return std::min(text_.find('\n', std::min(pos, text_.size())), text_.size());
}

std::size_t SourceText::tab_in_indentation(std::size_t pos) const noexcept {
    for (std::size_t i = line_start(pos); i < text_.size() && is_blank(text_[i]); ++i) {
        if (text_[i] == '\t') return i;
    }
    return std::string_view::npos;
}

std::size_t SourceText::indentation(std::size_t pos) const noexcept {
    const std::size_t start = line_start(pos);
    std::size_t i = start;
    while (i < text_.size() && text_[i] == ' ') ++i;
    return i - start;
}

std::string_view SourceText::null_literal_at(std::size_t pos) const noexcept {
    for (const std::string_view literal : {"~", "null", "Null", "NULL"}) {
        if (text_.substr(std::min(pos, text_.size()), literal.size()) == literal &&
            ends_plain_scalar(at(pos + literal.size()))) {
            return literal;
        }
    }
    return {};
}

std::size_t SourceText::quoted_end(std::size_t pos) const noexcept {
    const char quote = at(pos);
    for (std::size_t i = pos + 1; i < text_.size(); ++i) {
        if (quote == '"' && text_[i] == '\\') {
            ++i;
        } else if (text_[i] == quote) {
            if (quote == '\'' && at(i + 1) == '\'') {
                ++i;
                continue;
            }
            return i + 1;
        }
    }
    return std::string_view::npos;
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

MessageArg found_character(const SourceText& source, std::size_t pos) {
    if (pos >= source.size()) return word_arg("found", "problems.yaml.found.end_of_file");
    const char c = source.at(pos);
    if (c == '\n') return word_arg("found", "problems.yaml.found.end_of_line");
    if (c == '\t') return word_arg("found", "problems.yaml.found.tab");
    if (c == ' ') return word_arg("found", "problems.yaml.found.space");
    return {"found", "\"" + std::string{unicode::prefix_code_points(source.text().substr(pos), 1)} + "\""};
}

}  // namespace kindling::yaml::detail
