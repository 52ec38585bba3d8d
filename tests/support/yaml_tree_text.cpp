#include "yaml_tree_text.hpp"

namespace kindling::test {

namespace {

void append_quoted(std::string& out, const std::string& text) {
    constexpr char hex[] = "0123456789ABCDEF";
    out += '"';
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            default:
                if (byte < 0x20 || byte == 0x7F) {
                    out += "\\x";
                    out += hex[byte >> 4];
                    out += hex[byte & 0xF];
                } else {
                    out += c;
                }
        }
    }
    out += '"';
}

void append_node(std::string& out, const yaml::Node& node) {
    switch (node.kind) {
        case yaml::NodeKind::scalar:
            if (node.is_null()) out += '~';
            else append_quoted(out, node.value);
            return;
        case yaml::NodeKind::sequence:
            out += '[';
            for (std::size_t i = 0; i < node.children.size(); ++i) {
                if (i > 0) out += ", ";
                append_node(out, node.children[i]);
            }
            out += ']';
            return;
        case yaml::NodeKind::mapping:
            out += '{';
            for (std::size_t i = 0; i < node.mapping_size(); ++i) {
                if (i > 0) out += ", ";
                append_node(out, node.key_at(i));
                out += ": ";
                append_node(out, node.value_at(i));
            }
            out += '}';
            return;
    }
}

}  // namespace

std::string tree_text(const yaml::Node& node) {
    std::string out;
    append_node(out, node);
    return out;
}

}  // namespace kindling::test
