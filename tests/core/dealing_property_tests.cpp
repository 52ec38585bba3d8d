// Property tests over thousands of seeded random nights: random decks (some with play modes),
// players, teams, limits, histories and actions. Every card dealt is checked against the rules
// of docs/DEALING.md, restated here independently of the dealer:
//   consent, no repeats, turn kept on swap, partner fairness, depth (level rule), theme and kind
//   balance, holding back, the closing card, and determinism for a seed and history.
#include "core/deck/card_key.hpp"
#include "core/night/game_night.hpp"
#include "core/session/session.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>
#include <unordered_set>

using namespace kindling;

namespace {

constexpr int worlds_to_play = 10'000;
constexpr int max_steps = 200;

const std::vector<std::string> theme_ids{"inner-world", "quality-time", "gratitude",
                                         "kind-words",  "closeness",    "play"};
const std::vector<std::string> tag_names{"t1", "t2", "t3"};

struct World {
    std::vector<std::string> themes;  // the themes its decks use
    std::vector<Deck> decks;
    SessionSetup setup;
    std::vector<ConsentLimits> limits;
    PlayHistory history;
};

template <typename T>
const T& pick(Random& random, const std::vector<T>& items) {
    return items[random.below(static_cast<std::uint32_t>(items.size()))];
}

bool chance(Random& random, int percent) { return random.below(100) < static_cast<std::uint32_t>(percent); }

int between(Random& random, int low, int high) {
    return low + static_cast<int>(random.below(static_cast<std::uint32_t>(high - low + 1)));
}

ConsentLimits random_limits(Random& random, const std::vector<std::string>& themes) {
    ConsentLimits limits;
    limits.max_intensity = chance(random, 50) ? Intensity::private_ : all_intensities[random.below(3)];
    if (chance(random, 25)) {
        for (int i = between(random, 1, 2); i > 0; --i) limits.skip_themes.push_back(pick(random, themes));
    }
    if (chance(random, 25)) {
        for (int i = between(random, 1, 2); i > 0; --i) limits.skip_kinds.push_back(all_card_kinds[random.below(static_cast<std::uint32_t>(all_card_kinds.size()))]);
    }
    return limits;
}

PlayMode random_mode(Random& random, const Deck& deck) {
    PlayMode mode;
    mode.id = "mode-" + deck.id;
    mode.title = "Mode of " + deck.id;
    if (chance(random, 50)) mode.source = "A published procedure";
    if (chance(random, 30)) mode.answers = all_answerers[random.below(5)];
    mode.first_reader = chance(random, 50) ? FirstReader::random : FirstReader::first_player;
    mode.reader_changes = chance(random, 50) ? ReaderChanges::every_set : ReaderChanges::every_card;
    mode.first_speaker = std::array{FirstSpeaker::alternate, FirstSpeaker::reader, FirstSpeaker::partner}[random.below(3)];
    for (int s = between(random, 1, 3); s > 0; --s) {
        ModeSet set;
        if (chance(random, 60)) {
            for (int i = between(random, 1, 12); i > 0; --i) {
                const Card& chosen = deck.cards[random.below(static_cast<std::uint32_t>(deck.cards.size()))];
                const std::string id = chosen.id.empty() ? "missing-card" : chosen.id;
                if (std::none_of(set.cards.begin(), set.cards.end(), [&](const ModeReference& r) { return r.name == id; })) {
                    set.cards.push_back({id, {}});
                }
            }
        } else {
            set.tags.push_back({pick(random, tag_names), {}});
        }
        set.order = chance(random, 50) ? SetOrder::shuffled : SetOrder::fixed;
        if (chance(random, 30)) set.count = between(random, 1, 5);
        if (chance(random, 40)) set.budget_minutes = between(random, 1, 20);
        if (chance(random, 20)) set.answers = all_answerers[random.below(5)];
        mode.sets.push_back(std::move(set));
    }
    if (chance(random, 50)) {
        ClosingStep closing;
        if (chance(random, 50) && !deck.cards.front().id.empty()) {
            closing.card = ModeReference{deck.cards.front().id, {}};
        } else {
            closing.text = "Closing of " + deck.id;
            closing.intensity = all_intensities[random.below(3)];
        }
        if (chance(random, 50)) closing.timer = TimerRange{60, 240, 120};
        closing.optional = chance(random, 50);
        mode.closing = std::move(closing);
    }
    return mode;
}

World random_world(std::uint64_t seed) {
    Random random(seed, 99);
    World world;
    std::vector<std::string> themes = theme_ids;
    random.shuffle(std::span<std::string>(themes));
    themes.resize(static_cast<std::size_t>(between(random, 2, 6)));
    world.themes = themes;
    std::vector<std::string> texts;
    const int deck_count = between(random, 1, 3);
    for (int d = 0; d < deck_count; ++d) {
        Deck deck;
        deck.id = "deck-" + std::to_string(d);
        deck.title = deck.id;
        const int cards = between(random, 3, 120);
        for (int i = 0; i < cards; ++i) {
            Card card;
            if (chance(random, 80)) card.id = "c" + std::to_string(i);
            card.kind = all_card_kinds[random.below(static_cast<std::uint32_t>(all_card_kinds.size()))];
            // A few cards repeat the text of an earlier card, maybe in another deck.
            card.text = !texts.empty() && chance(random, 5) ? pick(random, texts)
                                                            : deck.id + " card " + std::to_string(i);
            texts.push_back(card.text);
            card.theme = pick(random, themes);
            card.level = between(random, 1, 3);
            card.intensity = all_intensities[random.below(3)];
            card.answers = chance(random, 60) ? default_answerer(card.kind) : all_answerers[random.below(5)];
            if (chance(random, 15)) card.timer_seconds = between(random, 10, 120);
            if (chance(random, 40)) card.tags.push_back(pick(random, tag_names));
            deck.cards.push_back(std::move(card));
        }
        world.decks.push_back(std::move(deck));
    }
    const bool with_mode = chance(random, 40);
    if (with_mode) {
        Deck& carrier = world.decks[random.below(static_cast<std::uint32_t>(world.decks.size()))];
        carrier.mode = random_mode(random, carrier);
    }

    SessionSetup& setup = world.setup;
    const std::uint32_t style = random.below(10);
    if (style < 5) {
        setup = default_setup(PlayStyle::couple, {"P0", "P1"});
    } else {
        const int players = style < 8 ? between(random, 3, 8) : between(random, 2, 8);
        std::vector<std::string> names;
        for (int p = 0; p < players; ++p) names.push_back("P" + std::to_string(p));
        setup = default_setup(PlayStyle::party, names);
        if (style >= 8) {
            const int teams = between(random, 2, std::min(4, players));
            for (int t = 0; t < teams; ++t) setup.teams.push_back({"Team" + std::to_string(t), {}});
            for (int p = 0; p < players; ++p) setup.teams[static_cast<std::size_t>(p % teams)].members.push_back(static_cast<std::size_t>(p));
        }
    }
    if (chance(random, 30)) {
        for (const Deck& deck : world.decks) {
            if (chance(random, 60)) setup.decks.push_back(deck.id);
        }
    }
    if (chance(random, 40)) {
        for (const std::string& theme : themes) {
            if (chance(random, 60)) setup.themes.push_back(theme);
        }
    }
    setup.length = chance(random, 80) ? NightLength{LengthUnit::cards, between(random, 1, 40)}
                                      : NightLength{LengthUnit::minutes, between(random, 5, 60)};
    setup.min_level = between(random, 1, 3);
    setup.max_level = between(random, setup.min_level, 3);
    setup.intensity_limit = chance(random, 50) ? Intensity::private_ : all_intensities[random.below(3)];
    setup.seed = (std::uint64_t{random.next()} << 32U) | random.next();
    if (with_mode && chance(random, 70)) {
        for (const Deck& deck : world.decks) {
            if (deck.mode) setup.mode = deck.mode->id;
        }
    }
    setup.hold_back_nights = between(random, 0, 4);
    setup.replay_favourites = chance(random, 50);

    for (std::size_t p = 0; p < setup.players.size(); ++p) world.limits.push_back(random_limits(random, themes));
    for (int n = between(random, 0, 4); n > 0; --n) {
        PlayedNight night;
        night.ended_at = 1'600'000'000 + n;
        for (int c = between(random, 0, 15); c > 0; --c) {
            const Deck& deck = pick(random, world.decks);
            night.cards.push_back(card_key(deck.id, pick(random, deck.cards)));
        }
        world.history.nights.push_back(std::move(night));
    }
    for (int f = between(random, 0, 3); f > 0; --f) {
        const Deck& deck = pick(random, world.decks);
        world.history.favourites.push_back(card_key(deck.id, pick(random, deck.cards)));
    }
    return world;
}

// How much of each situation the random nights produced, so that a change to the generator
// cannot quietly stop exercising a rule.
struct Coverage {
    long deals = 0;
    long game_night_deals = 0;
    long mode_deals = 0;
    long swaps = 0;
    long closing_cards = 0;
    long held_back_dealt = 0;   // only held-back cards were left at that level
    long theme_run_avoided = 0;
    long kind_run_avoided = 0;
    long deeper_steps = 0;
    long shallower_steps = 0;
    long party_deals = 0;
};
Coverage coverage;

// The independent statement of the rules, fed what a front end can see.
class Oracle {
public:
    explicit Oracle(const World& world) : world_(world), setup_(world.setup), limits_(world.limits) {
        if (setup_.style == PlayStyle::party && !setup_.teams.empty()) {
            for (const Team& team : setup_.teams) seats_.push_back({team.name, team.members});
        } else {
            for (std::size_t p = 0; p < setup_.players.size(); ++p) seats_.push_back({setup_.players[p], {p}});
        }
        partner_turns_.assign(seats_.size(), 0);
        game_night_ = setup_.mode.empty() || setup_.mode == "game-night";
        const auto chosen = [](const std::vector<std::string>& list, const std::string& value) {
            return list.empty() || std::find(list.begin(), list.end(), value) != list.end();
        };
        for (const Deck& deck : world.decks) {
            if (!chosen(setup_.decks, deck.id)) continue;
            for (const Card& card : deck.cards) {
                if (chosen(setup_.themes, card.theme) && card.level >= setup_.min_level &&
                    card.level <= setup_.max_level && card.intensity <= setup_.intensity_limit) {
                    pool_.push_back({card, card_key(deck.id, card)});
                }
            }
        }
        const std::size_t nights = std::min<std::size_t>(world.history.nights.size(),
                                                         static_cast<std::size_t>(setup_.hold_back_nights));
        for (std::size_t n = world.history.nights.size() - nights; n < world.history.nights.size(); ++n) {
            held_back_.insert(world.history.nights[n].cards.begin(), world.history.nights[n].cards.end());
        }
        if (setup_.replay_favourites) {
            for (const std::string& key : world.history.favourites) held_back_.erase(key);
        }
    }

    void set_limits(std::size_t player, const ConsentLimits& limits) { limits_[player] = limits; }

    // Called with the views before and after one step. `done` tells whether a card was played.
    void observe(const SessionView& before, const SessionView& after, bool played, bool swapped, bool new_turn) {
        if (swapped) ++coverage.swaps;
        if (swapped && after.card) {
            CHECK(after.turn.number == before.turn.number);
            CHECK(after.turn.reader == before.turn.reader);
            CHECK(after.cards_played == before.cards_played);
        }
        if (played) {
            const CardView& card = *before.card;
            played_.push_back({card.theme, card.kind, card.level});
            if (before.turn.answers != Answerer::everyone) ++partner_turns_[seat_named(before.turn.partner)];
        }
        if (!after.card) {
            current_.clear();
            return;
        }
        const std::string key = key_of(*after.card);
        if (played || swapped) CHECK(key != current_);  // a new card, never the same one again
        if (key == current_) return;
        check_deal(after, new_turn);
        current_ = key;
        shown_keys_.insert(key);
        shown_texts_.insert(after.card->text);
    }

    void finish(const SessionView& view) {
        if (setup_.length.unit == LengthUnit::cards && game_night_) {
            CHECK(played_.size() <= static_cast<std::size_t>(setup_.length.amount));
            if (view.end_reason == EndReason::completed) CHECK(played_.size() == static_cast<std::size_t>(setup_.length.amount));
        }
        if (!game_night_) return;
        // Depth over the night: it may rise, then fall, but never rise again after falling.
        bool fallen = false;
        for (std::size_t i = 1; i < played_.size(); ++i) {
            if (played_[i].level < played_[i - 1].level) fallen = true;
            if (fallen) CHECK(played_[i].level <= played_[i - 1].level);
        }
    }

private:
    struct Pooled {
        Card card;
        std::string key;
    };
    struct Played {
        std::string theme;
        CardKind kind;
        int level;
    };

    static std::string key_of(const CardView& view) {
        Card shown;
        shown.id = view.card_id;
        shown.text = view.text;
        return card_key(view.deck_id, shown);
    }

    std::size_t seat_named(const std::string& name) const {
        for (std::size_t s = 0; s < seats_.size(); ++s) {
            if (seats_[s].name == name) return s;
        }
        FAIL("no seat is called " << name);
        return 0;
    }

    bool allows(const Card& card, const std::vector<std::size_t>& seats) const {
        if (card.intensity > setup_.intensity_limit) return false;
        for (const std::size_t seat : seats) {
            for (const std::size_t player : seats_[seat].players) {
                const ConsentLimits& limits = limits_[player];
                if (card.intensity > limits.max_intensity) return false;
                if (std::find(limits.skip_kinds.begin(), limits.skip_kinds.end(), card.kind) != limits.skip_kinds.end()) return false;
                if (std::find(limits.skip_themes.begin(), limits.skip_themes.end(), card.theme) != limits.skip_themes.end()) return false;
            }
        }
        return true;
    }

    std::vector<std::size_t> involved(Answerer answers, std::size_t reader, std::size_t partner) const {
        if (answers == Answerer::everyone) {
            std::vector<std::size_t> all(seats_.size());
            for (std::size_t s = 0; s < all.size(); ++s) all[s] = s;
            return all;
        }
        return {reader, answers == Answerer::left ? (reader + 1) % seats_.size() : partner};
    }

    // The partner rule: the seat named least often so far, nearest on the reader's left on a tie.
    std::size_t expected_turn_partner(std::size_t reader) const {
        std::size_t best = (reader + 1) % seats_.size();
        for (std::size_t step = 2; step < seats_.size(); ++step) {
            const std::size_t seat = (reader + step) % seats_.size();
            if (partner_turns_[seat] < partner_turns_[best]) best = seat;
        }
        return best;
    }

    void check_deal(const SessionView& view, bool new_turn) {
        const CardView& dealt = *view.card;
        const std::string key = key_of(dealt);
        INFO("turn " << view.turn.number << ", card " << key << " (level " << dealt.level << ", theme " << dealt.theme
                     << ", kind " << to_string(dealt.kind) << ")");
        // Never the same card twice in a night (by key or by text).
        CHECK_FALSE(shown_keys_.contains(key));
        CHECK_FALSE(shown_texts_.contains(dealt.text));
        // Within the limits of everyone the card involves.
        Card as_dealt;
        as_dealt.kind = dealt.kind;
        as_dealt.theme = dealt.theme;
        as_dealt.intensity = dealt.intensity;
        const std::size_t reader = seat_named(view.turn.reader);
        const std::size_t partner = view.turn.answers == Answerer::everyone ? reader : seat_named(view.turn.partner);
        CHECK(allows(as_dealt, involved(view.turn.answers, reader, partner)));
        ++coverage.deals;
        if (setup_.style == PlayStyle::party) ++coverage.party_deals;
        if (!game_night_) {
            ++coverage.mode_deals;
            return;
        }
        ++coverage.game_night_deals;

        // Game Night: who reads, who partners, and which card.
        CHECK(reader == played_.size() % seats_.size());
        const std::size_t turn_partner = expected_turn_partner(reader);
        if (view.turn.answers == Answerer::left) CHECK(partner == (reader + 1) % seats_.size());
        else if (view.turn.answers != Answerer::everyone) CHECK(partner == turn_partner);
        if (new_turn && setup_.length.unit == LengthUnit::cards) {
            CHECK(dealt.closing == (!played_.empty() && played_.size() + 1 == static_cast<std::size_t>(setup_.length.amount)));
        }

        std::vector<const Pooled*> eligible;
        for (const Pooled& pooled : pool_) {
            if (shown_keys_.contains(pooled.key) || shown_texts_.contains(pooled.card.text)) continue;
            if (allows(pooled.card, involved(pooled.card.answers, reader, turn_partner))) eligible.push_back(&pooled);
        }
        const auto is_dealt = [&](const Pooled* pooled) { return pooled->key == key; };
        REQUIRE(std::any_of(eligible.begin(), eligible.end(), is_dealt));
        const auto held = [&](const Pooled* pooled) { return held_back_.contains(pooled->key); };
        const auto keep_if_any = [](std::vector<const Pooled*>& list, auto keep) {
            if (std::any_of(list.begin(), list.end(), keep)) std::erase_if(list, [&](const Pooled* p) { return !keep(p); });
        };
        const int last = played_.empty() ? setup_.min_level : played_.back().level;

        if (dealt.closing && !played_.empty()) {
            std::vector<const Pooled*> closing;
            for (const Pooled* pooled : eligible) {
                if (pooled->card.level <= last) closing.push_back(pooled);
            }
            if (!closing.empty()) {
                // The closing card: never deeper than the card before, fresh if possible, warm if
                // possible, and the lightest of those.
                keep_if_any(closing, [&](const Pooled* p) { return !held(p); });
                keep_if_any(closing, [&](const Pooled* p) { return is_warm_card(p->card); });
                int lightest = 3;
                for (const Pooled* pooled : closing) lightest = std::min(lightest, pooled->card.level);
                keep_if_any(closing, [&](const Pooled* p) { return p->card.level == lightest; });
                CHECK(std::any_of(closing.begin(), closing.end(), is_dealt));
                ++coverage.closing_cards;
                return;
            }
        }

        // Depth: the level rule.
        std::map<int, std::vector<const Pooled*>> by_level;
        for (const Pooled* pooled : eligible) by_level[pooled->card.level].push_back(pooled);
        bool fallen = false;
        for (std::size_t i = 1; i < played_.size(); ++i) fallen = fallen || played_[i].level < played_[i - 1].level;
        std::vector<int> order;
        if (fallen) {
            for (int level = last; level >= setup_.min_level; --level) order.push_back(level);
        } else {
            const std::int64_t done = setup_.length.unit == LengthUnit::cards ? static_cast<std::int64_t>(played_.size()) : view.elapsed_ms;
            const std::int64_t total = setup_.length.unit == LengthUnit::cards ? setup_.length.amount
                                                                                : std::int64_t{setup_.length.amount} * 60'000;
            int target = setup_.min_level;
            if (setup_.max_level > setup_.min_level && 4 * done >= total) {
                target = 5 * done >= 3 * total ? setup_.max_level : setup_.min_level + 1;
            }
            const int aim = std::min({std::max(target, last), last + 1, setup_.max_level});
            for (int level = aim; level >= last; --level) order.push_back(level);
            for (int level = aim + 1; level <= setup_.max_level; ++level) order.push_back(level);
            for (int level = last - 1; level >= setup_.min_level; --level) order.push_back(level);
        }
        int expected_level = 0;
        for (const int level : order) {
            if (by_level.contains(level)) {
                expected_level = level;
                break;
            }
        }
        REQUIRE(dealt.level == expected_level);
        if (!played_.empty() && dealt.level > last) ++coverage.deeper_steps;
        if (!played_.empty() && dealt.level < last) ++coverage.shallower_steps;

        // Balance within that level: fresh cards first, no third card of a theme in a row, the
        // least played theme, no third card of a kind in a row.
        std::vector<const Pooled*> candidates = by_level[expected_level];
        keep_if_any(candidates, [&](const Pooled* p) { return !held(p); });
        CHECK(std::any_of(candidates.begin(), candidates.end(), is_dealt));
        if (held_back_.contains(key)) ++coverage.held_back_dealt;
        const std::size_t n = played_.size();
        if (n >= 2 && played_[n - 1].theme == played_[n - 2].theme) {
            const std::string run = played_[n - 1].theme;
            const std::size_t before_run = candidates.size();
            keep_if_any(candidates, [&](const Pooled* p) { return p->card.theme != run; });
            if (candidates.size() < before_run && dealt.theme != run) ++coverage.theme_run_avoided;
        }
        std::map<std::string, int> counts;
        for (const Played& entry : played_) ++counts[entry.theme];
        int fewest = 1'000'000;
        for (const Pooled* pooled : candidates) fewest = std::min(fewest, counts[pooled->card.theme]);
        CHECK(counts[dealt.theme] == fewest);
        keep_if_any(candidates, [&](const Pooled* p) { return counts[p->card.theme] == fewest; });
        if (n >= 2 && played_[n - 1].kind == played_[n - 2].kind) {
            const CardKind run = played_[n - 1].kind;
            const std::size_t before_run = candidates.size();
            keep_if_any(candidates, [&](const Pooled* p) { return p->card.kind != run; });
            if (candidates.size() < before_run && dealt.kind != run) ++coverage.kind_run_avoided;
        }
        CHECK(std::any_of(candidates.begin(), candidates.end(), is_dealt));
    }

    const World& world_;
    SessionSetup setup_;
    std::vector<ConsentLimits> limits_;
    std::vector<Seat> seats_;
    std::vector<Pooled> pool_;
    std::unordered_set<std::string> held_back_;
    std::vector<int> partner_turns_;
    bool game_night_ = true;
    std::vector<Played> played_;
    std::unordered_set<std::string> shown_keys_;
    std::unordered_set<std::string> shown_texts_;
    std::string current_;
};

struct Step {
    std::int64_t advance_seconds = 0;
    std::optional<Action> action;
    std::optional<std::pair<std::size_t, ConsentLimits>> new_limits;
};

Step random_step(Random& random, const World& world) {
    Step step;
    step.advance_seconds = random.below(4) == 0 ? 0 : between(random, 1, 240);
    const std::uint32_t roll = random.below(100);
    if (roll < 50) step.action = Action::done();
    else if (roll < 65) step.action = Action::swap();
    else if (roll < 70) step.action = Action::favourite();
    else if (roll < 74) step.action = Action::pause();
    else if (roll < 78) step.action = Action::resume();
    else if (roll < 83) step.action = Action::timer_start();
    else if (roll < 86) step.action = Action::timer_pause();
    else if (roll < 89) step.action = Action::timer_extend(between(random, 1, 120));
    else if (roll < 91) step.action = Action::timer_skip();
    else if (roll < 93) step.action = Action::timer_length(between(random, 30, 300));
    else if (roll < 97) {
        const auto player = random.below(static_cast<std::uint32_t>(world.setup.players.size()));
        step.new_limits = std::pair{std::size_t{player}, random_limits(random, world.themes)};
    } else if (roll < 98) {
        step.action = Action::end();
    }
    return step;
}

struct Played {
    std::vector<std::string> moments;
    bool started = false;
};

// Plays a world's night; with an oracle, checks every deal on the way.
Played play(const World& world, std::uint64_t script_seed, Oracle* oracle) {
    Played result;
    ManualClock clock;
    MemoryHistoryStore history(world.history);
    ConsentBook consent(world.setup.players.size());
    for (std::size_t p = 0; p < world.limits.size(); ++p) consent.set_limits(p, world.limits[p]);
    SessionStart start = Session::start(world.setup, world.decks, std::move(consent), clock, {&history, nullptr});
    if (!start.session) return result;
    result.started = true;
    Session& session = *start.session;
    const auto record = [&](const SessionView& view) {
        std::string moment = std::to_string(view.turn.number) + "|" + view.turn.reader + "|";
        if (view.card) moment += view.card->deck_id + "/" + view.card->text + "|" + std::string(to_string(view.turn.answers)) + ":" +
                                  (view.turn.speakers.empty() ? std::string() : view.turn.speakers.front());
        moment += "|" + std::to_string(view.timer.remaining_ms) + "|" + std::string(to_string(view.stage));
        result.moments.push_back(std::move(moment));
    };
    SessionView before = session.view();
    if (oracle) oracle->observe(before, before, false, false, true);
    record(before);
    Random script(script_seed, 5);
    for (int i = 0; i < max_steps && !session.finished(); ++i) {
        const Step step = random_step(script, world);
        clock.advance_seconds(step.advance_seconds);
        bool played = false;
        bool swapped = false;
        if (step.action) {
            const ActionResult applied = session.apply(*step.action);
            played = applied == ActionResult::applied && step.action->type == ActionType::done;
            swapped = applied == ActionResult::applied && step.action->type == ActionType::swap;
        } else if (step.new_limits) {
            if (oracle) oracle->set_limits(step.new_limits->first, step.new_limits->second);
            session.set_limits(step.new_limits->first, step.new_limits->second);
        }
        const SessionView after = session.view();
        if (oracle) oracle->observe(before, after, played, swapped, played);
        record(after);
        before = after;
    }
    if (oracle) oracle->finish(session.view());
    return result;
}

}  // namespace

TEST_CASE("Property: 10,000 random nights follow every dealing rule and replay identically") {
    int started = 0;
    int game_nights = 0;
    std::size_t moments = 0;
    for (int seed = 0; seed < worlds_to_play; ++seed) {
        const World world = random_world(static_cast<std::uint64_t>(seed));
        INFO("world seed " << seed);
        Oracle oracle(world);
        const Played first = play(world, static_cast<std::uint64_t>(seed), &oracle);
        const Played second = play(world, static_cast<std::uint64_t>(seed), nullptr);
        REQUIRE(first.started == second.started);
        REQUIRE(first.moments == second.moments);
        if (first.started) {
            ++started;
            if (world.setup.mode.empty()) ++game_nights;
        }
        moments += first.moments.size();
    }
    // The worlds must really exercise the rules, not mostly fail to start.
    INFO("started " << started << ", game nights " << game_nights << ", moments " << moments << ", deals "
                    << coverage.deals << " (game night " << coverage.game_night_deals << ", modes "
                    << coverage.mode_deals << ", party " << coverage.party_deals << "), swaps " << coverage.swaps
                    << ", closing cards " << coverage.closing_cards << ", held back dealt "
                    << coverage.held_back_dealt << ", theme runs avoided " << coverage.theme_run_avoided
                    << ", kind runs avoided " << coverage.kind_run_avoided << ", deeper " << coverage.deeper_steps
                    << ", shallower " << coverage.shallower_steps);
    CHECK(started > worlds_to_play / 2);
    CHECK(game_nights > worlds_to_play / 2);
    CHECK(coverage.deals > worlds_to_play * 6);
    CHECK(coverage.mode_deals > worlds_to_play / 2);
    CHECK(coverage.party_deals > worlds_to_play * 2);
    CHECK(coverage.swaps > worlds_to_play);
    CHECK(coverage.closing_cards > worlds_to_play / 10);
    CHECK(coverage.held_back_dealt > 100);
    CHECK(coverage.theme_run_avoided > 1000);
    CHECK(coverage.kind_run_avoided > 100);
    CHECK(coverage.deeper_steps > 1000);
    CHECK(coverage.shallower_steps > 100);
    if (std::getenv("KINDLING_SHOW_COVERAGE") != nullptr) WARN("coverage of the random nights");
}
