#include "yaml_parser.hpp"

#include "unicode.hpp"

#include <algorithm>

namespace kindling::yaml::detail {

namespace {

std::string kind_word(const Node& node) {
    return node.is_mapping() ? "mapping" : node.is_sequence() ? "list" : "text";
}

}  // namespace

Parser::Parser(std::string_view text, const ReadLimits& limits, StreamingSink* sink) noexcept
    : c_(text), limits_(limits), sink_(sink) {}

void Parser::parse(ReadResult& result) {
    skip_to_next_token();
    const bool had_directives = parse_directives();
    if (c_.at_document_marker('-')) {
        c_.advance(3);
        const SourcePosition after_marker = c_.position();
        c_.skip_blanks();
        if (c_.at_end() || c_.peek() == '\n' || c_.peek() == '#') {
            skip_to_next_token();
            if (c_.at_end() || c_.at_any_document_marker()) {
                result.root = null_node(after_marker);
            } else {
                check_tab_indent();
                result.root = parse_block_node(-1, 1, Site::own_line, {}, nullptr);
            }
        } else {
            result.root = parse_block_node(-1, 1, Site::after_document_start, {}, nullptr);
        }
    } else if (had_directives) {
        fail(c_.position(), "expected \"---\" after the %YAML line, found " + describe_character_at(c_));
    } else if (!c_.at_end() && !c_.at_document_marker('.')) {
        check_tab_indent();
        result.root = parse_block_node(-1, 1, Site::own_line, {}, nullptr);
    }
    finish_document(result.root ? &*result.root : nullptr);
    result.complete = true;
}

bool Parser::parse_directives() {
    bool any = false;
    bool yaml_version_seen = false;
    while (c_.peek() == '%' && c_.here() == c_.line_start()) {
        const SourcePosition at = c_.position();
        const char* const name_begin = c_.here() + 1;
        c_.advance();
        while (!c_.at_end() && !is_blank_or_break(c_.peek())) c_.advance();
        const std::string_view name{name_begin, static_cast<std::size_t>(c_.here() - name_begin)};
        if (name == "YAML") {
            if (yaml_version_seen) fail(at, "the %YAML line is given twice");
            yaml_version_seen = true;
            c_.skip_blanks();
            const SourcePosition version_at = c_.position();
            const char* const version_begin = c_.here();
            while (!c_.at_end() && !is_blank_or_break(c_.peek())) c_.advance();
            const std::string_view version{version_begin,
                                           static_cast<std::size_t>(c_.here() - version_begin)};
            if (version != "1.1" && version != "1.2") {
                fail(version_at, "this file declares YAML version " + quoted_for_message(version) +
                                     "; Kindling reads YAML 1.2 (and 1.1)");
            }
            expect_line_end("the YAML version");
        } else if (name == "TAG") {
            fail(at, "decks do not use YAML tags (%TAG); remove this line");
        } else {
            fail(at, "unknown directive " + quoted_for_message("%" + std::string{name}) +
                         "; the only line starting with \"%\" a deck may have is \"%YAML 1.2\"");
        }
        any = true;
        skip_to_next_token();
    }
    return any;
}

void Parser::finish_document(const Node* root) {
    static const std::string second_document =
        "more than one YAML document; a deck file holds exactly one";
    skip_to_next_token();
    if (c_.at_end()) return;
    if (c_.at_document_marker('.')) {
        c_.advance(3);
        expect_line_end("\"...\"");
        skip_to_next_token();
        if (c_.at_end()) return;
        fail(c_.position(), second_document);
    }
    if (c_.at_document_marker('-')) fail(c_.position(), second_document);
    if (root != nullptr && !root->is_scalar() && c_.at_line_head() &&
        c_.indent() < root->position.column - 1) {
        fail(c_.position(), "this line is indented less than the first line of the document (line " +
                                std::to_string(root->position.line) + "); line them up");
    }
    if (root != nullptr) {
        fail(c_.position(), "found " + describe_character_at(c_) + " after the end of the " +
                                kind_word(*root) + " that starts at line " +
                                std::to_string(root->position.line) +
                                ", which is the whole document");
    }
    fail(c_.position(), "unexpected " + describe_character_at(c_));
}

void Parser::skip_to_next_token() {
    for (;;) {
        c_.skip_blanks();
        if (c_.peek() == '#' && (c_.here() == c_.line_start() || is_blank(c_.here()[-1]))) {
            c_.skip_to_line_end();
        }
        if (c_.peek() != '\n') return;
        c_.next_line();
    }
}

void Parser::expect_line_end(std::string_view after_what) {
    c_.skip_blanks();
    const bool separated = c_.here() > c_.line_start() && is_blank(c_.here()[-1]);
    if (c_.at_end() || c_.peek() == '\n' || (separated && c_.peek() == '#')) return;
    fail(c_.position(), "expected the end of the line after " + std::string{after_what} + ", found " +
                            describe_character_at(c_));
}

void Parser::expect_line_head() const {
    if (!c_.at_line_head()) fail(c_.position(), "unexpected " + describe_character_at(c_));
}

void Parser::check_tab_indent() const {
    if (!c_.tab_in_indent()) return;
    const char* tab = c_.line_start() + c_.indent();
    while (*tab != '\t') ++tab;
    fail(c_.position_at(tab), "this line is indented with a tab; indent YAML with spaces only");
}

bool Parser::at_sequence_entry() const noexcept {
    const char next = c_.peek_at(1);
    return c_.peek() == '-' && (next == '\0' || is_blank_or_break(next));
}

bool Parser::at_block_value_indicator() const noexcept {
    const char next = c_.peek_at(1);
    return c_.peek() == ':' && (next == '\0' || is_blank_or_break(next));
}

Node Parser::scan_scalar(SourcePosition start, const LineRule& rule, ScannedScalar& scanned) {
    Node node = make_node(NodeKind::scalar, start);
    switch (c_.peek()) {
        case '"':
            scan_double_quoted(c_, rule, node.value, scanned);
            node.style = ScalarStyle::double_quoted;
            break;
        case '\'':
            scan_single_quoted(c_, rule, node.value, scanned);
            node.style = ScalarStyle::single_quoted;
            break;
        default:
            scan_plain(c_, rule, node.value, scanned);
            break;
    }
    return node;
}

void Parser::refuse_unsupported_node_start(bool in_flow) const {
    const auto at = [this] { return c_.position(); };
    switch (c_.peek()) {
        case '&':
            fail(at(), "decks do not use YAML anchors (&name); write the value out in full");
        case '*':
            fail(at(), "decks do not use YAML aliases (*name); write the value out in full");
        case '!':
            fail(at(), "decks do not use YAML tags such as \"!!str\"; remove the tag and put the "
                     "text in quotes if it must stay text");
        case '?': {
            const char next = c_.peek_at(1);
            if (next == '\0' || is_blank_or_break(next) || (in_flow && is_flow_indicator(next))) {
                fail(at(), "decks do not use \"?\" to mark keys; write the key followed by \":\"");
            }
            break;
        }
        default:
            break;
    }
}

void Parser::fail_cannot_start_value(bool in_flow) const {
    const SourcePosition at = c_.position();
    const char c = c_.peek();
    const char next = c_.peek_at(1);
    const bool indicator_alone = next == '\0' || is_blank_or_break(next) ||
                                 (in_flow && is_flow_indicator(next));
    if (c == ']' || c == '}') {
        fail(at, std::string{"unexpected \""} + c + "\" without a matching \"" +
                     (c == ']' ? '[' : '{') + "\" before it");
    }
    if (c == ':' && indicator_alone) fail(at, "a key is missing before \":\"");
    if (c == '-' && indicator_alone && in_flow) {
        fail(at, "unexpected \"-\"; inside [ ] the items are separated by commas, not started with \"-\"");
    }
    if (c == '|' || c == '>') {
        fail(at, "a block text (\"|\" or \">\") cannot be used inside [ ] or { }; use a quoted text");
    }
    if (c == '\0' || c == '\n') fail(at, "expected a value, found " + describe_character_at(c_));
    fail(at, "a text cannot start with " + describe_character_at(c_) + " here; put the text in quotes");
}

const Parser::Stream* Parser::stream_for(int mapping_depth, const Node& key, Stream& storage) const {
    if (sink_ == nullptr || mapping_depth != 1 || !sink_->streams(key.value)) return nullptr;
    storage.key = key.value;
    return &storage;
}

void Parser::check_depth(int depth, SourcePosition at) const {
    if (depth > limits_.max_depth) {
        fail(at, "nested more than " + std::to_string(limits_.max_depth) + " levels deep");
    }
}

void Parser::fail_too_many_values(SourcePosition at) const {
    if (nodes_total_ > limits_.max_nodes_total) {
        fail(at, "the file holds more than " + std::to_string(limits_.max_nodes_total) +
                     " values, more than Kindling reads from one file");
    }
    fail(at, "the file holds more than " + std::to_string(limits_.max_nodes_in_memory) +
                 " values that would have to be kept in memory at once; split it into smaller files");
}

Node Parser::make_node(NodeKind kind, SourcePosition at) {
    count_node(at);
    Node node;
    node.kind = kind;
    node.position = at;
    return node;
}

Node Parser::null_node(SourcePosition at) { return make_node(NodeKind::scalar, at); }

std::size_t Parser::expected_size(int depth) const noexcept {
    // Capped: after one huge collection, every small one at its level would otherwise keep a
    // huge, mostly empty buffer.
    constexpr std::size_t largest_hint = 64;
    const auto index = static_cast<std::size_t>(depth);
    return index < size_hints_.size() ? std::min(size_hints_[index], largest_hint) : 0;
}

void Parser::finish_children(Node& collection, ChildList& children, int depth) {
    const auto index = static_cast<std::size_t>(depth);
    if (index >= size_hints_.size()) size_hints_.resize(index + 1, 0);
    size_hints_[index] = children.size();
    children.move_into(collection.children);
}

void Parser::add_item(Node& sequence, ChildList& items, Node&& item, const Stream* stream,
                      std::size_t nodes_before) {
    if (stream == nullptr) {
        items.push_back(std::move(item));
        return;
    }
    sink_->item(stream->key, sequence.streamed_items, std::move(item));
    ++sequence.streamed_items;
    nodes_in_memory_ = nodes_before;
}

}  // namespace kindling::yaml::detail
