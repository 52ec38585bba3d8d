#pragma once
// Internal to the YAML reader: gathering the children of one collection while it is built.
//
// A vector that doubles holds two copies of its elements while it grows, so one huge list
// would need twice its memory at the peak. ChildList keeps the first few thousand children in
// a vector and the rest in fixed-size chunks, then moves everything into one exactly sized
// vector, freeing each chunk as soon as it is emptied: the peak stays near one copy.

#include "core/format/yaml_tree.hpp"

#include <cstddef>
#include <memory>
#include <optional>
#include <unordered_set>
#include <vector>

namespace kindling::yaml::detail {

class ChildList {
public:
    explicit ChildList(std::size_t expected_size = 0);

    void push_back(Node&& node);
    [[nodiscard]] std::size_t size() const noexcept { return size_; }
    [[nodiscard]] const Node& operator[](std::size_t index) const noexcept;
    // Moves all children into `out`, which must be empty.
    void move_into(std::vector<Node>& out);

private:
    static constexpr std::size_t head_limit = 4096;
    static constexpr std::size_t chunk_size = 4096;
    std::vector<Node> head_;
    std::vector<std::vector<Node>> chunks_;
    std::size_t size_ = 0;
};

// Finds repeated keys in one mapping: a linear look while the mapping is small, a hash set of
// key indices once it grows, so a mapping with very many keys still takes linear time.
class KeyIndex {
public:
    // Call right after a key was added to `children` (which alternate key, value). Returns
    // the index of the earlier key it repeats, if any.
    [[nodiscard]] std::optional<std::size_t> repeated_key(const ChildList& children);

private:
    struct KeyHash {
        const ChildList* children;
        std::size_t operator()(std::size_t index) const noexcept;
    };
    struct KeyEqual {
        const ChildList* children;
        bool operator()(std::size_t a, std::size_t b) const noexcept;
    };
    using IndexSet = std::unordered_set<std::size_t, KeyHash, KeyEqual>;
    static constexpr std::size_t linear_limit = 16;  // keys
    std::unique_ptr<IndexSet> indices_;
};

}  // namespace kindling::yaml::detail
