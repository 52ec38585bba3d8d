#include "core/format/yaml_children.hpp"

#include <algorithm>
#include <functional>
#include <string_view>

namespace kindling::yaml::detail {

ChildList::ChildList(std::size_t expected_size) {
    head_.reserve(std::min(expected_size, head_limit));
}

void ChildList::push_back(Node&& node) {
    ++size_;
    if (chunks_.empty() && head_.size() < head_limit) {
        head_.push_back(std::move(node));
        return;
    }
    if (chunks_.empty() || chunks_.back().size() == chunk_size) {
        chunks_.emplace_back();
        chunks_.back().reserve(chunk_size);
    }
    chunks_.back().push_back(std::move(node));
}

const Node& ChildList::operator[](std::size_t index) const noexcept {
    if (index < head_.size()) return head_[index];
    index -= head_.size();
    return chunks_[index / chunk_size][index % chunk_size];
}

void ChildList::move_into(std::vector<Node>& out) {
    if (chunks_.empty()) {
        out = std::move(head_);
        return;
    }
    out.reserve(size_);
    std::move(head_.begin(), head_.end(), std::back_inserter(out));
    std::vector<Node>{}.swap(head_);
    for (std::vector<Node>& chunk : chunks_) {
        std::move(chunk.begin(), chunk.end(), std::back_inserter(out));
        std::vector<Node>{}.swap(chunk);
    }
    chunks_.clear();
}

std::size_t KeyIndex::KeyHash::operator()(std::size_t index) const noexcept {
    return std::hash<std::string_view>{}((*children)[index].value);
}

bool KeyIndex::KeyEqual::operator()(std::size_t a, std::size_t b) const noexcept {
    return (*children)[a].value == (*children)[b].value;
}

std::optional<std::size_t> KeyIndex::repeated_key(const ChildList& children) {
    const std::size_t key_index = children.size() - 1;
    if (key_index < 2 * linear_limit) {
        const std::string_view text = children[key_index].value;
        for (std::size_t i = 0; i < key_index; i += 2) {
            if (children[i].value == text) return i;
        }
        return std::nullopt;
    }
    if (!indices_) {
        indices_ = std::make_unique<IndexSet>(64, KeyHash{&children}, KeyEqual{&children});
        for (std::size_t i = 0; i < key_index; i += 2) indices_->insert(i);
    }
    const auto [found, inserted] = indices_->insert(key_index);
    if (!inserted) return *found;
    return std::nullopt;
}

}  // namespace kindling::yaml::detail
