#pragma once
// Internal to the YAML reader: turns yaml-cpp's parse events into Kindling's located tree,
// handing items of chosen top-level lists to a StreamingSink as they complete. Everything that
// is Kindling's rule rather than YAML's happens here: anchors, aliases, tags, "?" keys, keys
// that are not text, duplicate keys, empty items in [ ], nesting depth and the value budget.
// The first problem throws SyntaxError out of yaml-cpp's parser, which stops reading at once.

#include "core/format/yaml_children.hpp"
#include "core/format/yaml_reader.hpp"
#include "core/format/yaml_source.hpp"

#include <yaml-cpp/eventhandler.h>

#include <cstddef>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kindling::yaml::detail {

struct SyntaxError {
    SourcePosition position;
    Message message;
};

// A problem of the YAML layer: its code is "problems.yaml." followed by `name`.
Message yaml_problem(std::string_view name, std::vector<MessageArg> args = {});
// "a key must be text, not a mapping" (or a list).
Message key_not_text(bool mapping);

class TreeBuilder final : public YAML::EventHandler {
public:
    TreeBuilder(const SourceText& source, const ReadLimits& limits, StreamingSink* sink) noexcept
        : source_(source), limits_(limits), sink_(sink) {}

    void OnDocumentStart(const YAML::Mark& mark) override;
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override;
    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override;
    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override;
    void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override;
    void OnSequenceEnd() override { end_collection(); }
    void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override;
    void OnMapEnd() override { end_collection(); }
    void OnAnchor(const YAML::Mark& mark, const std::string& name) override;

    // After the parse: the root, if the text held a document.
    std::optional<Node> take_root() { return std::move(root_); }
    // Checks what yaml-cpp lets through at the end of a document: a quoted text it closed at
    // the end of the file, and a key that is not text.
    void finish_document() const;
    // A quoted text that is never closed: yaml-cpp runs it to the end of the file, where it
    // reports what that breaks, so this is checked first.
    void check_last_quote_closed() const;

    // For messages about syntax errors: where the last event was, the innermost collection
    // being read and its last key.
    [[nodiscard]] std::size_t last_event_pos() const noexcept { return last_event_pos_; }
    [[nodiscard]] const Node* open_collection() const noexcept {
        return stack_.empty() ? nullptr : &stack_.back().node;
    }
    [[nodiscard]] bool open_collection_is_flow() const noexcept {
        return !stack_.empty() && stack_.back().flow;
    }
    [[nodiscard]] const std::string* last_key() const noexcept;

private:
    struct Frame {
        Node node;
        ChildList children;
        KeyIndex keys;
        bool flow = false;
        std::size_t pos = 0;      // byte offset of the collection's start
        std::size_t key_pos = 0;  // byte offset of the mapping's latest key
        const StreamingSink* stream = nullptr;
        std::string stream_key;
        std::size_t nodes_in_memory_before_items = 0;
    };

    [[noreturn]] void fail(std::size_t pos, Message message) const;
    void check_node_start(const YAML::Mark& mark, const std::string& tag);
    void count_node(std::size_t pos);
    Node make_node(NodeKind kind, std::size_t pos);
    void start_collection(NodeKind kind, const YAML::Mark& mark, const std::string& tag,
                          YAML::EmitterStyle::value style);
    void end_collection();
    void add(Node&& node, std::size_t pos);
    void add_key(Frame& mapping, Node&& key, std::size_t pos);
    [[nodiscard]] bool in_key_slot() const noexcept;
    [[nodiscard]] std::size_t empty_value_pos(const Frame& parent, std::size_t null_pos) const;
    [[nodiscard]] std::size_t empty_item_pos(const Frame& sequence, std::size_t null_pos) const;
    [[noreturn]] void fail_second_document(std::size_t pos) const;

    const SourceText& source_;
    const ReadLimits& limits_;
    StreamingSink* sink_;
    std::deque<Frame> stack_;  // a deque: a frame's ChildList must not move (KeyIndex points at it)
    std::optional<Node> root_;
    int documents_ = 0;
    std::size_t document_start_ = 0;
    std::size_t last_event_pos_ = 0;
    std::size_t last_scalar_pos_ = std::string::npos;
    ScalarStyle last_scalar_style_ = ScalarStyle::plain;
    // A key that is a list or mapping: reported at the end of the document, because yaml-cpp
    // also makes a key of a bracketed list that is never closed, which its own error names.
    std::optional<SyntaxError> collection_key_;
    std::size_t nodes_in_memory_ = 0;
    std::size_t nodes_total_ = 0;
    std::vector<std::size_t> size_hints_;  // per nesting level
};

}  // namespace kindling::yaml::detail
