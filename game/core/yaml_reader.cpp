// Interim reader on top of yaml-cpp's node API, so the deck validator works while Kindling's
// own reader (see the header for why) is written. Slow and lenient about duplicate keys and
// aliases; replaced by the real reader.
#include "yaml_reader.hpp"
#include <yaml-cpp/yaml.h>
namespace kindling::yaml {
namespace {
Node convert(const YAML::Node& n) {
    Node out;
    out.position = {n.Mark().line + 1, n.Mark().column + 1};
    if (n.IsMap()) { out.kind = NodeKind::mapping;
        for (auto it = n.begin(); it != n.end(); ++it) { out.children.push_back(convert(it->first)); out.children.push_back(convert(it->second)); } }
    else if (n.IsSequence()) { out.kind = NodeKind::sequence; for (const auto& c : n) out.children.push_back(convert(c)); }
    else if (n.IsNull()) { out.kind = NodeKind::scalar; out.value = ""; }
    else { out.kind = NodeKind::scalar; out.value = n.Scalar(); out.style = n.Tag() == "!" ? ScalarStyle::double_quoted : ScalarStyle::plain; }
    return out;
}
}
ReadResult read_document(std::string_view text, DiagnosticList& d, const ReadLimits&, StreamingSink* sink) {
    try {
        YAML::Node n = YAML::Load(std::string(text));
        if (!n) return {std::nullopt, true};
        Node root = convert(n);
        if (sink && root.is_mapping()) for (std::size_t i = 0; i + 1 < root.children.size(); i += 2) {
            auto& v = root.children[i + 1];
            if (v.is_sequence() && sink->streams(root.children[i].value)) {
                std::size_t k = 0; for (auto& c : v.children) sink->item(root.children[i].value, k++, std::move(c));
                v.streamed_items = v.children.size(); v.children.clear();
            }
        }
        return {std::move(root), true};
    } catch (const YAML::Exception& e) { d.error({e.mark.line + 1, e.mark.column + 1}, e.msg); return {}; }
}
}
