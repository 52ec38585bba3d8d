#pragma once
// A compact, one-line text form of a yaml::Node tree for readable test expectations:
// mappings as {"k": v, ...}, lists as [a, b], scalars as "text" with C escapes, and the YAML
// null (an empty or `null`/`~` plain scalar) as ~. Positions and styles are left out.

#include "core/format/yaml_tree.hpp"

#include <string>

namespace kindling::test {

std::string tree_text(const yaml::Node& node);

}  // namespace kindling::test
