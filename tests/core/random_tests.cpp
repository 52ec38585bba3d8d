#include "core/text/random.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <numeric>
#include <vector>

using namespace kindling;

TEST_CASE("The generator is PCG32: it reproduces the reference implementation's demo output") {
    // pcg32-demo seeds with initstate 42 and sequence 54: state 0, increment 109, one step, add
    // 42, one step. Replaying those steps through from_state must give its published numbers.
    Random random = Random::from_state({151, 109});
    random.next();
    const std::array<std::uint32_t, 6> expected{0xa15c02b7, 0x7b47f409, 0xba1d3330,
                                                0x83d2f293, 0xbfa4784b, 0xcbed606e};
    for (const std::uint32_t value : expected) CHECK(random.next() == value);
}

TEST_CASE("Seeds are spread with SplitMix64") {
    // SplitMix64's first output for state 0, as published with the algorithm.
    CHECK(mix_seed(0) == 0xe220a8397b1dcdafULL);
    CHECK(mix_seed(1) != mix_seed(2));
}

TEST_CASE("Same seed and stream give the same sequence, other seeds or streams do not") {
    Random a(2024, 0);
    Random b(2024, 0);
    Random other_seed(2025, 0);
    Random other_stream(2024, 1);
    int differ_seed = 0;
    int differ_stream = 0;
    for (int i = 0; i < 100; ++i) {
        const auto value = a.next();
        CHECK(value == b.next());
        differ_seed += value != other_seed.next() ? 1 : 0;
        differ_stream += value != other_stream.next() ? 1 : 0;
    }
    CHECK(differ_seed > 90);
    CHECK(differ_stream > 90);
}

TEST_CASE("A saved state continues the sequence exactly") {
    Random random(7);
    for (int i = 0; i < 13; ++i) random.next();
    Random copy = Random::from_state(random.state());
    for (int i = 0; i < 50; ++i) CHECK(copy.next() == random.next());
}

TEST_CASE("below() stays in range and is close to uniform") {
    Random random(99);
    CHECK(random.below(1) == 0);
    CHECK(random.below(0) == 0);
    std::array<int, 7> counts{};
    constexpr int draws = 70'000;
    for (int i = 0; i < draws; ++i) {
        const auto value = random.below(7);
        REQUIRE(value < 7);
        ++counts[value];
    }
    // Each bucket expects 10,000; a fair generator stays well within 4% of that.
    for (const int count : counts) CHECK(std::abs(count - draws / 7) < 400);
}

TEST_CASE("shuffle() yields a permutation and depends on the seed") {
    std::vector<int> items(20);
    std::iota(items.begin(), items.end(), 0);
    std::vector<int> first = items;
    std::vector<int> second = items;
    Random a(5);
    Random b(6);
    a.shuffle(std::span<int>(first));
    b.shuffle(std::span<int>(second));
    CHECK(first != items);
    CHECK(first != second);
    std::sort(first.begin(), first.end());
    CHECK(first == items);
}
