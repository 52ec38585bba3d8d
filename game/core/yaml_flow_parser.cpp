// Flow structure: [ ] sequences and { } mappings, which may span lines.
#include "yaml_parser.hpp"

namespace kindling::yaml::detail {

namespace {

std::string collection_word(bool is_mapping) { return is_mapping ? "mapping" : "list"; }

std::string closing_text(bool is_mapping) { return is_mapping ? "\"}\"" : "\"]\""; }

}  // namespace

Node Parser::parse_flow_collection(int min_indent, int depth, const Stream* stream) {
    const SourcePosition start = c_.position();
    const bool is_mapping = c_.peek() == '{';
    const char close = is_mapping ? '}' : ']';
    check_depth(depth, start);
    Node collection = make_node(is_mapping ? NodeKind::mapping : NodeKind::sequence, start);
    ChildList children(expected_size(depth));
    const LineRule rule{min_indent, true, is_mapping, start};
    KeyIndex keys;
    c_.advance();
    for (;;) {
        skip_flow_space(rule);
        if (c_.peek() == close) break;
        if (is_mapping) {
            parse_flow_mapping_entry(children, rule, depth, keys);
        } else {
            const std::size_t nodes_before = nodes_in_memory_;
            add_item(collection, children, parse_flow_sequence_item(rule, depth), stream, nodes_before);
        }
        skip_flow_space(rule);
        if (c_.peek() == close) break;
        if (c_.peek() != ',') {
            fail(c_.position(), "expected \",\" or " + closing_text(is_mapping) + " after the " +
                                    (is_mapping ? "value" : "item") + ", found " +
                                    describe_character_at(c_));
        }
        c_.advance();
    }
    c_.advance();  // the closing bracket
    finish_children(collection, children, depth);
    return collection;
}

void Parser::skip_flow_space(const LineRule& rule) {
    const auto fail_unclosed = [&rule] {
        fail(rule.flow_start, "the " + collection_word(rule.flow_is_mapping) +
                                  " that starts here is never closed with " +
                                  closing_text(rule.flow_is_mapping));
    };
    for (;;) {
        if (c_.at_any_document_marker()) fail_unclosed();
        c_.skip_blanks();
        if (c_.peek() == '#' && (c_.here() == c_.line_start() || is_blank(c_.here()[-1]))) {
            c_.skip_to_line_end();
        }
        if (c_.at_end()) fail_unclosed();
        if (c_.peek() != '\n') return;
        c_.next_line();
        if (c_.at_any_document_marker()) fail_unclosed();
        // Blank and comment lines may have any indentation; lines with content may not.
        if (!c_.at_end() && c_.peek() != '\n' && c_.peek() != '#' && c_.indent() < rule.min_indent) {
            fail_flow_line_indent(c_, rule);
        }
    }
}

bool Parser::at_flow_value_indicator(const Node& key) const noexcept {
    if (c_.peek() != ':') return false;
    const char next = c_.peek_at(1);
    if (next == '\0' || is_blank_or_break(next) || is_flow_indicator(next)) return true;
    // After a quoted key (JSON style) the value may follow the ":" directly.
    return !key.is_scalar() || key.style == ScalarStyle::single_quoted ||
           key.style == ScalarStyle::double_quoted;
}

void Parser::advance_over_flow_value_indicator(const Node& key) {
    c_.advance();  // the ":"
    // Only after a quoted key may a value follow ":" without a space ("a":[1]); after a plain
    // key, "a:[1]" would be read differently by different YAML readers.
    const bool quoted_key = key.style == ScalarStyle::single_quoted || key.style == ScalarStyle::double_quoted;
    if (!quoted_key && (c_.peek() == '[' || c_.peek() == '{')) {
        fail(c_.position(), "expected a space after \":\", found " + describe_character_at(c_));
    }
}

Node Parser::parse_flow_node(const LineRule& rule, int depth, ScannedScalar& scanned,
                             const Stream* stream) {
    const char c = c_.peek();
    if (c == '[' || c == '{') return parse_flow_collection(rule.min_indent, depth, stream);
    refuse_unsupported_node_start(true);
    if (c != '"' && c != '\'' && !can_start_plain(c_, true)) fail_cannot_start_value(true);
    return scan_scalar(c_.position(), rule, scanned);
}

Node Parser::parse_flow_sequence_item(const LineRule& rule, int depth) {
    if (c_.peek() == ',') fail(c_.position(), "unexpected \",\"; an item is missing before it");
    const SourcePosition start = c_.position();
    ScannedScalar scanned;
    Node item = parse_flow_node(rule, depth + 1, scanned);
    if (c_.at_line_head()) return item;
    c_.skip_blanks();
    if (!at_flow_value_indicator(item)) return item;

    // "[key: value]": a mapping with a single entry inside the list.
    if (!item.is_scalar()) {
        fail(start, "a key must be text, not a " + collection_word(item.is_mapping()));
    }
    if (scanned.multi_line) fail(start, "a key must be on a single line");
    check_depth(depth + 1, start);
    Node pair = make_node(NodeKind::mapping, start);
    advance_over_flow_value_indicator(item);
    const SourcePosition empty_at = c_.position();
    skip_flow_space(rule);
    Node value = (c_.peek() == ',' || c_.peek() == ']') ? null_node(empty_at)
                                                       : parse_flow_node(rule, depth + 2, scanned);
    pair.children.push_back(std::move(item));
    pair.children.push_back(std::move(value));
    return pair;
}

void Parser::parse_flow_mapping_entry(ChildList& entries, const LineRule& rule, int depth,
                                      KeyIndex& keys) {
    if (c_.peek() == ',') fail(c_.position(), "unexpected \",\"; an entry is missing before it");
    if (c_.peek() == ':') {
        const char next = c_.peek_at(1);
        if (next == '\0' || is_blank_or_break(next) || is_flow_indicator(next)) {
            fail(c_.position(), "a key is missing before \":\"");
        }
    }
    ScannedScalar scanned;
    Node key = parse_flow_node(rule, depth + 1, scanned);
    if (!key.is_scalar()) {
        fail(key.position, "a key must be text, not a " + collection_word(key.is_mapping()));
    }
    entries.push_back(std::move(key));
    keys.check_last_key(entries);
    const Node& added_key = entries[entries.size() - 1];
    skip_flow_space(rule);
    Node value;
    if (at_flow_value_indicator(added_key)) {
        advance_over_flow_value_indicator(added_key);
        const SourcePosition empty_at = c_.position();
        skip_flow_space(rule);
        if (c_.peek() == ',' || c_.peek() == '}') {
            value = null_node(empty_at);
        } else {
            Stream stream_storage;
            value = parse_flow_node(rule, depth + 1, scanned, stream_for(depth, added_key, stream_storage));
        }
    } else if (c_.peek() == ',' || c_.peek() == '}') {
        value = null_node(added_key.position);  // "{a, b: 1}": a key without ":" has no value
    } else {
        fail(c_.position(), "expected \":\" after the key " + quoted_for_message(added_key.value) +
                                ", found " + describe_character_at(c_));
    }
    entries.push_back(std::move(value));
}

}  // namespace kindling::yaml::detail
