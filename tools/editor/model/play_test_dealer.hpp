#pragma once
// Dealing a few cards from the deck being edited, to feel how a night with it would go: the
// game's own night flow deals them (Game Night rules: consent limits, gentle deepening, theme and
// kind balance, see docs/DEALING.md), for two players with the chosen intensity limit.

#include "core/deck/deck.hpp"

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
    // Shown next to the play-test, so authors know which rules dealt.
    [[nodiscard]] virtual std::string name() const = 0;

protected:
    PlayTestDealer() = default;
    PlayTestDealer(const PlayTestDealer&) = default;
    PlayTestDealer& operator=(const PlayTestDealer&) = default;
};

// The game's dealer: a Game Night for two of the requested length, played card after card with
// nothing held back by history and nothing saved. A deck that cannot be dealt (nothing within
// the limit, errors that leave no card) deals nothing.
class GameNightDealer final : public PlayTestDealer {
public:
    [[nodiscard]] std::vector<std::size_t> deal(const Deck& deck, const PlayTestSettings& settings) const override;
    [[nodiscard]] std::string name() const override;
};

}  // namespace kindling::editor
