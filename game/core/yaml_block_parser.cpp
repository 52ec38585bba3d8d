// Block structure: mappings and sequences laid out by indentation.
#include "yaml_parser.hpp"

#include "unicode.hpp"

namespace kindling::yaml::detail {

namespace {

// Where the text of a single-line scalar that starts at `start` (at `start_ptr`) ends.
SourcePosition position_after(SourcePosition start, const char* start_ptr, const char* end_ptr) {
    const std::string_view text{start_ptr, static_cast<std::size_t>(end_ptr - start_ptr)};
    return {start.line, start.column + static_cast<int>(unicode::code_point_count(text))};
}

}  // namespace

Node Parser::parse_block_node(int parent_indent, int depth, Site site, std::string_view parent_key,
                              const Stream* stream) {
    const SourcePosition start = c_.position();
    const char* const start_ptr = c_.here();
    const char c = c_.peek();
    if (at_sequence_entry()) {
        if (site == Site::after_key) {
            fail(start, "a list cannot start on the same line as its key " +
                            quoted_for_message(parent_key) + "; start it on the next line");
        }
        if (site == Site::after_document_start) {
            fail(start, "a list cannot start on the \"---\" line; start it on the next line");
        }
        if (site == Site::after_dash) check_no_tab_before(start_ptr);
        return parse_block_sequence(start.column - 1, depth, false, stream);
    }
    if (c == '[' || c == '{') {
        Node collection = parse_flow_collection(parent_indent + 1, depth, stream);
        c_.skip_blanks();
        if (at_block_value_indicator()) {
            fail(start, std::string{"a key must be text, not a "} +
                            (c == '[' ? "list" : "mapping"));
        }
        expect_line_end(c == '[' ? "the closing \"]\"" : "the closing \"}\"");
        return collection;
    }
    if (c == '|' || c == '>') {
        Node scalar = make_node(NodeKind::scalar, start);
        ScannedScalar scanned;
        scan_block_scalar(c_, parent_indent, scalar.value, scanned, scalar.style);
        return scalar;
    }
    refuse_unsupported_node_start(false);
    const bool quoted = c == '"' || c == '\'';
    if (!quoted && !can_start_plain(c_, false)) fail_cannot_start_value(false);

    ScannedScalar scanned;
    Node scalar = scan_scalar(start, LineRule{parent_indent + 1, false, false, {}}, scanned);
    if (c_.at_line_head()) return scalar;  // it ended at the end of a line
    c_.skip_blanks();
    if (!at_block_value_indicator()) {
        if (quoted) expect_line_end("the closing quote");
        return scalar;
    }
    // The scalar is a key: a mapping starts here.
    if (site == Site::after_key) {
        if (scanned.multi_line && !quoted) {
            fail(scanned.last_line_start, "this line is indented more than the key " +
                                              quoted_for_message(parent_key) + " above it");
        }
        fail(c_.position(), "the text " + quoted_for_message(scalar.value) +
                                " is followed by \": \", which starts a new key; put the whole "
                                "text in quotes");
    }
    if (site == Site::after_document_start) {
        fail(start, "a mapping cannot start on the \"---\" line; start it on the next line");
    }
    if (scanned.multi_line) {
        if (quoted) fail(start, "a key must be on a single line");
        fail(scanned.last_line_start, "this line continues the text from line " +
                                          std::to_string(start.line) +
                                          ", so it cannot start a key; check its indentation");
    }
    if (site == Site::after_dash) check_no_tab_before(start_ptr);
    return parse_block_mapping(start.column - 1, depth, std::move(scalar));
}

void Parser::check_no_tab_before(const char* collection_start) const {
    // Only "-" and white space come before a collection that starts after "- ", so this scan
    // is short and happens once per nesting level.
    for (const char* p = c_.line_start(); p < collection_start; ++p) {
        if (*p == '\t') {
            fail(c_.position_at(p), "a tab is used for indentation here; indent YAML with spaces only");
        }
    }
}

Node Parser::parse_block_mapping(int indent, int depth, Node first_key) {
    check_depth(depth, first_key.position);
    Node mapping = make_node(NodeKind::mapping, first_key.position);
    ChildList children(expected_size(depth));
    KeyIndex keys;
    Node key = std::move(first_key);
    for (;;) {
        children.push_back(std::move(key));
        keys.check_last_key(children);
        const Node& added_key = children[children.size() - 1];
        c_.advance();  // the ":" after the key
        Stream stream_storage;
        const Stream* stream = stream_for(depth, added_key, stream_storage);
        Node value = parse_block_value(indent, depth, added_key, c_.here(), stream);
        children.push_back(std::move(value));

        skip_to_next_token();
        if (c_.at_end() || c_.at_any_document_marker()) break;
        expect_line_head();
        if (c_.indent() < indent) break;
        if (c_.indent() > indent) {
            fail(c_.position(), "this line is indented more than the key " +
                                    quoted_for_message(children[children.size() - 2].value) +
                                    " above it");
        }
        check_tab_indent();
        key = parse_block_key(indent);
    }
    finish_children(mapping, children, depth);
    return mapping;
}

Node Parser::parse_block_key(int indent) {
    const SourcePosition start = c_.position();
    const char c = c_.peek();
    if (at_sequence_entry()) {
        fail(start, "expected a key here, like the ones above it, but found a list item \"-\"");
    }
    if (c == '[' || c == '{') {
        fail(start, std::string{"a key must be text, not a "} + (c == '[' ? "list" : "mapping"));
    }
    if (at_block_value_indicator()) fail(start, "a key is missing before \":\"");
    refuse_unsupported_node_start(false);
    const bool quoted = c == '"' || c == '\'';
    if (!quoted && !can_start_plain(c_, false)) fail_cannot_start_value(false);

    const char* const start_ptr = c_.here();
    ScannedScalar scanned;
    Node key = scan_scalar(start, LineRule{indent + 1, false, false, {}}, scanned);
    const bool on_key_line = !c_.at_line_head();
    if (on_key_line) c_.skip_blanks();
    if (on_key_line && at_block_value_indicator()) {
        if (scanned.multi_line) {
            if (quoted) fail(start, "a key must be on a single line");
            fail(scanned.last_line_start, "this line continues the text from line " +
                                              std::to_string(start.line) +
                                              ", so it cannot start a key; check its indentation");
        }
        return key;
    }
    const SourcePosition missing_at = quoted ? (on_key_line ? c_.position() : start)
                                    : scanned.multi_line ? scanned.last_line_start
                                                         : position_after(start, start_ptr, scanned.text_end);
    std::string message = "expected \":\" after the key " + quoted_for_message(key.value);
    if (on_key_line && quoted) message += ", found " + describe_character_at(c_);
    fail(missing_at, std::move(message));
}

Node Parser::parse_block_value(int key_indent, int depth, const Node& key, const char* after_indicator,
                               const Stream* stream) {
    c_.skip_blanks();
    if (!c_.at_end() && c_.peek() != '\n' && c_.peek() != '#') {
        return parse_block_node(key_indent, depth + 1, Site::after_key, key.value, stream);
    }
    const SourcePosition empty_at = c_.position_at(after_indicator);
    skip_to_next_token();
    if (c_.at_end() || c_.at_any_document_marker()) return null_node(empty_at);
    if (c_.indent() > key_indent) {
        check_tab_indent();
        return parse_block_node(key_indent, depth + 1, Site::own_line, key.value, stream);
    }
    if (c_.indent() == key_indent && at_sequence_entry()) {
        // `key:` followed by "- item" lines at the key's own indentation.
        check_tab_indent();
        return parse_block_sequence(key_indent, depth + 1, true, stream);
    }
    return null_node(empty_at);
}

Node Parser::parse_block_sequence(int indent, int depth, bool shares_key_indent, const Stream* stream) {
    const SourcePosition start = c_.position();
    check_depth(depth, start);
    Node sequence = make_node(NodeKind::sequence, start);
    ChildList items(expected_size(depth));
    for (;;) {
        const std::size_t nodes_before = nodes_in_memory_;
        c_.advance();  // the "-"
        add_item(sequence, items, parse_sequence_item(indent, depth, c_.here()), stream, nodes_before);

        skip_to_next_token();
        if (c_.at_end() || c_.at_any_document_marker()) break;
        expect_line_head();
        if (c_.indent() < indent) break;
        if (c_.indent() > indent) {
            fail(c_.position(), "this line is indented more than the \"-\" above it");
        }
        check_tab_indent();
        if (!at_sequence_entry()) {
            if (shares_key_indent) break;  // the next key of the mapping that holds the list
            fail(c_.position(), "expected \"- \" to start the next item of the list, found " +
                                    describe_character_at(c_));
        }
    }
    finish_children(sequence, items, depth);
    return sequence;
}

Node Parser::parse_sequence_item(int indent, int depth, const char* after_indicator) {
    c_.skip_blanks();
    if (!c_.at_end() && c_.peek() != '\n' && c_.peek() != '#') {
        return parse_block_node(indent, depth + 1, Site::after_dash, {}, nullptr);
    }
    const SourcePosition empty_at = c_.position_at(after_indicator);
    skip_to_next_token();
    if (c_.at_end() || c_.at_any_document_marker() || c_.indent() <= indent) return null_node(empty_at);
    check_tab_indent();
    return parse_block_node(indent, depth + 1, Site::own_line, {}, nullptr);
}

}  // namespace kindling::yaml::detail
