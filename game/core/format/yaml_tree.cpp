#include "core/format/yaml_tree.hpp"

#include "core/text/unicode.hpp"

namespace kindling::yaml {

bool Node::is_null() const noexcept {
    if (kind != NodeKind::scalar || style != ScalarStyle::plain) return false;
    return value.empty() || value == "~" || value == "null" || value == "Null" || value == "NULL";
}

const Node* Node::find(std::string_view key) const noexcept {
    if (kind != NodeKind::mapping) return nullptr;
    for (std::size_t i = 0; i + 1 < children.size(); i += 2) {
        if (children[i].value == key) return &children[i + 1];
    }
    return nullptr;
}

Node scalar_node(std::string value, SourcePosition position, ScalarStyle style) {
    Node node;
    node.kind = NodeKind::scalar;
    node.style = style;
    node.value = std::move(value);
    node.position = position;
    return node;
}

void add_entry(Node& mapping, std::string_view key, Node value) {
    mapping.children.push_back(scalar_node(std::string(key), value.position, ScalarStyle::plain));
    mapping.children.push_back(std::move(value));
}

std::string describe(const Node& node) {
    switch (node.kind) {
        case NodeKind::sequence: return "a list";
        case NodeKind::mapping: return "a mapping";
        case NodeKind::scalar: break;
    }
    if (node.is_null()) return "nothing";
    constexpr std::size_t shown = 40;
    std::string text{unicode::prefix_code_points(node.value, shown)};
    if (text.size() < node.value.size()) text += "...";
    return "\"" + text + "\"";
}

}  // namespace kindling::yaml
