#pragma once
// The one random number generator of the dealing rules. The standard library's distributions are
// allowed to differ between implementations, so a night dealt from a seed would not be the same
// on every machine; this generator and its helpers are fully specified here instead.
//
// The generator is PCG32 (O'Neill, 2014: a 64-bit linear congruential step followed by the
// "XSH RR" output permutation), implemented from the published description.

#include <cstdint>
#include <span>
#include <utility>

namespace kindling {

class Random {
public:
    // Seeds the generator. Different streams from the same seed are independent sequences, so
    // parts of a night (dealing, the order of a mode's sets) do not disturb each other.
    explicit Random(std::uint64_t seed, std::uint64_t stream = 0) noexcept;

    // The complete state, for saving a night and continuing it exactly.
    struct State {
        std::uint64_t state = 0;
        std::uint64_t increment = 1;  // always odd
        friend bool operator==(const State&, const State&) = default;
    };
    [[nodiscard]] State state() const noexcept { return {state_, increment_}; }
    static Random from_state(State state) noexcept;

    // The next 32 uniformly distributed bits.
    std::uint32_t next() noexcept;

    // A uniform whole number in [0, bound) without modulo bias; `bound` must be at least 1.
    std::uint32_t below(std::uint32_t bound) noexcept;

    // Fisher-Yates shuffle driven by below().
    template <typename T>
    void shuffle(std::span<T> items) noexcept {
        for (std::size_t i = items.size(); i > 1; --i) {
            const auto j = below(static_cast<std::uint32_t>(i));
            std::swap(items[i - 1], items[j]);
        }
    }

private:
    Random() = default;
    std::uint64_t state_ = 0;
    std::uint64_t increment_ = 1;
};

// SplitMix64 (Steele, Lea and Flood, 2014): spreads a user's seed over all 64 bits.
std::uint64_t mix_seed(std::uint64_t value) noexcept;

}  // namespace kindling
