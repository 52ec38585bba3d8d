#include "core/format/record_reader.hpp"

#include "core/format/yaml_reader.hpp"
#include "core/format/yaml_fields.hpp"

namespace kindling {

using yaml::Node;

namespace {

// `what` names the record, the last part of a key under "problems.records" ("history").
std::string in_key(std::string_view what) { return "problems.records." + std::string(what); }

}  // namespace

MessageArg RecordReader::described_value(const Node& node) { return yaml::described(node); }

std::optional<Node> RecordReader::document(std::string_view text, std::string_view version_key,
                                           int version, std::string_view what) {
    yaml::ReadResult result = yaml::read_document(text, diagnostics_);
    if (diagnostics_.has_errors() || !result.complete || !result.root) {
        if (!diagnostics_.has_errors()) diagnostics_.error({}, Message{"problems.record.empty", {word_arg("what", in_key(what))}});
        return std::nullopt;
    }
    const Node& root = *result.root;
    if (!root.is_mapping()) {
        problem(root, "problems.record.not_mapping", {word_arg("what", in_key(what))});
        return std::nullopt;
    }
    const Node* version_node = root.find(version_key);
    if (version_node == nullptr) {
        problem(root, "problems.record.no_version", {word_arg("what", in_key(what)), {"field", std::string(version_key)}});
        return std::nullopt;
    }
    const auto found = version_node->is_scalar() && version_node->style == yaml::ScalarStyle::plain
                           ? yaml::parse_integer(version_node->value)
                           : std::nullopt;
    if (!found || *found < 1) {
        problem(*version_node, "problems.record.bad_version", {{"field", std::string(version_key)}, yaml::described(*version_node)});
        return std::nullopt;
    }
    if (*found > version) {
        problem(*version_node, "problems.record.newer_version",
                {word_arg("what", in_key(what)), {"version", std::to_string(*found)}});
        return std::nullopt;
    }
    return std::move(result.root);
}

void RecordReader::problem(const Node& node, std::string code, std::vector<MessageArg> args) {
    diagnostics_.error(node.position, Message{std::move(code), std::move(args)});
}

const Node* RecordReader::field(const Node& mapping, std::string_view key) {
    const Node* value = mapping.find(key);
    if (value == nullptr) problem(mapping, "problems.missing_field", {{"field", std::string(key)}});
    return value;
}

const Node* RecordReader::field(const Node& mapping, const FieldRule& rule) {
    return rule.required ? field(mapping, rule.name) : mapping.find(rule.name);
}

void RecordReader::check_keys(const Node& mapping, const RecordDescription& record) {
    const std::vector<std::string_view> known = record.names();
    yaml::check_keys(mapping, known, record.what, diagnostics_);
}

const Node* RecordReader::mapping(const Node* node, std::string_view name) {
    if (node == nullptr) return nullptr;
    if (!node->is_mapping()) {
        problem(*node, "problems.record.not_mapping_field", {{"field", std::string(name)}, yaml::described(*node)});
        return nullptr;
    }
    return node;
}

std::vector<const Node*> RecordReader::list(const Node* node, std::string_view name) {
    std::vector<const Node*> items;
    if (node == nullptr) return items;
    if (!node->is_sequence()) {
        problem(*node, "problems.record.not_list", {{"field", std::string(name)}, yaml::described(*node)});
        return items;
    }
    for (const Node& item : node->children) items.push_back(&item);
    return items;
}

std::optional<std::string> RecordReader::text(const Node* node, std::string_view name) {
    if (node == nullptr) return std::nullopt;
    if (!node->is_scalar() || node->is_null()) {
        problem(*node, "problems.not_text", {{"field", std::string(name)}, yaml::described(*node)});
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
        problem(*node, "problems.not_whole_number", {{"field", std::string(name)}, {"min", std::to_string(min)},
                                                     {"max", std::to_string(max)}, yaml::described(*node)});
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
    problem(*node, "problems.not_boolean", {{"field", std::string(name)}, yaml::described(*node)});
    return std::nullopt;
}

std::optional<std::uint64_t> RecordReader::hex64(const Node* node, std::string_view name) {
    if (node == nullptr) return std::nullopt;
    const auto bad = [&] {
        problem(*node, "problems.record.not_hex64", {{"field", std::string(name)}, yaml::described(*node)});
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
