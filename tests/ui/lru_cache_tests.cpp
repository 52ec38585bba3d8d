#include "ui/text/lru_cache.hpp"

#include <catch2/catch.hpp>

#include <memory>
#include <string>

using kindling::text::LruByteCache;

TEST_CASE("The LRU cache evicts the least recently used entries to stay within its budget") {
    LruByteCache<std::string, int> cache(100);
    cache.insert("a", 1, 40);
    cache.insert("b", 2, 40);
    REQUIRE(cache.find("a") != nullptr);  // "a" is now the most recently used
    cache.insert("c", 3, 40);             // 120 bytes: "b" goes
    CHECK(cache.find("b") == nullptr);
    REQUIRE(cache.find("a") != nullptr);
    CHECK(*cache.find("a") == 1);
    CHECK(*cache.find("c") == 3);
    CHECK(cache.bytes() == 80);
    CHECK(cache.size() == 2);
    CHECK(cache.evictions() == 1);
}

TEST_CASE("Replacing an entry updates its size and value") {
    LruByteCache<std::string, int> cache(100);
    cache.insert("a", 1, 60);
    cache.insert("a", 2, 30);
    CHECK(cache.size() == 1);
    CHECK(cache.bytes() == 30);
    CHECK(*cache.find("a") == 2);
}

TEST_CASE("An entry larger than the budget is kept alone until the next insert") {
    LruByteCache<std::string, int> cache(100);
    cache.insert("small", 1, 10);
    cache.insert("huge", 2, 500);
    CHECK(cache.find("small") == nullptr);
    REQUIRE(cache.find("huge") != nullptr);
    cache.insert("next", 3, 10);
    CHECK(cache.find("huge") == nullptr);
    CHECK(cache.bytes() == 10);
}

TEST_CASE("Evicted and cleared values are destroyed") {
    auto tracker = std::make_shared<int>(0);
    LruByteCache<int, std::shared_ptr<int>> cache(10);
    cache.insert(1, tracker, 10);
    CHECK(tracker.use_count() == 2);
    cache.insert(2, std::make_shared<int>(0), 10);  // evicts 1
    CHECK(tracker.use_count() == 1);
    cache.insert(3, tracker, 10);
    cache.clear();
    CHECK(tracker.use_count() == 1);
    CHECK(cache.size() == 0);
    CHECK(cache.bytes() == 0);
}
