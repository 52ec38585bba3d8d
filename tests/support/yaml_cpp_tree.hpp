#pragma once
// Converts what yaml-cpp's own loader (YAML::Load) makes of a text into Kindling's yaml::Node shape,
// so differential tests can compare the two readers. Positions are not converted.

#include "core/format/yaml_tree.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace kindling::test {

struct ReferenceResult {
    // yaml-cpp gives a null node for a text without a document; Kindling's reader gives none.
    std::optional<yaml::Node> root;
    bool accepted = false;
    std::string error;  // yaml-cpp's message when it refused the text
};

// Reads with YAML::Load (never LoadAll, which can loop forever on some input in yaml-cpp 0.7).
// yaml-cpp's null nodes become empty plain scalars, which is how Kindling's reader shows an
// empty value; compare with yaml::Node::is_null() rather than by text.
ReferenceResult read_with_yaml_cpp(std::string_view text);

}  // namespace kindling::test
