// "Dig deeper": a follow-up prompt on the card on the table, once per player and level, from
// decks of follow-ups that are never dealt; and the start's closeness check kept with a night
// kept for later. Driven headless, like the card screen does.
#include "core/deck/deck_catalogue.hpp"
#include "core/night/card_pool.hpp"
#include "core/session/night_flow.hpp"
#include "core/store/saved_night.hpp"
#include "support/night_helpers.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace kindling;
using namespace kindling::testing;

namespace {

Deck follow_up_deck(int prompts, Intensity intensity = Intensity::company) {
    std::vector<Card> cards;
    for (int i = 0; i < prompts; ++i) {
        cards.push_back(card("ask-" + std::to_string(i), CardKind::question, "inner-world", 1, intensity));
        cards.back().text = "Follow-up number " + std::to_string(i) + "?";
    }
    Deck made = deck("prompts", std::move(cards));
    made.purpose = DeckPurpose::follow_up;
    return made;
}

// The same follow-ups in other words, as a translation would show them.
Deck shown_in_german(Deck deck) {
    for (Card& card : deck.cards) card.text = "Nachfrage " + card.id + "?";
    return deck;
}

class DecksWithFollowUps final : public NightDecks {
public:
    DecksWithFollowUps(std::vector<Deck> decks, std::vector<Deck> written, std::vector<Deck> shown)
        : decks_(std::move(decks)), written_(std::move(written)), shown_(std::move(shown)) {}
    [[nodiscard]] std::span<const Deck> as_written() const override { return decks_; }
    [[nodiscard]] std::span<const Deck> shown() const override { return decks_; }
    [[nodiscard]] std::size_t builtin_count() const override { return decks_.size(); }
    [[nodiscard]] std::span<const Deck> follow_ups_as_written() const override { return written_; }
    [[nodiscard]] std::span<const Deck> follow_ups_shown() const override { return shown_; }

private:
    std::vector<Deck> decks_;
    std::vector<Deck> written_;
    std::vector<Deck> shown_;
};

struct Digging {
    explicit Digging(int prompts = 12, SessionStores stores = {})
        : decks{generous_deck("two", {"play", "closeness"}, 4)},
          follow_ups{follow_up_deck(prompts)},
          source(decks, follow_ups, std::vector<Deck>{shown_in_german(follow_ups[0])}),
          plain(decks, follow_ups),
          flow(plain, clock, stores) {}
    std::vector<Deck> decks;
    std::vector<Deck> follow_ups;
    DecksWithFollowUps source;
    FixedNightDecks plain;
    ManualClock clock;
    NightFlow flow;

    void start_couple(std::uint64_t seed = 7, int cards = 14) {
        REQUIRE(flow.plan(PlayStyle::couple, {"Alex", "Sam"}, seed));
        REQUIRE(flow.begin_consent());
        flow.draft().length = {LengthUnit::cards, cards};
        REQUIRE(flow.start().started);
    }
    [[nodiscard]] int level() const { return flow.session()->view().card->level; }
    // Answers cards until one of another depth is on the table; false when the night ended first.
    bool on_to_next_level() {
        const int now = level();
        for (int i = 0; i < 20; ++i) {
            flow.session()->apply(Action::done());
            if (!flow.session()->view().card) return false;
            if (level() != now) return true;
        }
        return false;
    }
};

}  // namespace

TEST_CASE("Each player may dig deeper once per level, and again when the level changes") {
    Digging d;
    CHECK_FALSE(d.flow.dig_deeper(0));  // no night
    d.start_couple();
    CHECK(d.flow.follow_up_asker().has_value());
    REQUIRE(d.flow.can_dig_deeper(0));
    const std::optional<FollowUp> first = d.flow.dig_deeper(0);
    REQUIRE(first);
    CHECK(first->player == 0);
    CHECK(first->key.starts_with("prompts/ask-"));
    CHECK(first->text.starts_with("Follow-up number "));
    // Once per level: refused for the same player, still open to the other.
    CHECK_FALSE(d.flow.can_dig_deeper(0));
    CHECK_FALSE(d.flow.dig_deeper(0));
    const std::optional<FollowUp> second = d.flow.dig_deeper(1);
    REQUIRE(second);
    CHECK(second->key != first->key);
    CHECK_FALSE(d.flow.dig_deeper(1));
    CHECK_FALSE(d.flow.dig_deeper(2));  // no such player

    // Another card of the same depth is still the same level.
    const int level = d.level();
    d.flow.session()->apply(Action::done());
    REQUIRE(d.flow.session()->view().card);
    if (d.level() == level) CHECK_FALSE(d.flow.can_dig_deeper(0));
    // A new level: both may ask again.
    if (d.level() == level) REQUIRE(d.on_to_next_level());
    CHECK(d.flow.can_dig_deeper(0));
    CHECK(d.flow.can_dig_deeper(1));
    REQUIRE(d.flow.dig_deeper(0));
    CHECK_FALSE(d.flow.can_dig_deeper(0));
    CHECK(d.flow.session()->state().follow_ups.size() == 3);
}

TEST_CASE("Follow-ups come from the night's seed and never twice in a night") {
    const auto first_prompts = [](std::uint64_t seed) {
        Digging d;
        d.start_couple(seed);
        std::vector<std::string> keys;
        keys.push_back(d.flow.dig_deeper(0).value().key);
        keys.push_back(d.flow.dig_deeper(1).value().key);
        return keys;
    };
    CHECK(first_prompts(7) == first_prompts(7));
    std::set<std::vector<std::string>> seen;
    for (std::uint64_t seed = 1; seed <= 6; ++seed) seen.insert(first_prompts(seed));
    CHECK(seen.size() > 1);  // the seed chooses, not the order of the deck

    // Three prompts: after three follow-ups there is none left, whatever the level.
    Digging few(3);
    few.start_couple(7, 30);
    std::set<std::string> keys;
    keys.insert(few.flow.dig_deeper(0).value().key);
    keys.insert(few.flow.dig_deeper(1).value().key);
    REQUIRE(few.on_to_next_level());
    keys.insert(few.flow.dig_deeper(0).value().key);
    CHECK(keys.size() == 3);
    CHECK_FALSE(few.flow.can_dig_deeper(1));
    CHECK_FALSE(few.flow.dig_deeper(1));
}

TEST_CASE("Dig deeper is refused at a party, without a card on the table and outside the cards") {
    Digging party;
    REQUIRE(party.flow.plan_party({"Ana", "Ben", "Cleo"}, {}, PartyRules{}, 10, 3));
    REQUIRE(party.flow.start().started);
    CHECK_FALSE(party.flow.follow_up_asker());
    CHECK_FALSE(party.flow.can_dig_deeper(0));
    CHECK_FALSE(party.flow.dig_deeper(0));

    Digging d;
    d.start_couple();
    // The night ran out of cards (or was ended) while the card screen still shows: no card
    // was there to follow up.
    d.flow.session()->apply(Action::end());
    REQUIRE_FALSE(d.flow.session()->view().card);
    CHECK_FALSE(d.flow.follow_up_asker());
    CHECK_FALSE(d.flow.dig_deeper(0));
    REQUIRE(d.flow.end());
    CHECK_FALSE(d.flow.dig_deeper(1));

    // Prompts beyond someone's limits are never offered.
    Deck private_prompts = follow_up_deck(4, Intensity::private_);
    std::vector<Deck> decks{generous_deck("two", {"play"}, 4)};
    std::vector<Deck> follow_ups{private_prompts};
    FixedNightDecks source(decks, follow_ups);
    ManualClock clock;
    NightFlow flow(source, clock, {});
    REQUIRE(flow.plan(PlayStyle::couple, {"Alex", "Sam"}, 2));
    REQUIRE(flow.begin_consent());
    REQUIRE(flow.set_limits(1, {Intensity::company, {}, {}}));
    REQUIRE(flow.start().started);
    CHECK_FALSE(flow.dig_deeper(0));
}

TEST_CASE("The follow-up speaks the night's language, its key does not") {
    Digging d;
    NightFlow flow(d.source, d.clock, {});
    REQUIRE(flow.plan(PlayStyle::couple, {"Alex", "Sam"}, 7));
    REQUIRE(flow.begin_consent());
    REQUIRE(flow.start().started);
    const std::optional<FollowUp> asked = flow.dig_deeper(1);
    REQUIRE(asked);
    CHECK(asked->text.starts_with("Nachfrage ask-"));
    REQUIRE(asked->key.starts_with("prompts/ask-"));
    CHECK(asked->text == "Nachfrage " + asked->key.substr(std::string("prompts/").size()) + "?");
}

TEST_CASE("A night kept for later keeps the follow-ups asked and the start's closeness check") {
    MemorySaveStore saves;
    MemoryHistoryStore history;
    MemoryBetweenStore between;
    Digging d(12, SessionStores{&history, &saves, &between});
    d.start_couple();
    REQUIRE(d.flow.check_closeness(CheckMoment::start, 0, ClosenessAnswer{30, true}));
    REQUIRE(d.flow.check_closeness(CheckMoment::start, 1, std::nullopt));
    d.flow.session()->apply(Action::done());
    const std::string first = d.flow.dig_deeper(0).value().key;
    REQUIRE(d.flow.keep_for_later());

    // The saved night reads back with both.
    REQUIRE(d.flow.saved());
    const NightState& saved = d.flow.saved()->night;
    REQUIRE(saved.follow_ups.size() == 1);
    CHECK(saved.follow_ups[0].seat == 0);
    CHECK(saved.follow_ups[0].turn == 1);
    CHECK(saved.follow_ups[0].key == first);
    CHECK(saved.start_checks == std::vector<StartCheck>{{0, 30, true}, {1, std::nullopt, false}});

    REQUIRE(d.flow.plan_resume());
    REQUIRE(d.flow.start().started);
    // Same card, same level: player 0 has dug deeper already; player 1 gets another prompt.
    CHECK_FALSE(d.flow.can_dig_deeper(0));
    const std::optional<FollowUp> other = d.flow.dig_deeper(1);
    REQUIRE(other);
    CHECK(other->key != first);
    // The start check is not asked again, and the end's pairs with the start's.
    CHECK_FALSE(d.flow.next_check(CheckMoment::start));
    d.flow.session()->apply(Action::done());
    REQUIRE(d.flow.end());
    REQUIRE(d.flow.check_closeness(CheckMoment::end, 0, ClosenessAnswer{70, true}));
    REQUIRE(d.flow.check_closeness(CheckMoment::end, 1, ClosenessAnswer{55, false}));
    const NightBetween& kept = between.between().nights.back();
    REQUIRE(kept.checks.size() == 2);
    CHECK(kept.checks[0] == PlayerCloseness{"Alex", ClosenessAnswer{30, true}, ClosenessAnswer{70, true}});
    CHECK(kept.checks[1] == PlayerCloseness{"Sam", std::nullopt, ClosenessAnswer{55, false}});
}

TEST_CASE("A saved night without follow-ups or start checks (an older file) still reads") {
    SavedNight night;
    night.setup = couple(5);
    night.night.seats.resize(2);
    night.night.follow_ups = {{1, 3, 2, "follow-up/story-behind"}};
    night.night.start_checks = {{1, 64, false}};
    std::string text = encode_saved_night(night);
    DiagnosticList diagnostics("saved");
    const std::optional<SavedNight> back = decode_saved_night(text, diagnostics);
    REQUIRE(back);
    CHECK(back->night.follow_ups == night.night.follow_ups);
    CHECK(back->night.start_checks == night.night.start_checks);

    text.erase(text.find("  follow_ups:"));
    DiagnosticList older("saved");
    const std::optional<SavedNight> old = decode_saved_night(text, older);
    REQUIRE(old);
    CHECK(old->night.follow_ups.empty());
    CHECK(old->night.start_checks.empty());
    CHECK(older.items().empty());
}

TEST_CASE("Follow-up decks are never dealt nor listed among a night's decks") {
    std::vector<Deck> decks{generous_deck("two", {"play"}, 4), follow_up_deck(6)};
    for (const PoolCard& card : game_night_pool(couple(10), decks)) CHECK(card.deck_id == "two");

    DeckCatalogue catalogue = load_deck_catalogue({});
    CHECK(catalogue.find("follow-up") == nullptr);
    for (const Deck& deck : catalogue.decks) CHECK(deck.purpose == DeckPurpose::night);
    REQUIRE(catalogue.follow_ups_as_written.size() == 1);
    const Deck& built_in = catalogue.follow_ups_as_written.front();
    CHECK(built_in.id == "follow-up");
    CHECK(built_in.cards.size() >= 40);
    CatalogueNightDecks night_decks(catalogue);
    for (const std::string& id : kindling::default_decks(night_decks.as_written(), night_decks.builtin_count(),
                                                         PlayStyle::couple)) {
        CHECK(id != "follow-up");
    }
    // Shown in German, every prompt has its own words, in the same order.
    catalogue.show_in_language("de");
    REQUIRE(catalogue.follow_ups.size() == 1);
    REQUIRE(catalogue.follow_ups.front().cards.size() == built_in.cards.size());
    for (std::size_t i = 0; i < built_in.cards.size(); ++i) {
        CHECK(catalogue.follow_ups.front().cards[i].id == built_in.cards[i].id);
        CHECK(catalogue.follow_ups.front().cards[i].text != built_in.cards[i].text);
    }
}
