#include "play_test_dealer.hpp"

#include <algorithm>
#include <array>
#include <random>

namespace kindling::editor {

std::vector<std::size_t> ShuffledByLevelStandInDealer::deal(const Deck& deck, const PlayTestSettings& settings) const {
    std::array<std::vector<std::size_t>, max_level + 1> by_level;
    for (std::size_t i = 0; i < deck.cards.size(); ++i) {
        const Card& card = deck.cards[i];
        if (card.intensity > settings.most_private) continue;
        if (card.level >= min_level && card.level <= max_level) by_level[static_cast<std::size_t>(card.level)].push_back(i);
    }
    std::mt19937_64 random(settings.seed);
    std::size_t levels_present = 0;
    for (auto& cards : by_level) {
        std::shuffle(cards.begin(), cards.end(), random);
        if (!cards.empty()) ++levels_present;
    }
    std::vector<std::size_t> dealt;
    if (levels_present == 0) return dealt;
    // An even share per level, the remainder going to the earlier levels; a short level's
    // unused share passes on to the next ones.
    std::size_t remaining_levels = levels_present;
    for (std::size_t level = min_level; level <= max_level; ++level) {
        const auto& cards = by_level[level];
        if (cards.empty()) continue;
        const std::size_t wanted = settings.cards - dealt.size();
        const std::size_t share = (wanted + remaining_levels - 1) / remaining_levels;
        const std::size_t take = std::min(share, cards.size());
        dealt.insert(dealt.end(), cards.begin(), cards.begin() + static_cast<std::ptrdiff_t>(take));
        --remaining_levels;
    }
    return dealt;
}

std::string ShuffledByLevelStandInDealer::name() const {
    return "Stand-in dealer (shuffles each level, light to deep); the game's real rules will replace it";
}

}  // namespace kindling::editor
