// The Game Night rules one by one, on small hand-made pools (docs/DEALING.md).
#include "core/night/game_night.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace kindling;

namespace {

PoolCard pooled(std::string id, std::string theme, CardKind kind, int level) {
    Deck deck;
    deck.id = "test";
    Card card;
    card.id = std::move(id);
    card.text = "Card " + card.id;
    card.theme = std::move(theme);
    card.kind = kind;
    card.level = level;
    return make_pool_card(deck, card);
}

GameNightDeal deal_over(const std::vector<PoolCard>& pool, const std::vector<PlayedTraits>& played,
                        const std::set<std::size_t>& used = {}, const std::set<std::size_t>& held = {}) {
    GameNightDeal deal;
    deal.pool = pool;
    deal.played = played;
    deal.eligible = [used](std::size_t i) { return !used.contains(i); };
    deal.held_back = [held](std::size_t i) { return held.contains(i); };
    return deal;
}

}  // namespace

TEST_CASE("The target depth: warm-up quarter, one deeper until three fifths, then the deepest") {
    CHECK(target_level({0, 20}, 1, 3) == 1);
    CHECK(target_level({4, 20}, 1, 3) == 1);
    CHECK(target_level({5, 20}, 1, 3) == 2);
    CHECK(target_level({11, 20}, 1, 3) == 2);
    CHECK(target_level({12, 20}, 1, 3) == 3);
    CHECK(target_level({19, 20}, 1, 3) == 3);
    // A narrower range: two levels go straight from warm-up to the deeper one.
    CHECK(target_level({4, 20}, 2, 3) == 2);
    CHECK(target_level({5, 20}, 2, 3) == 3);
    CHECK(target_level({15, 20}, 2, 2) == 2);
    // Timed nights use milliseconds the same way.
    CHECK(target_level({7 * 60'000, 30 * 60'000}, 1, 3) == 1);
    CHECK(target_level({8 * 60'000, 30 * 60'000}, 1, 3) == 2);
}

TEST_CASE("The closing turn is the last card, or the first after nine tenths of a timed night") {
    CHECK(is_closing_turn({19, 20}, LengthUnit::cards, 19));
    CHECK_FALSE(is_closing_turn({18, 20}, LengthUnit::cards, 18));
    CHECK_FALSE(is_closing_turn({0, 1}, LengthUnit::cards, 0));  // never the very first card
    CHECK(is_closing_turn({27 * 60'000, 30 * 60'000}, LengthUnit::minutes, 12));
    CHECK_FALSE(is_closing_turn({26 * 60'000, 30 * 60'000}, LengthUnit::minutes, 12));
}

TEST_CASE("Level preference rises one level at a time and never deepens after going down") {
    using Levels = std::vector<int>;
    CHECK(level_preference(Levels{}, 1, 1, 3) == Levels{1, 2, 3});
    CHECK(level_preference(Levels{1}, 1, 1, 3) == Levels{1, 2, 3});
    CHECK(level_preference(Levels{1}, 3, 1, 3) == Levels{2, 1, 3});  // aims one deeper, not two
    CHECK(level_preference(Levels{1, 2}, 3, 1, 3) == Levels{3, 2, 1});
    CHECK(level_preference(Levels{1, 3}, 2, 1, 3) == Levels{3, 2, 1});  // stays, then goes back
    CHECK(level_preference(Levels{2, 3, 2}, 3, 1, 3) == Levels{2, 1});  // after a drop: never up
    CHECK(level_preference(Levels{2}, 2, 2, 3) == Levels{2, 3});
}

TEST_CASE("A deal picks the preferred level that still has an eligible card") {
    const std::vector<PoolCard> pool{pooled("a", "play", CardKind::dare, 1),
                                     pooled("b", "play", CardKind::dare, 3)};
    const std::vector<PlayedTraits> played{{"play", CardKind::dare, 1}};
    Random random(1);
    GameNightDeal deal = deal_over(pool, played);
    deal.target = 2;  // wants level 2, which does not exist: staying at 1 comes first
    CHECK(deal_game_night_card(deal, random) == 0U);
    deal = deal_over(pool, played, {0});
    deal.target = 2;
    CHECK(deal_game_night_card(deal, random) == 1U);  // nothing at 1 or 2 is left: deeper
    deal = deal_over(pool, played, {0, 1});
    CHECK_FALSE(deal_game_night_card(deal, random).has_value());
}

TEST_CASE("A deal avoids a third card of the same theme, then the least played theme wins") {
    const std::vector<PoolCard> pool{pooled("a", "play", CardKind::question, 1),
                                     pooled("b", "closeness", CardKind::question, 1),
                                     pooled("c", "gratitude", CardKind::question, 1)};
    const std::vector<PlayedTraits> played{{"closeness", CardKind::dare, 1},
                                           {"gratitude", CardKind::dare, 1},
                                           {"play", CardKind::gesture, 1},
                                           {"play", CardKind::gesture, 1}};
    for (std::uint64_t seed = 0; seed < 20; ++seed) {
        Random random(seed);
        // "play" would make three in a row; closeness and gratitude were each played once.
        const auto index = deal_game_night_card(deal_over(pool, played), random);
        REQUIRE(index.has_value());
        CHECK(*index != 0U);
    }
    // When only "play" is left, the run is allowed rather than ending the night.
    Random random(3);
    CHECK(deal_game_night_card(deal_over(pool, played, {1, 2}), random) == 0U);
}

TEST_CASE("A deal avoids a third card of the same kind among equally balanced themes") {
    const std::vector<PoolCard> pool{pooled("a", "play", CardKind::dare, 1),
                                     pooled("b", "play", CardKind::vote, 1)};
    const std::vector<PlayedTraits> played{{"closeness", CardKind::dare, 1}, {"gratitude", CardKind::dare, 1}};
    for (std::uint64_t seed = 0; seed < 20; ++seed) {
        Random random(seed);
        CHECK(deal_game_night_card(deal_over(pool, played), random) == 1U);
    }
}

TEST_CASE("Cards played in recent nights are held back while others remain") {
    const std::vector<PoolCard> pool{pooled("a", "play", CardKind::dare, 1),
                                     pooled("b", "play", CardKind::dare, 1)};
    const std::vector<PlayedTraits> nothing_yet;
    for (std::uint64_t seed = 0; seed < 20; ++seed) {
        Random random(seed);
        CHECK(deal_game_night_card(deal_over(pool, nothing_yet, {}, {0}), random) == 1U);
    }
    Random random(1);
    CHECK(deal_game_night_card(deal_over(pool, nothing_yet, {1}, {0}), random) == 0U);  // the last one left
}

TEST_CASE("The closing card is warm, light and never deeper than the card before it") {
    const std::vector<PoolCard> pool{pooled("deep-thanks", "gratitude", CardKind::gratitude, 3),
                                     pooled("light-thanks", "gratitude", CardKind::gratitude, 1),
                                     pooled("mid-thanks", "inner-world", CardKind::compliment, 2),
                                     pooled("light-dare", "play", CardKind::dare, 1)};
    const std::vector<PlayedTraits> played{{"play", CardKind::dare, 2}};
    GameNightDeal deal = deal_over(pool, played);
    deal.closing = true;
    for (std::uint64_t seed = 0; seed < 20; ++seed) {
        Random random(seed);
        CHECK(deal_game_night_card(deal, random) == 1U);
    }
    // No warm card at or below level 2 left: the lightest card there is closes the night.
    deal = deal_over(pool, played, {1, 2});
    deal.closing = true;
    Random random(4);
    CHECK(deal_game_night_card(deal, random) == 3U);
    CHECK(is_warm_card(pool[0].card));
    CHECK_FALSE(is_warm_card(pool[3].card));
}
