#pragma once
// Reads the YAML that Kindling's files use with yaml-cpp's event parser (YAML::Parser and an
// event handler; never YAML::Load, which builds yaml-cpp's own node tree, and never LoadAll,
// which can loop forever on some input in yaml-cpp 0.7) into Kindling's small located tree.
//
// Kindling's part, on top of yaml-cpp:
// - Before parsing: the size limit and the encoding checks (yaml_encoding.hpp): UTF-8 only, a
//   UTF-8 byte order mark is skipped, UTF-16/32 and control characters are refused with a
//   position. CRLF and lone CR become LF. Only "%YAML 1.1" or "%YAML 1.2" may precede "---".
// - While parsing (yaml_tree_builder.hpp): anchors, aliases, tags, "?" keys, keys that are not
//   text, duplicate keys, empty items in [ ] and a second document are refused where they
//   stand; nesting depth and the number of values are limited, and the handler throws at the
//   first problem, so a hostile file stops early. Items of chosen top-level lists go to a
//   StreamingSink one at a time.
// - Positions: yaml-cpp's marks count columns in bytes from 0; Kindling's count characters
//   from 1 (yaml_source.hpp). An empty value is placed right after its ":" or "-".
// - yaml-cpp's syntax errors are said in a deck author's words where the cause is known
//   (yaml_syntax_errors.hpp), otherwise its own message is given with the position.
// - What yaml-cpp 0.7 lets through but YAML does not is refused: a quoted text that is never
//   closed (yaml-cpp ends it at the end of the file) and a key without ":" on its own line.

#include "core/format/diagnostics.hpp"
#include "core/format/yaml_tree.hpp"

#include <cstddef>
#include <optional>
#include <string_view>

namespace kindling::yaml {

struct ReadLimits {
    // yaml-cpp reads about 5-15 MB/s here, so 4 MiB keeps every answer well under a second.
    std::size_t max_bytes = 4u * 1024u * 1024u;
    int max_depth = 16;                      // nested collections, the top-level one counts as 1
    std::size_t max_nodes_in_memory = 500'000;
    std::size_t max_nodes_total = 1'000'000;  // including items handed to a StreamingSink
    // Brackets and commas yaml-cpp may read beyond the last value it reported. It holds back a
    // [ ] or { } collection that starts a line or follows "- " until its end, at about 100 bytes
    // of memory per token, so this bounds memory on one-line lists; no deck needs one this long.
    std::size_t max_unresolved_indicators = 100'000;
};

// Receives the items of sequences that are values of the top-level mapping, one complete item
// at a time, so memory is bounded by the largest item rather than by the file.
class StreamingSink {
public:
    virtual ~StreamingSink() = default;
    [[nodiscard]] virtual bool streams(std::string_view top_level_key) const = 0;
    virtual void item(std::string_view top_level_key, std::size_t index, Node&& item) = 0;
};

struct ReadResult {
    // The document's root; absent when the text holds no document or reading failed before the
    // root was complete.
    std::optional<Node> root;
    // False when an error stopped reading part-way; items already streamed stay valid.
    bool complete = false;
};

// Reads one YAML document from `text` (the raw bytes of a file). Every problem becomes a
// diagnostic in `diagnostics` (file name is the list's); reading stops at the first syntax
// error. Never throws for any input other than std::bad_alloc, never hangs: time is linear in
// the input size.
ReadResult read_document(std::string_view text, DiagnosticList& diagnostics,
                         const ReadLimits& limits = {}, StreamingSink* sink = nullptr);

}  // namespace kindling::yaml
