#include "core/text/random.hpp"

namespace kindling {

namespace {
constexpr std::uint64_t lcg_multiplier = 6364136223846793005ULL;
}

std::uint64_t mix_seed(std::uint64_t value) noexcept {
    value += 0x9E3779B97F4A7C15ULL;
    value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9ULL;
    value = (value ^ (value >> 27)) * 0x94D049BB133111EBULL;
    return value ^ (value >> 31);
}

Random::Random(std::uint64_t seed, std::uint64_t stream) noexcept
    : state_(0), increment_((mix_seed(stream) << 1U) | 1U) {
    // The reference seeding sequence: step once, add the seed, step again.
    next();
    state_ += mix_seed(seed);
    next();
}

Random Random::from_state(State state) noexcept {
    Random random;
    random.state_ = state.state;
    random.increment_ = state.increment | 1U;
    return random;
}

std::uint32_t Random::next() noexcept {
    const std::uint64_t old = state_;
    state_ = old * lcg_multiplier + increment_;
    const auto xorshifted = static_cast<std::uint32_t>(((old >> 18U) ^ old) >> 27U);
    const auto rotation = static_cast<std::uint32_t>(old >> 59U);
    return (xorshifted >> rotation) | (xorshifted << ((32U - rotation) & 31U));
}

std::uint32_t Random::below(std::uint32_t bound) noexcept {
    if (bound <= 1) return 0;
    // Values under `threshold` would make some results more likely; 2^32 mod bound of them.
    const std::uint32_t threshold = (0U - bound) % bound;
    for (;;) {
        const std::uint32_t value = next();
        if (value >= threshold) return value % bound;
    }
}

}  // namespace kindling
