#include "yaml_cpp_tree.hpp"

#include <yaml-cpp/yaml.h>

namespace kindling::test {

namespace {

yaml::Node convert(const YAML::Node& node) {
    yaml::Node out;
    switch (node.Type()) {
        case YAML::NodeType::Sequence:
            out.kind = yaml::NodeKind::sequence;
            for (const auto& item : node) out.children.push_back(convert(item));
            break;
        case YAML::NodeType::Map:
            out.kind = yaml::NodeKind::mapping;
            for (const auto& entry : node) {
                out.children.push_back(convert(entry.first));
                out.children.push_back(convert(entry.second));
            }
            break;
        case YAML::NodeType::Scalar:
            out.kind = yaml::NodeKind::scalar;
            out.value = node.Scalar();
            // yaml-cpp tags non-plain scalars "!"; plain ones "?".
            if (node.Tag() == "!") out.style = yaml::ScalarStyle::double_quoted;
            break;
        case YAML::NodeType::Null:
        case YAML::NodeType::Undefined:
            out.kind = yaml::NodeKind::scalar;
            break;
    }
    return out;
}

}  // namespace

ReferenceResult read_with_yaml_cpp(std::string_view text) {
    ReferenceResult result;
    try {
        const YAML::Node root = YAML::Load(std::string{text});
        result.accepted = true;
        result.root = convert(root);
    } catch (const YAML::Exception& error) {
        result.error = error.what();
    }
    return result;
}

}  // namespace kindling::test
