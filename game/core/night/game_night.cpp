#include "core/night/game_night.hpp"

#include <algorithm>
#include <map>

namespace kindling {

int target_level(NightProgress progress, int lowest, int deepest) {
    const std::int64_t done = std::max<std::int64_t>(progress.done, 0);
    const std::int64_t total = std::max<std::int64_t>(progress.total, 1);
    if (deepest <= lowest || 4 * done < total) return lowest;
    if (5 * done >= 3 * total) return deepest;
    return lowest + 1;
}

bool is_closing_turn(NightProgress progress, LengthUnit unit, std::size_t cards_played) {
    if (cards_played == 0) return false;
    if (unit == LengthUnit::cards) return progress.done + 1 >= progress.total;
    return 10 * progress.done >= 9 * progress.total;
}

namespace {

bool has_gone_down(std::span<const int> levels) {
    for (std::size_t i = 1; i < levels.size(); ++i) {
        if (levels[i] < levels[i - 1]) return true;
    }
    return false;
}

// Keeps the items matching `keep` when at least one does; otherwise leaves the list alone, so a
// preference never empties the candidates.
template <typename Predicate>
void prefer(std::vector<std::size_t>& candidates, Predicate keep) {
    if (std::none_of(candidates.begin(), candidates.end(), keep)) return;
    std::erase_if(candidates, [&](std::size_t index) { return !keep(index); });
}

std::optional<std::size_t> pick(const std::vector<std::size_t>& candidates, Random& random) {
    if (candidates.empty()) return std::nullopt;
    return candidates[random.below(static_cast<std::uint32_t>(candidates.size()))];
}

std::optional<std::size_t> deal_closing(const GameNightDeal& deal, Random& random) {
    if (deal.played.empty()) return std::nullopt;
    const int last = deal.played.back().level;
    std::vector<std::size_t> candidates;
    for (std::size_t i = 0; i < deal.pool.size(); ++i) {
        if (deal.pool[i].card.level <= last && deal.eligible(i)) candidates.push_back(i);
    }
    prefer(candidates, [&](std::size_t i) { return !deal.held_back(i); });
    prefer(candidates, [&](std::size_t i) { return is_warm_card(deal.pool[i].card); });
    if (!candidates.empty()) {
        int lowest = max_level;
        for (const std::size_t i : candidates) lowest = std::min(lowest, deal.pool[i].card.level);
        prefer(candidates, [&](std::size_t i) { return deal.pool[i].card.level == lowest; });
    }
    return pick(candidates, random);
}

}  // namespace

std::vector<int> level_preference(std::span<const int> played_levels, int target, int lowest,
                                  int deepest) {
    std::vector<int> order;
    if (!played_levels.empty() && has_gone_down(played_levels)) {
        for (int level = std::min(played_levels.back(), deepest); level >= lowest; --level) {
            order.push_back(level);
        }
        return order;
    }
    const int last = std::clamp(played_levels.empty() ? lowest : played_levels.back(), lowest,
                                deepest);
    // Never more than one level deeper than the last card at once.
    const int aim = std::min({std::max(target, last), last + 1, deepest});
    for (int level = aim; level >= last; --level) order.push_back(level);
    for (int level = aim + 1; level <= deepest; ++level) order.push_back(level);
    for (int level = last - 1; level >= lowest; --level) order.push_back(level);
    return order;
}

bool is_warm_card(const Card& card) {
    return card.kind == CardKind::gratitude || card.kind == CardKind::compliment ||
           card.theme == "gratitude";
}

std::optional<std::size_t> deal_game_night_card(const GameNightDeal& deal, Random& random) {
    if (deal.closing) {
        if (auto closing = deal_closing(deal, random)) return closing;
    }
    // One pass sorts the eligible cards by level; the level rule then picks a level.
    std::map<int, std::vector<std::size_t>> by_level;
    for (std::size_t i = 0; i < deal.pool.size(); ++i) {
        if (deal.eligible(i)) by_level[deal.pool[i].card.level].push_back(i);
    }
    std::vector<int> played_levels;
    played_levels.reserve(deal.played.size());
    for (const PlayedTraits& played : deal.played) played_levels.push_back(played.level);
    std::vector<std::size_t> candidates;
    for (const int level : level_preference(played_levels, deal.target, deal.min_level, deal.max_level)) {
        if (const auto it = by_level.find(level); it != by_level.end()) {
            candidates = std::move(it->second);
            break;
        }
    }
    if (candidates.empty()) return std::nullopt;

    prefer(candidates, [&](std::size_t i) { return !deal.held_back(i); });

    const std::size_t n = deal.played.size();
    if (n >= 2 && deal.played[n - 1].theme == deal.played[n - 2].theme) {
        const std::string& run = deal.played[n - 1].theme;
        prefer(candidates, [&](std::size_t i) { return deal.pool[i].card.theme != run; });
    }

    std::map<std::string_view, int> theme_counts;
    for (const PlayedTraits& played : deal.played) ++theme_counts[played.theme];
    const auto count_of = [&](std::size_t i) {
        const auto it = theme_counts.find(deal.pool[i].card.theme);
        return it == theme_counts.end() ? 0 : it->second;
    };
    int fewest = count_of(candidates.front());
    for (const std::size_t i : candidates) fewest = std::min(fewest, count_of(i));
    prefer(candidates, [&](std::size_t i) { return count_of(i) == fewest; });

    if (n >= 2 && deal.played[n - 1].kind == deal.played[n - 2].kind) {
        const CardKind run = deal.played[n - 1].kind;
        prefer(candidates, [&](std::size_t i) { return deal.pool[i].card.kind != run; });
    }
    return pick(candidates, random);
}

}  // namespace kindling
