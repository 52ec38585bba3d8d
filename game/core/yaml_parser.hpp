#pragma once
// Internal to the YAML reader: the recursive-descent parser for a document's structure. It
// works on checked text (see yaml_encoding.hpp) and throws SyntaxError at the first problem.
// Recursion only happens per nesting level, and nesting is limited, so hostile input cannot
// exhaust the stack; every character is looked at a bounded number of times, so time is
// linear in the input size.

#include "yaml_children.hpp"
#include "yaml_cursor.hpp"
#include "yaml_reader.hpp"
#include "yaml_scalars.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kindling::yaml::detail {

class Parser {
public:
    Parser(std::string_view text, const ReadLimits& limits, StreamingSink* sink) noexcept;
    // Reads the one document in the text into `result`.
    void parse(ReadResult& result);

private:
    // Where a block node starts, which decides what may start there.
    enum class Site { own_line, after_dash, after_key, after_document_start };
    // A sequence whose items go to the sink one by one instead of into the tree.
    struct Stream {
        std::string key;
    };

    // Document level (yaml_parser.cpp).
    bool parse_directives();
    void finish_document(const Node* root);

    // Block structure (yaml_block_parser.cpp). `depth` is the nesting level a collection that
    // starts here would have; `parent_indent` the indentation of the enclosing block (-1 at
    // the top of the document).
    Node parse_block_node(int parent_indent, int depth, Site site, std::string_view parent_key,
                          const Stream* stream);
    Node parse_block_mapping(int indent, int depth, Node first_key);
    Node parse_block_key(int indent);
    // `after_indicator` is where an empty value would be placed (right after the ":" or "-").
    Node parse_block_value(int key_indent, int depth, const Node& key, const char* after_indicator,
                           const Stream* stream);
    Node parse_block_sequence(int indent, int depth, bool shares_key_indent, const Stream* stream);
    Node parse_sequence_item(int indent, int depth, const char* after_indicator);
    // A collection that starts after "- " on the same line takes its column as indentation,
    // so no tab may stand before it.
    void check_no_tab_before(const char* collection_start) const;

    // Flow structure (yaml_flow_parser.cpp).
    Node parse_flow_collection(int min_indent, int depth, const Stream* stream);
    Node parse_flow_node(const LineRule& rule, int depth, ScannedScalar& scanned,
                         const Stream* stream = nullptr);
    Node parse_flow_sequence_item(const LineRule& rule, int depth);
    void parse_flow_mapping_entry(ChildList& entries, const LineRule& rule, int depth, KeyIndex& keys);
    void skip_flow_space(const LineRule& rule);
    [[nodiscard]] bool at_flow_value_indicator(const Node& key) const noexcept;
    void advance_over_flow_value_indicator(const Node& key);

    // Shared (yaml_parser.cpp).
    void skip_to_next_token();
    void expect_line_end(std::string_view after_what);
    void check_tab_indent() const;
    // Guards the block loops: after a complete value only a new line may follow.
    void expect_line_head() const;
    [[nodiscard]] bool at_sequence_entry() const noexcept;
    [[nodiscard]] bool at_block_value_indicator() const noexcept;
    // Scans the quoted or plain scalar at the cursor.
    Node scan_scalar(SourcePosition start, const LineRule& rule, ScannedScalar& scanned);
    // Fails for anchors, aliases, tags, `?` keys and characters that cannot start a value.
    void refuse_unsupported_node_start(bool in_flow) const;
    [[noreturn]] void fail_cannot_start_value(bool in_flow) const;
    [[nodiscard]] const Stream* stream_for(int mapping_depth, const Node& key, Stream& storage) const;
    void check_depth(int depth, SourcePosition at) const;
    void count_node(SourcePosition at) {
        ++nodes_total_;
        ++nodes_in_memory_;
        if (nodes_total_ > limits_.max_nodes_total || nodes_in_memory_ > limits_.max_nodes_in_memory) {
            fail_too_many_values(at);
        }
    }
    [[noreturn]] void fail_too_many_values(SourcePosition at) const;
    Node make_node(NodeKind kind, SourcePosition at);
    Node null_node(SourcePosition at);
    void add_item(Node& sequence, ChildList& items, Node&& item, const Stream* stream,
                  std::size_t nodes_before);
    // Collections at one nesting level tend to have alike sizes (the cards of a deck), so each
    // reserves what the previous one at its level needed: one allocation instead of several.
    [[nodiscard]] std::size_t expected_size(int depth) const noexcept;
    void finish_children(Node& collection, ChildList& children, int depth);

    Cursor c_;
    const ReadLimits& limits_;
    StreamingSink* sink_;
    std::size_t nodes_in_memory_ = 0;
    std::size_t nodes_total_ = 0;
    std::vector<std::size_t> size_hints_;  // per nesting level
};

}  // namespace kindling::yaml::detail
