#pragma once
// The small, located YAML tree that Kindling's readers walk. It only holds what deck-like
// files need: scalars, sequences and mappings with string keys, each with its source position.

#include "core/format/diagnostics.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kindling::yaml {

enum class NodeKind : std::uint8_t { scalar, sequence, mapping };

// How a scalar was written. Plain scalars can mean null, numbers or booleans; quoted and block
// scalars are always strings. Readers use this to tell `timer: 60` from `timer: "60"`.
enum class ScalarStyle : std::uint8_t { plain, single_quoted, double_quoted, literal, folded };

struct Node {
    NodeKind kind = NodeKind::scalar;
    ScalarStyle style = ScalarStyle::plain;
    // Where the node starts: the first character of the scalar (its opening quote or block
    // indicator), of the first `- ` of a block sequence, of the first key of a block mapping,
    // or of the `[` / `{` of a flow collection. An empty value (a null plain scalar) is placed
    // right after the `:` or `-` it follows (`key:` on line 3 gives 3:5), right after `---`
    // for an empty document, and on its key for a `{key}` entry without `:`. A single
    // `key: value` pair inside `[ ]` is a mapping placed on its key.
    SourcePosition position;
    std::string value;            // scalar text after unescaping and folding
    std::vector<Node> children;   // sequence: the items; mapping: key, value, key, value, ...
    // Items of a streamed sequence were handed to a StreamingSink and are not in `children`;
    // this counts them.
    std::size_t streamed_items = 0;

    [[nodiscard]] bool is_scalar() const noexcept { return kind == NodeKind::scalar; }
    [[nodiscard]] bool is_sequence() const noexcept { return kind == NodeKind::sequence; }
    [[nodiscard]] bool is_mapping() const noexcept { return kind == NodeKind::mapping; }
    // YAML 1.2 core schema null: a plain scalar that is empty, `~`, `null`, `Null` or `NULL`.
    [[nodiscard]] bool is_null() const noexcept;
    [[nodiscard]] std::size_t mapping_size() const noexcept { return children.size() / 2; }
    [[nodiscard]] const Node& key_at(std::size_t i) const { return children[2 * i]; }
    [[nodiscard]] const Node& value_at(std::size_t i) const { return children[2 * i + 1]; }
    // The value for a key in a mapping, or nullptr.
    [[nodiscard]] const Node* find(std::string_view key) const noexcept;
};

// A short description for messages: "a mapping", "a list", "the text \"abc\"", "nothing".
std::string describe(const Node& node);

// For readers that build a tree from another format (spreadsheets, plain-text lists) and then
// read it like a deck file: a text node, and `key: value` appended to a mapping with the key
// placed where its value is.
Node scalar_node(std::string value, SourcePosition position, ScalarStyle style);
void add_entry(Node& mapping, std::string_view key, Node value);

}  // namespace kindling::yaml
