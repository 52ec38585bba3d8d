#include "core/format/yaml_comments.hpp"

#include "core/text/unicode.hpp"

namespace kindling::yaml {

namespace {

std::size_t indentation(std::string_view line) {
    const std::size_t first = line.find_first_not_of(' ');
    return first == std::string_view::npos ? line.size() : first;
}

// True when the line's content ends in a block scalar indicator (`|`, `>-`, `|2+`, ...).
bool opens_block_scalar(std::string_view content) {
    while (!content.empty() && (content.back() == ' ' || content.back() == '\t')) content.remove_suffix(1);
    std::size_t i = content.size();
    while (i > 0 && (content[i - 1] == '-' || content[i - 1] == '+' ||
                     (content[i - 1] >= '1' && content[i - 1] <= '9'))) {
        --i;
    }
    if (i == 0 || (content[i - 1] != '|' && content[i - 1] != '>')) return false;
    return i == 1 || content[i - 2] == ' ';
}

}  // namespace

std::optional<SourcePosition> first_comment(std::string_view text) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    char open_quote = 0;                       // a quoted scalar continuing from an earlier line
    constexpr std::size_t no_block = std::string_view::npos;
    std::size_t block_indent = no_block;       // inside a block scalar deeper than this
    int line_number = 0;
    while (!text.empty()) {
        ++line_number;
        const std::size_t end = std::min(text.find('\n'), text.size());
        std::string_view line = text.substr(0, end);
        text.remove_prefix(std::min(end + 1, text.size()));
        if (line.ends_with('\r')) line.remove_suffix(1);

        const std::size_t indent = indentation(line);
        if (block_indent != no_block) {
            if (indent == line.size() || indent > block_indent) continue;  // block content
            block_indent = no_block;
        }
        if (line_number == 1 && line.starts_with('#') && line.find("$schema=") != std::string_view::npos) {
            continue;
        }
        int column = 1;
        char previous = ' ';
        for (std::size_t i = 0; i < line.size(); i += unicode::decode(line, i).length, ++column) {
            const char c = line[i];
            if (open_quote) {
                if (open_quote == '\'' && c == '\'' && i + 1 < line.size() && line[i + 1] == '\'') {
                    ++i;  // '' inside single quotes
                    ++column;
                } else if (open_quote == '"' && c == '\\') {
                    ++i;
                    ++column;
                } else if (c == open_quote) {
                    open_quote = 0;
                }
            } else if (c == '#' && (previous == ' ' || previous == '\t')) {
                return SourcePosition{line_number, column};
            } else if ((c == '"' || c == '\'') &&
                       (previous == ' ' || previous == '\t' || previous == '[' || previous == '{' ||
                        previous == ',')) {
                open_quote = c;
            }
            previous = c;
        }
        if (!open_quote && opens_block_scalar(line)) block_indent = indent;
    }
    return std::nullopt;
}

}  // namespace kindling::yaml
