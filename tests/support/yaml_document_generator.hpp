#pragma once
// Random YAML documents with a known meaning, for differential and robustness tests.
//
// The generator first builds a random tree (nested mappings, lists and texts that mix words,
// unicode, emoji, quotes, "#", ": ", "null", "yes", leading spaces and line breaks), then
// writes it with random but valid choices: block or flow collections, compact "- key: v"
// and "- - x" forms, lists at their key's indentation, every scalar style that can hold the
// text (plain, multi-line plain, quoted with folding and escapes, literal and folded block
// scalars with chomping and indentation indicators), comments, blank lines, document markers
// and CRLF line breaks. Reading the text must give back the tree.

#include "core/format/yaml_tree.hpp"

#include <cstdint>
#include <random>
#include <string>

namespace kindling::test {

struct GeneratedYaml {
    std::string text;
    yaml::Node tree;  // what the text means; null scalars may be written as "", "~" or "null"
};

class YamlDocumentGenerator {
public:
    explicit YamlDocumentGenerator(std::uint32_t seed) : rng_(seed) {}

    GeneratedYaml next();

    // A random text as the generator puts in scalars and keys.
    std::string random_text(bool for_key);

private:
    bool chance(double probability);
    int pick(int low, int high);

    yaml::Node random_tree(int depth);
    yaml::Node random_scalar(bool for_key);

    // Writers; `out` always ends a block construct with a line break.
    void write_block_mapping(const yaml::Node& mapping, int indent, bool first_inline);
    void write_block_sequence(const yaml::Node& sequence, int indent, bool first_inline);
    void write_value_after_key(const yaml::Node& value, int key_indent);
    void write_item_after_dash(const yaml::Node& item, int dash_indent);
    // A scalar on the line of its indicator, in block context; ends with a line break.
    void write_inline_scalar(const yaml::Node& scalar, int parent_indent, bool at_root);
    void write_flow(const yaml::Node& node, int min_indent);
    void write_flow_scalar(const yaml::Node& scalar, int min_indent, bool as_key);
    void write_key(const yaml::Node& key, bool in_flow);
    void write_plain(const std::string& text, int continuation_indent, bool may_split);
    void write_single_quoted(const std::string& text, int continuation_indent, bool may_split);
    void write_double_quoted(const std::string& text, int continuation_indent, bool may_split);
    bool write_block_scalar(const std::string& text, int parent_indent);
    void maybe_comment();
    void line_break_in_flow(int min_indent);
    // Indentation for a line that continues a scalar or a flow collection.
    std::string line_prefix(int min_indent);

    std::mt19937 rng_;
    std::string out_;
    bool last_was_block_scalar_ = false;
};

// Whether a text can be written as a plain scalar (in flow context or as a key: stricter).
bool can_write_plain(const std::string& text, bool in_flow);

}  // namespace kindling::test
