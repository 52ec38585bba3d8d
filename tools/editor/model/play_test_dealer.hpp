#pragma once
// Dealing a few cards from the deck being edited, to feel how a night with it would go.
// The real dealing rules (consent limits, pacing, history) are being written on the `dealing`
// branch; this interface is where they plug in. Until then a clearly named stand-in deals.

#include "core/deck.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace kindling::editor {

struct PlayTestSettings {
    std::size_t cards = 6;
    Intensity most_private = Intensity::private_;  // both players' limit
    std::uint64_t seed = 1;
};

class PlayTestDealer {
public:
    virtual ~PlayTestDealer() = default;
    // Indices into deck.cards, in the order they would be dealt.
    [[nodiscard]] virtual std::vector<std::size_t> deal(const Deck& deck, const PlayTestSettings& settings) const = 0;
    // Shown next to the play-test so nobody mistakes a stand-in for the game's rules.
    [[nodiscard]] virtual std::string name() const = 0;

protected:
    PlayTestDealer() = default;
    PlayTestDealer(const PlayTestDealer&) = default;
    PlayTestDealer& operator=(const PlayTestDealer&) = default;
};

// STAND-IN, not the game's rules: keeps cards within the intensity limit, shuffles each level
// and deals level 1 first, then 2, then 3, spreading the count over the levels present.
class ShuffledByLevelStandInDealer final : public PlayTestDealer {
public:
    [[nodiscard]] std::vector<std::size_t> deal(const Deck& deck, const PlayTestSettings& settings) const override;
    [[nodiscard]] std::string name() const override;
};

}  // namespace kindling::editor
