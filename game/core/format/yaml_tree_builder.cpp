#include "core/format/yaml_tree_builder.hpp"

#include "core/text/unicode.hpp"

#include <yaml-cpp/mark.h>

#include <algorithm>

namespace kindling::yaml::detail {

namespace {

std::size_t offset_of(const YAML::Mark& mark, std::size_t fallback) noexcept {
    return mark.pos < 0 ? fallback : static_cast<std::size_t>(mark.pos);
}


// yaml-cpp 0.7 writes the escapes \N and \_ (U+0085, U+00A0) as single Latin-1 bytes; checked
// text holds no other bytes that are not UTF-8, so those are turned into their UTF-8 form.
std::string repair_latin1_escapes(const std::string& value) {
    std::string out;
    out.reserve(value.size() + 8);
    for (std::size_t i = 0; i < value.size();) {
        const unicode::Decoded decoded = unicode::decode(value, i);
        if (decoded.valid) {
            out.append(value, i, decoded.length);
            i += decoded.length;
        } else {
            unicode::append_utf8(out, static_cast<unsigned char>(value[i]));
            ++i;
        }
    }
    return out;
}

bool is_flow_indicator(char c) noexcept { return c == ',' || c == '[' || c == ']' || c == '{' || c == '}'; }

}  // namespace

Message yaml_problem(std::string_view name, std::vector<MessageArg> args) {
    return Message{"problems.yaml." + std::string{name}, std::move(args)};
}

Message key_not_text(bool mapping) {
    return yaml_problem("key_not_text", {word_arg("value", mapping ? "problems.value.mapping" : "problems.value.list")});
}

const std::string* TreeBuilder::last_key() const noexcept {
    for (auto frame = stack_.rbegin(); frame != stack_.rend(); ++frame) {
        if (frame->node.is_mapping() && frame->children.size() > 0) {
            return &frame->children[(frame->children.size() - 1) / 2 * 2].value;
        }
    }
    return nullptr;
}

void TreeBuilder::fail(std::size_t pos, Message message) const {
    throw SyntaxError{source_.position(pos), std::move(message)};
}

void TreeBuilder::OnDocumentStart(const YAML::Mark& mark) {
    const std::size_t pos = offset_of(mark, last_event_pos_);
    if (++documents_ > 1) fail_second_document(pos);
    document_start_ = pos;
    last_event_pos_ = pos;
}

void TreeBuilder::fail_second_document(std::size_t pos) const {
    bool marked = source_.text().substr(pos, 3) == "---";
    for (std::size_t line = source_.line_start(last_event_pos_); !marked && line < pos;) {
        marked = source_.text().substr(line, 3) == "...";
        line = source_.line_end(line) + 1;
    }
    if (marked || !root_) fail(pos, yaml_problem("second_document"));
    const Node& root = *root_;
    if (root.is_mapping() && static_cast<int>(source_.indentation(pos)) < root.position.column - 1) {
        fail(pos, yaml_problem("indented_less_than_document", {{"line", std::to_string(root.position.line)}}));
    }
    if (root.is_sequence()) {
        fail(pos, yaml_problem("expected_next_item", {found_character(source_, pos)}));
    }
    const char* const after = root.is_mapping() ? "after_document_mapping" : "after_document_text";
    fail(pos, yaml_problem(after, {found_character(source_, pos), {"line", std::to_string(root.position.line)}}));
}

void TreeBuilder::finish_document() const {
    check_last_quote_closed();
    if (collection_key_) throw *collection_key_;
}

void TreeBuilder::check_last_quote_closed() const {
    const bool quoted = last_scalar_style_ == ScalarStyle::single_quoted ||
                        last_scalar_style_ == ScalarStyle::double_quoted;
    // yaml-cpp 0.7 ends an unclosed quoted text at the end of the file instead of refusing it.
    if (quoted && last_scalar_pos_ != std::string::npos &&
        source_.quoted_end(last_scalar_pos_) == std::string_view::npos) {
        fail(last_scalar_pos_, yaml_problem("quote_never_closed"));
    }
}

void TreeBuilder::OnAnchor(const YAML::Mark& mark, const std::string&) {
    fail(offset_of(mark, last_event_pos_), yaml_problem("anchor"));
}

void TreeBuilder::OnAlias(const YAML::Mark& mark, YAML::anchor_t) {
    fail(offset_of(mark, last_event_pos_), yaml_problem("alias"));
}

bool TreeBuilder::in_key_slot() const noexcept {
    return !stack_.empty() && stack_.back().node.is_mapping() && stack_.back().children.size() % 2 == 0;
}

void TreeBuilder::check_node_start(const YAML::Mark& mark, const std::string& tag) {
    const std::size_t pos = offset_of(mark, last_event_pos_);
    last_event_pos_ = pos;
    // yaml-cpp gives "?" for plain nodes and "!" for quoted ones when no tag was written.
    if ((tag != "?" && tag != "!") || (tag == "!" && source_.at(pos) == '!')) {
        fail(pos, yaml_problem("tag"));
    }
    if (!in_key_slot()) return;
    std::size_t before = pos;
    while (before > 0 && is_blank(source_.at(before - 1))) --before;
    if (before == 0 || source_.at(before - 1) != '?') return;
    const std::size_t question = before - 1;
    const char preceding = question == 0 ? '\n' : source_.at(question - 1);
    if (preceding == '\n' || is_blank(preceding) || is_flow_indicator(preceding)) {
        fail(question, yaml_problem("question_key"));
    }
}

void TreeBuilder::count_node(std::size_t pos) {
    ++nodes_total_;
    ++nodes_in_memory_;
    if (nodes_total_ > limits_.max_nodes_total) {
        fail(pos, yaml_problem("too_many_values", {{"max", std::to_string(limits_.max_nodes_total)}}));
    }
    if (nodes_in_memory_ > limits_.max_nodes_in_memory) {
        fail(pos, yaml_problem("too_many_values_in_memory", {{"max", std::to_string(limits_.max_nodes_in_memory)}}));
    }
}

Node TreeBuilder::make_node(NodeKind kind, std::size_t pos) {
    count_node(pos);
    Node node;
    node.kind = kind;
    node.position = source_.position(pos);
    return node;
}

void TreeBuilder::OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                           const std::string& value) {
    check_node_start(mark, tag);
    const std::size_t pos = last_event_pos_;
    Node node = make_node(NodeKind::scalar, pos);
    if (tag == "!") {
        switch (source_.at(pos)) {
            case '\'': node.style = ScalarStyle::single_quoted; break;
            case '"': node.style = ScalarStyle::double_quoted; break;
            case '|': node.style = ScalarStyle::literal; break;
            default: node.style = ScalarStyle::folded; break;
        }
    }
    node.value = node.style == ScalarStyle::double_quoted && !unicode::is_valid_utf8(value)
                     ? repair_latin1_escapes(value)
                     : value;
    last_scalar_pos_ = pos;
    last_scalar_style_ = node.style;
    add(std::move(node), pos);
}

void TreeBuilder::OnNull(const YAML::Mark& mark, YAML::anchor_t) {
    const std::size_t pos = offset_of(mark, last_event_pos_);
    last_event_pos_ = std::max(last_event_pos_, pos);
    const std::string_view literal = source_.null_literal_at(pos);
    if (!literal.empty()) {
        check_node_start(mark, "?");
        Node node = make_node(NodeKind::scalar, pos);
        node.value = literal;
        last_scalar_style_ = ScalarStyle::plain;
        add(std::move(node), pos);
        return;
    }
    if (stack_.empty()) {
        // A document with nothing in it: a value only after "---".
        if (source_.text().substr(document_start_, 3) != "---") return;
        add(make_node(NodeKind::scalar, document_start_ + 3), document_start_ + 3);
        return;
    }
    const Frame& parent = stack_.back();
    const char at = source_.at(pos);
    if (in_key_slot()) {
        if (at == ',') fail(pos, yaml_problem("entry_missing_before_comma"));
        fail(pos, yaml_problem(at == ':' ? "key_missing_before_colon" : "key_missing"));
    }
    std::size_t empty_at = pos;
    if (parent.node.is_mapping()) {
        if (!parent.flow && pos == parent.key_pos) {
            const Node& key = parent.children[parent.children.size() - 1];
            const std::size_t after_key = key.style == ScalarStyle::plain ? pos + key.value.size()
                                                                          : source_.quoted_end(pos);
            fail(std::min(after_key, source_.line_end(pos)),
                 yaml_problem("expected_colon_after_key", {{"key", quoted_for_message(key.value)}}));
        }
        empty_at = empty_value_pos(parent, pos);
    } else if (parent.flow) {
        if (at == ',') fail(pos, yaml_problem("item_missing_before_comma"));
    } else {
        empty_at = empty_item_pos(parent, pos);
    }
    last_scalar_style_ = ScalarStyle::plain;
    add(make_node(NodeKind::scalar, empty_at), empty_at);
}

std::size_t TreeBuilder::empty_value_pos(const Frame& mapping, std::size_t null_pos) const {
    // Right after the ":" that follows the key (keys without ":" exist only inside { }).
    const Node& key = mapping.children[mapping.children.size() - 1];
    std::size_t i = key.style == ScalarStyle::plain ? mapping.key_pos + key.value.size()
                                                    : source_.quoted_end(mapping.key_pos);
    if (i == std::string_view::npos) return null_pos;
    while (is_blank(source_.at(i))) ++i;
    if (source_.at(i) == ':') return i + 1;
    return mapping.flow ? mapping.key_pos : null_pos;
}

std::size_t TreeBuilder::empty_item_pos(const Frame& sequence, std::size_t null_pos) const {
    // yaml-cpp places an empty item at whatever follows it. Place it right after its "-": on
    // the last line before that which holds more than a comment, in the list's column.
    const std::size_t dash_column = sequence.pos - source_.line_start(sequence.pos);
    std::size_t end = std::min(null_pos, source_.size());
    for (;;) {
        const std::size_t start = source_.line_start(end == 0 ? 0 : end - 1);
        std::size_t first = start;
        while (first < end && is_blank(source_.at(first))) ++first;
        if (first < end && source_.at(first) != '#' && source_.at(first) != '\n') {
            const std::size_t dash = start + dash_column;
            return dash < end && source_.at(dash) == '-' ? dash + 1 : null_pos;
        }
        if (start == 0) return null_pos;
        end = start - 1;
    }
}

void TreeBuilder::OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                                  YAML::EmitterStyle::value style) {
    start_collection(NodeKind::sequence, mark, tag, style);
}

void TreeBuilder::OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                             YAML::EmitterStyle::value style) {
    start_collection(NodeKind::mapping, mark, tag, style);
}

void TreeBuilder::start_collection(NodeKind kind, const YAML::Mark& mark, const std::string& tag,
                                   YAML::EmitterStyle::value style) {
    check_node_start(mark, tag);
    const std::size_t pos = last_event_pos_;
    if (in_key_slot() && !collection_key_) {
        collection_key_ = SyntaxError{source_.position(pos), key_not_text(kind == NodeKind::mapping)};
    }
    const std::size_t depth = stack_.size() + 1;
    if (depth > static_cast<std::size_t>(std::max(limits_.max_depth, 0))) {
        fail(pos, yaml_problem("too_deep", {{"max", std::to_string(limits_.max_depth)}}));
    }
    Node node = make_node(kind, pos);
    // Collections at one nesting level tend to have alike sizes (the cards of a deck), so each
    // reserves what the previous one at its level needed, capped so that one huge collection
    // does not make every later one reserve a lot.
    constexpr std::size_t largest_hint = 64;
    const std::size_t hint = depth < size_hints_.size() ? std::min(size_hints_[depth], largest_hint) : 0;
    Frame& frame = stack_.emplace_back(Frame{std::move(node), ChildList(hint), KeyIndex{}});
    frame.flow = style == YAML::EmitterStyle::Flow;
    frame.pos = pos;
    if (kind == NodeKind::sequence && sink_ != nullptr && stack_.size() == 2 && stack_[0].node.is_mapping() &&
        stack_[0].children.size() % 2 == 1) {  // the value of a top-level key
        const Frame& root = stack_[0];
        const std::string& key = root.children[root.children.size() - 1].value;
        if (sink_->streams(key)) {
            frame.stream = sink_;
            frame.stream_key = key;
            frame.nodes_in_memory_before_items = nodes_in_memory_;
        }
    }
}

void TreeBuilder::end_collection() {
    Frame& frame = stack_.back();
    const std::size_t depth = stack_.size();
    if (depth >= size_hints_.size()) size_hints_.resize(depth + 1, 0);
    size_hints_[depth] = frame.children.size();
    frame.children.move_into(frame.node.children);
    Node node = std::move(frame.node);
    const std::size_t pos = frame.pos;
    stack_.pop_back();
    add(std::move(node), pos);
}

void TreeBuilder::add(Node&& node, std::size_t pos) {
    if (stack_.empty()) {
        root_ = std::move(node);
        return;
    }
    Frame& parent = stack_.back();
    if (in_key_slot()) {
        add_key(parent, std::move(node), pos);
        return;
    }
    if (parent.stream == nullptr) {
        parent.children.push_back(std::move(node));
        return;
    }
    sink_->item(parent.stream_key, parent.node.streamed_items, std::move(node));
    ++parent.node.streamed_items;
    nodes_in_memory_ = parent.nodes_in_memory_before_items;
}

void TreeBuilder::add_key(Frame& mapping, Node&& key, std::size_t pos) {
    mapping.children.push_back(std::move(key));
    mapping.key_pos = pos;
    if (collection_key_) return;  // reported at the end; such keys have no text to compare
    if (const auto earlier = mapping.keys.repeated_key(mapping.children)) {
        const Node& added = mapping.children[mapping.children.size() - 1];
        fail(pos, yaml_problem("duplicate_key", {{"key", quoted_for_message(added.value)},
                                                 {"line", std::to_string(mapping.children[*earlier].position.line)}}));
    }
}

}  // namespace kindling::yaml::detail
