#pragma once
// A least-recently-used cache bounded by the bytes its values occupy (as told on insert).
// Values are owned: evicting or clearing destroys them, so a value can be an owning handle.

#include <cstddef>
#include <functional>
#include <list>
#include <unordered_map>
#include <utility>

namespace kindling::text {

template <typename Key, typename Value, typename Hash = std::hash<Key>>
class LruByteCache {
public:
    explicit LruByteCache(std::size_t budget_bytes) : budget_(budget_bytes) {}

    // The value for `key`, now the most recently used; nullptr when absent. The pointer stays
    // valid until the next insert() or clear().
    Value* find(const Key& key) {
        const auto found = index_.find(key);
        if (found == index_.end()) return nullptr;
        entries_.splice(entries_.begin(), entries_, found->second);
        return &found->second->value;
    }

    // Stores (or replaces) a value and evicts the least recently used others until the cache
    // is within budget. A value larger than the whole budget is kept alone until the next
    // insert, so that the caller can use what it just made.
    Value& insert(Key key, Value value, std::size_t bytes) {
        if (const auto found = index_.find(key); found != index_.end()) {
            bytes_ -= found->second->bytes;
            entries_.erase(found->second);
            index_.erase(found);
        }
        entries_.push_front(Entry{std::move(key), std::move(value), bytes});
        index_.emplace(entries_.front().key, entries_.begin());
        bytes_ += bytes;
        while (bytes_ > budget_ && entries_.size() > 1) {
            const Entry& oldest = entries_.back();
            bytes_ -= oldest.bytes;
            index_.erase(oldest.key);
            entries_.pop_back();
            ++evictions_;
        }
        return entries_.front().value;
    }

    // Forgets one value (nothing happens for an absent key).
    void erase(const Key& key) {
        const auto found = index_.find(key);
        if (found == index_.end()) return;
        bytes_ -= found->second->bytes;
        entries_.erase(found->second);
        index_.erase(found);
    }

    void clear() {
        index_.clear();
        entries_.clear();
        bytes_ = 0;
    }

    std::size_t size() const { return entries_.size(); }
    std::size_t bytes() const { return bytes_; }
    std::size_t budget() const { return budget_; }
    // A new budget applies from the next insert on.
    void set_budget(std::size_t budget_bytes) { budget_ = budget_bytes; }
    std::size_t evictions() const { return evictions_; }

private:
    struct Entry {
        Key key;
        Value value;
        std::size_t bytes;
    };
    std::size_t budget_;
    std::size_t bytes_ = 0;
    std::size_t evictions_ = 0;
    std::list<Entry> entries_;  // most recently used first
    std::unordered_map<Key, typename std::list<Entry>::iterator, Hash> index_;
};

}  // namespace kindling::text
