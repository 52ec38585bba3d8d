#include "core/format/yaml_syntax_errors.hpp"

#include <yaml-cpp/exceptions.h>

#include <algorithm>
#include <string>

namespace kindling::yaml::detail {

namespace {

constexpr std::size_t npos = std::string_view::npos;

bool starts_with(std::string_view text, const char* prefix) { return text.rfind(prefix, 0) == 0; }

std::size_t skip_blanks(const SourceText& source, std::size_t pos) {
    while (is_blank(source.at(pos))) ++pos;
    return pos;
}

// The last line before `pos`'s line that holds more than white space and a comment.
std::size_t previous_content_line(const SourceText& source, std::size_t pos) {
    std::size_t start = source.line_start(pos);
    while (start > 0) {
        start = source.line_start(start - 1);
        const std::size_t first = skip_blanks(source, start);
        if (source.at(first) != '\n' && source.at(first) != '#' && first < source.size()) return start;
    }
    return npos;
}

// Where a line's content ends: before a comment and trailing white space.
std::size_t content_end(const SourceText& source, std::size_t line) {
    const std::size_t end = source.line_end(line);
    std::size_t stop = end;
    for (std::size_t i = line + 1; i < end; ++i) {
        if (source.at(i) == '#' && is_blank(source.at(i - 1))) {
            stop = i;
            break;
        }
    }
    while (stop > line && is_blank(source.at(stop - 1))) --stop;
    return stop;
}

std::string_view slice(const SourceText& source, std::size_t from, std::size_t to) {
    return source.text().substr(from, to > from ? to - from : 0);
}

const Node* innermost_flow(const TreeBuilder& builder) {
    return builder.open_collection_is_flow() ? builder.open_collection() : nullptr;
}

// The name of a problem about a [ ] list or a { } mapping: `name` ends in "_list" or "_mapping".
std::string for_flow(std::string_view name, const Node& collection) {
    return std::string{name} + (collection.is_mapping() ? "_mapping" : "_list");
}

SyntaxError at(const SourceText& source, std::size_t pos, Message message) {
    return {source.position(pos), std::move(message)};
}

// "illegal map value": yaml-cpp found a ":" where no key may start.
SyntaxError explain_map_value(const SourceText& source, const TreeBuilder& builder, std::size_t pos) {
    const std::size_t line = source.line_start(pos);
    for (std::size_t i = line; i + 1 < pos; ++i) {
        if (source.at(i) != ':' || !is_blank(source.at(i + 1))) continue;
        const std::size_t text_start = skip_blanks(source, i + 1);
        std::size_t text_end = pos;
        while (text_end > text_start && is_blank(source.at(text_end - 1))) --text_end;
        const char first = source.at(text_start);
        if (first == '[' || first == '{') {
            return at(source, text_start, key_not_text(first == '{'));
        }
        return at(source, pos, yaml_problem("colon_inside_text",
                                            {{"text", quoted_for_message(slice(source, text_start, text_end))}}));
    }
    // The ":" ends a text that began on an earlier line: that line lacks its ":", or this line
    // is indented as if it belonged to the value above.
    const std::size_t previous = previous_content_line(source, pos);
    if (previous == npos) return at(source, pos, yaml_problem("key_missing_before_colon"));
    if (source.indentation(pos) > source.indentation(previous)) {
        const std::string* key = builder.last_key();
        return at(source, line + source.indentation(pos),
                  key ? yaml_problem("indented_more_than_key", {{"key", quoted_for_message(*key)}})
                      : yaml_problem("indented_more_than_line_above"));
    }
    const std::size_t key_start = skip_blanks(source, previous);
    const std::size_t key_end = content_end(source, previous);
    return at(source, key_end,
              yaml_problem("expected_colon_after_key", {{"key", quoted_for_message(slice(source, key_start, key_end))}}));
}

// The quoted text that the last event is followed by and that is never closed.
SyntaxError unclosed_quote(const SourceText& source, const TreeBuilder& builder, std::size_t pos) {
    std::size_t from = builder.last_event_pos();
    if (source.at(from) == '"' || source.at(from) == '\'') from = std::min(source.quoted_end(from), pos);
    for (std::size_t i = from; i < pos && i < source.size(); ++i) {
        if (source.at(i) == '"' || source.at(i) == '\'') {
            return at(source, i, yaml_problem("quote_never_closed"));
        }
    }
    return at(source, pos, yaml_problem("quote_not_closed_before"));
}

SyntaxError unclosed_flow(const SourceText& source, const TreeBuilder& builder, std::size_t pos, bool mapping) {
    const Node* flow = innermost_flow(builder);
    if (flow == nullptr) {
        return at(source, pos, yaml_problem(mapping ? "expected_comma_or_close_mapping" : "expected_comma_or_close_list",
                                            {found_character(source, pos)}));
    }
    if (pos >= source.size()) return {flow->position, yaml_problem(for_flow("never_closed", *flow))};
    return at(source, pos, yaml_problem(for_flow("expected_comma_after_entry", *flow), {found_character(source, pos)}));
}

SyntaxError explain_end_of_block(const SourceText& source, const TreeBuilder& builder, std::size_t pos) {
    const Node* open = builder.open_collection();
    if (source.line_start(pos) <= builder.last_event_pos()) {
        return at(source, pos, yaml_problem("expected_end_of_line", {found_character(source, pos)}));
    }
    if (open != nullptr && open->is_sequence()) {
        if (static_cast<int>(source.indentation(pos)) > open->position.column - 1) {
            return at(source, pos, yaml_problem("indented_more_than_dash"));
        }
        return at(source, pos, yaml_problem("expected_next_item", {found_character(source, pos)}));
    }
    if (open != nullptr && open->is_mapping() && source.line_start(pos) + source.indentation(pos) == pos) {
        const std::string* key = builder.last_key();
        if (key != nullptr && static_cast<int>(source.indentation(pos)) > open->position.column - 1) {
            return at(source, pos, yaml_problem("indented_more_than_key", {{"key", quoted_for_message(*key)}}));
        }
        if (key != nullptr && static_cast<int>(source.indentation(pos)) < open->position.column - 1) {
            return at(source, pos, yaml_problem("indented_less_than_key", {{"key", quoted_for_message(*key)}}));
        }
    }
    return at(source, pos, yaml_problem("expected_key", {found_character(source, pos)}));
}

// The backslash of the escape that ends just before `pos`.
std::size_t escape_start(const SourceText& source, std::size_t pos) {
    for (std::size_t i = pos; i + 12 > pos && i > 0; --i) {
        if (source.at(i - 1) == '\\') return i - 1;
    }
    return pos;
}

// Where the character that starts at `pos` ends: past its UTF-8 continuation bytes, so that a
// quoted piece of the source never ends in the middle of a character.
std::size_t end_of_character(const SourceText& source, std::size_t pos) {
    const std::size_t size = source.text().size();
    if (pos < size) ++pos;
    while (pos < size && (static_cast<unsigned char>(source.text()[pos]) & 0xC0u) == 0x80u) ++pos;
    return pos;
}

}  // namespace

SyntaxError explain_syntax_error(const SourceText& source, const TreeBuilder& builder, std::size_t pos,
                                 std::string_view message) {
    namespace msg = YAML::ErrorMsg;
    pos = std::min(pos, source.size());
    builder.check_last_quote_closed();
    if (const std::size_t tab = source.tab_in_indentation(pos); tab != npos && tab <= pos) {
        return at(source, tab, yaml_problem("tab_in_indentation"));
    }
    if (message == msg::TAB_IN_INDENTATION) {
        return at(source, pos, yaml_problem("tab_used_for_indentation"));
    }
    if (message == msg::MAP_VALUE) return explain_map_value(source, builder, pos);
    if (message == msg::EOF_IN_SCALAR || message == msg::DOC_IN_SCALAR) return unclosed_quote(source, builder, pos);
    if (message == msg::END_OF_SEQ_FLOW) return unclosed_flow(source, builder, pos, false);
    if (message == msg::END_OF_MAP_FLOW) return unclosed_flow(source, builder, pos, true);
    if (message == msg::END_OF_MAP || message == msg::END_OF_SEQ) return explain_end_of_block(source, builder, pos);
    const char c = source.at(pos);
    if (message == msg::FLOW_END) {
        const Node* flow = innermost_flow(builder);
        if (flow != nullptr) {
            return at(source, pos, yaml_problem(for_flow("wrong_close", *flow),
                                                {{"close", std::string(1, c)}, {"line", std::to_string(flow->position.line)}}));
        }
        return at(source, pos, yaml_problem("unmatched_close", {{"close", std::string(1, c)}, {"open", c == ']' ? "[" : "{"}}));
    }
    if (message == msg::BLOCK_ENTRY) {
        if (innermost_flow(builder) != nullptr || source.at(pos - 1) == '[' || source.at(pos - 1) == '{') {
            return at(source, pos, yaml_problem("dash_in_brackets"));
        }
        const std::string* key = builder.last_key();
        if (key != nullptr && source.line_start(pos) <= builder.last_event_pos()) {
            return at(source, pos, yaml_problem("list_on_key_line", {{"key", quoted_for_message(*key)}}));
        }
        return at(source, pos, yaml_problem("dash_cannot_start"));
    }
    if (message == msg::UNKNOWN_TOKEN) {
        if (c == '|' || c == '>') {
            return at(source, pos, yaml_problem("block_text_in_brackets"));
        }
        return at(source, pos, yaml_problem("text_cannot_start", {found_character(source, pos)}));
    }
    if (message == msg::CHAR_IN_BLOCK) {
        std::size_t indicator = pos;
        while (indicator > source.line_start(pos) && source.at(indicator) != '|' && source.at(indicator) != '>') --indicator;
        const char kind = source.at(indicator) == '>' ? '>' : '|';
        return at(source, pos, yaml_problem("text_after_block_indicator", {{"indicator", std::string(1, kind)}}));
    }
    if (message == msg::ZERO_INDENT_IN_BLOCK) {
        return at(source, pos > 0 ? pos - 1 : pos, yaml_problem("block_indentation_number"));
    }
    if (starts_with(message, msg::INVALID_ESCAPE)) {
        const std::size_t backslash = escape_start(source, pos);
        // yaml-cpp stops right after the escape's first byte, which may be the start of a longer
        // character: quote the whole character.
        const std::size_t end = pos > backslash + 1 ? end_of_character(source, pos - 1) : pos;
        return at(source, backslash,
                  yaml_problem("invalid_escape", {{"escape", "\"" + std::string{slice(source, backslash, end)} + "\""}}));
    }
    if (message == msg::INVALID_HEX) {
        return at(source, escape_start(source, pos), yaml_problem("escape_needs_hex"));
    }
    if (starts_with(message, msg::INVALID_UNICODE)) {
        const std::size_t backslash = escape_start(source, pos);
        const char high = source.at(backslash + 2);
        const char next = source.at(backslash + 3);
        if ((high == 'd' || high == 'D') && std::string_view{"89abAB"}.find(next) != npos) {
            return at(source, backslash, yaml_problem("escape_half_surrogate"));
        }
        return at(source, backslash, yaml_problem("escape_not_a_character"));
    }
    if (message == msg::UNKNOWN_ANCHOR || starts_with(message, "alias") || message == msg::MULTIPLE_ALIASES ||
        message == msg::CHAR_IN_ALIAS || message == msg::ALIAS_CONTENT) {
        return at(source, pos, yaml_problem("alias"));
    }
    if (starts_with(message, "anchor") || message == msg::MULTIPLE_ANCHORS || message == msg::CHAR_IN_ANCHOR) {
        return at(source, pos, yaml_problem("anchor"));
    }
    if (message == msg::MULTIPLE_TAGS || message == msg::CHAR_IN_TAG_HANDLE || message == msg::TAG_WITH_NO_SUFFIX ||
        message == msg::END_OF_VERBATIM_TAG) {
        return at(source, pos, yaml_problem("tag"));
    }
    if (message == msg::BAD_FILE) return at(source, pos, yaml_problem("nested_too_deeply"));
    return at(source, pos, yaml_problem("not_yaml", {{"error", std::string{message}}}));
}

void check_directives(const SourceText& source) {
    bool any = false;
    bool version_seen = false;
    for (std::size_t line = 0; line < source.size(); line = source.line_end(line) + 1) {
        const std::size_t first = skip_blanks(source, line);
        const char c = source.at(first);
        if (c == '\n' || c == '#' || first >= source.size()) continue;
        if (line != first || c != '%') {
            if (any && source.text().substr(line, 3) != "---") {
                throw at(source, first, yaml_problem("expected_document_start", {found_character(source, first)}));
            }
            return;
        }
        any = true;
        std::size_t name_end = line;
        while (name_end < source.size() && !is_blank(source.at(name_end)) && source.at(name_end) != '\n') ++name_end;
        const std::string_view name = slice(source, line, name_end);
        if (name == "%TAG") throw at(source, line, yaml_problem("tag_directive"));
        if (name != "%YAML") throw at(source, line, yaml_problem("unknown_directive", {{"name", quoted_for_message(name)}}));
        if (version_seen) throw at(source, line, yaml_problem("yaml_line_twice"));
        version_seen = true;
        const std::size_t version_start = skip_blanks(source, name_end);
        std::size_t version_end = version_start;
        while (version_end < source.size() && !is_blank(source.at(version_end)) && source.at(version_end) != '\n') ++version_end;
        const std::string_view version = slice(source, version_start, version_end);
        if (version != "1.1" && version != "1.2") {
            throw at(source, version_start, yaml_problem("yaml_version", {{"version", quoted_for_message(version)}}));
        }
    }
}

}  // namespace kindling::yaml::detail
