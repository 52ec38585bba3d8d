#include "core/format/record_reader.hpp"

#include "core/format/yaml_reader.hpp"
#include "core/format/yaml_fields.hpp"

namespace kindling {

using yaml::Node;

std::optional<Node> RecordReader::document(std::string_view text, std::string_view version_key,
                                           int version, std::string_view what) {
    yaml::ReadResult result = yaml::read_document(text, diagnostics_);
    if (diagnostics_.has_errors() || !result.complete || !result.root) {
        if (!diagnostics_.has_errors()) diagnostics_.error({}, "the file holds no " + std::string(what));
        return std::nullopt;
    }
    const Node& root = *result.root;
    if (!root.is_mapping()) {
        problem(root, "this is not a " + std::string(what) + " (expected a mapping at the top)");
        return std::nullopt;
    }
    const Node* version_node = root.find(version_key);
    if (version_node == nullptr) {
        problem(root, "this is not a " + std::string(what) + " (no \"" + std::string(version_key) + "\")");
        return std::nullopt;
    }
    const auto found = version_node->is_scalar() && version_node->style == yaml::ScalarStyle::plain
                           ? yaml::parse_integer(version_node->value)
                           : std::nullopt;
    if (!found || *found < 1) {
        problem(*version_node, "\"" + std::string(version_key) + "\" must be a version number");
        return std::nullopt;
    }
    if (*found > version) {
        problem(*version_node, "this " + std::string(what) + " was made by a newer Kindling (version " +
                                   std::to_string(*found) + ")");
        return std::nullopt;
    }
    return std::move(result.root);
}

void RecordReader::problem(const Node& node, std::string message) {
    diagnostics_.error(node.position, std::move(message));
}

const Node* RecordReader::field(const Node& mapping, std::string_view key) {
    const Node* value = mapping.find(key);
    if (value == nullptr) problem(mapping, "\"" + std::string(key) + "\" is missing");
    return value;
}

const Node* RecordReader::mapping(const Node* node, std::string_view name) {
    if (node == nullptr) return nullptr;
    if (!node->is_mapping()) {
        problem(*node, "\"" + std::string(name) + "\" must be a mapping, not " + yaml::describe(*node));
        return nullptr;
    }
    return node;
}

std::vector<const Node*> RecordReader::list(const Node* node, std::string_view name) {
    std::vector<const Node*> items;
    if (node == nullptr) return items;
    if (!node->is_sequence()) {
        problem(*node, "\"" + std::string(name) + "\" must be a list, not " + yaml::describe(*node));
        return items;
    }
    for (const Node& item : node->children) items.push_back(&item);
    return items;
}

std::optional<std::string> RecordReader::text(const Node* node, std::string_view name) {
    if (node == nullptr) return std::nullopt;
    if (!node->is_scalar() || node->is_null()) {
        problem(*node, "\"" + std::string(name) + "\" must be text, not " + yaml::describe(*node));
        return std::nullopt;
    }
    return node->value;
}

std::optional<std::int64_t> RecordReader::integer(const Node* node, std::string_view name,
                                                  std::int64_t min, std::int64_t max) {
    if (node == nullptr) return std::nullopt;
    const auto value = node->is_scalar() && node->style == yaml::ScalarStyle::plain
                           ? yaml::parse_integer(node->value)
                           : std::nullopt;
    if (!value || *value < min || *value > max) {
        problem(*node, "\"" + std::string(name) + "\" must be a whole number from " + std::to_string(min) +
                           " to " + std::to_string(max) + ", not " + yaml::describe(*node));
        return std::nullopt;
    }
    return static_cast<std::int64_t>(*value);
}

std::optional<bool> RecordReader::boolean(const Node* node, std::string_view name) {
    if (node == nullptr) return std::nullopt;
    if (node->is_scalar() && node->style == yaml::ScalarStyle::plain) {
        if (node->value == "true") return true;
        if (node->value == "false") return false;
    }
    problem(*node, "\"" + std::string(name) + "\" must be true or false, not " + yaml::describe(*node));
    return std::nullopt;
}

std::optional<std::uint64_t> RecordReader::hex64(const Node* node, std::string_view name) {
    if (node == nullptr) return std::nullopt;
    const auto bad = [&] {
        problem(*node, "\"" + std::string(name) + "\" must be 16 hexadecimal digits, not " +
                           yaml::describe(*node));
        return std::nullopt;
    };
    if (!node->is_scalar() || node->value.size() != 16) return bad();
    std::uint64_t value = 0;
    for (const char c : node->value) {
        std::uint64_t digit = 0;
        if (c >= '0' && c <= '9') digit = static_cast<std::uint64_t>(c - '0');
        else if (c >= 'a' && c <= 'f') digit = static_cast<std::uint64_t>(c - 'a' + 10);
        else return bad();
        value = (value << 4U) | digit;
    }
    return value;
}

std::string hex64_text(std::uint64_t value) {
    constexpr char digits[] = "0123456789abcdef";
    std::string text(16, '0');
    for (int i = 15; i >= 0; --i) {
        text[static_cast<std::size_t>(i)] = digits[value & 0xFU];
        value >>= 4U;
    }
    return text;
}

}  // namespace kindling
