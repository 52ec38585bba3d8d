// The night's flow: its stages, the commands each stage accepts, the decks each style deals
// from by default, and `simulate` driving it like the game (never a party card for two).
#include "core/deck/translation_reader.hpp"
#include "core/session/night_flow.hpp"
#include "core/session/night_simulation.hpp"
#include "core/store/save_store.hpp"
#include "support/fixtures.hpp"
#include "support/night_helpers.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using namespace kindling;
using namespace kindling::testing;

namespace {

// A deck made for a room: most of its cards are answered by everyone.
Deck room_deck(std::string id) {
    Deck made = generous_deck(std::move(id), {"play"}, 4);
    for (Card& card : made.cards) card.answers = Answerer::everyone;
    return made;
}

struct Flow {
    explicit Flow(std::vector<Deck> given, SessionStores stores = {})
        : decks(std::move(given)), source(decks), flow(source, clock, stores) {}
    std::vector<Deck> decks;
    FixedNightDecks source;
    ManualClock clock;
    NightFlow flow;
};

}  // namespace

TEST_CASE("The night's flow accepts each command only in its stage and changes nothing otherwise") {
    Deck mixed = generous_deck("two", {"play", "closeness"}, 3);
    for (std::size_t i = 0; i < mixed.cards.size(); i += 2) mixed.cards[i].intensity = Intensity::private_;
    Flow f({mixed});
    NightFlow& flow = f.flow;
    CHECK(flow.stage() == NightStage::idle);
    CHECK_FALSE(flow.begin_consent());
    CHECK_FALSE(flow.set_limits(0, {}));
    CHECK_FALSE(flow.start().started);
    CHECK_FALSE(flow.end());
    CHECK_FALSE(flow.close());
    CHECK_FALSE(flow.request_next_card());
    CHECK_FALSE(flow.summary());
    CHECK(flow.stage() == NightStage::idle);

    REQUIRE(flow.plan(PlayStyle::couple, {"Alex", "Sam"}, 5));
    CHECK(flow.stage() == NightStage::setup);
    CHECK_FALSE(flow.set_limits(0, {}));
    // A couple's night needs both players' limits first: refused, and the set-up stays open.
    const StartOutcome early = flow.start();
    CHECK_FALSE(early.started);
    CHECK_FALSE(early.problems.empty());
    CHECK(flow.stage() == NightStage::setup);
    CHECK(flow.session() == nullptr);

    REQUIRE(flow.begin_consent());
    CHECK(flow.stage() == NightStage::limits);
    CHECK(flow.set_limits(0, {Intensity::company, {}, {}}));
    CHECK(flow.set_limits(1, {}));
    CHECK_FALSE(flow.set_limits(2, {}));
    flow.draft().length = {LengthUnit::cards, 3};
    REQUIRE(flow.start().started);
    CHECK(flow.stage() == NightStage::cards);
    REQUIRE(flow.session() != nullptr);
    CHECK(flow.party() == nullptr);
    CHECK(flow.session()->setup().length.amount == 3);
    // The limits given in the limits stage are the night's: nothing private for player 1.
    CHECK(flow.session()->view().card->intensity == Intensity::company);
    // Nothing of planning while the cards are out.
    CHECK_FALSE(flow.plan(PlayStyle::party, {"A", "B", "C"}, 1));
    CHECK_FALSE(flow.choose_style(PlayStyle::party));
    CHECK_FALSE(flow.begin_consent());
    CHECK_FALSE(flow.close());
    CHECK_FALSE(flow.summary());
    CHECK(flow.style() == PlayStyle::couple);
    CHECK_FALSE(flow.can_keep_for_later());  // no save store

    REQUIRE(flow.end());
    CHECK(flow.stage() == NightStage::summary);
    CHECK(flow.session()->finished());
    CHECK_FALSE(flow.scores_before_summary());
    const std::optional<NightSummary> summary = flow.summary();
    REQUIRE(summary);
    CHECK_FALSE(summary->party);
    CHECK_FALSE(flow.end());
    CHECK_FALSE(flow.request_next_card());
    REQUIRE(flow.close());
    CHECK(flow.stage() == NightStage::idle);
    CHECK(flow.session() == nullptr);
}

TEST_CASE("A party starts from its set-up without private limits and shows its scores before the summary") {
    Flow f({generous_deck("friends", {"play"}, 6)});
    NightFlow& flow = f.flow;
    REQUIRE(flow.plan_party({"Ana", "Ben", "Cleo", "Dev"}, {}, PartyRules{}, 10, 3));
    CHECK(flow.style() == PlayStyle::party);
    CHECK(flow.draft().intensity_limit == Intensity::company);
    CHECK(flow.draft().length.amount == 10);
    CHECK_FALSE(flow.begin_consent());
    CHECK(flow.stage() == NightStage::setup);
    REQUIRE(flow.start().started);
    REQUIRE(flow.party() != nullptr);
    CHECK(flow.party()->player_count() == 4);
    CHECK_FALSE(flow.can_keep_for_later());

    // A vote over the card has finished: the request is taken once.
    CHECK(flow.request_next_card());
    CHECK(flow.take_next_card_request());
    CHECK_FALSE(flow.take_next_card_request());

    REQUIRE(flow.end());
    CHECK(flow.scores_before_summary());
    const std::optional<NightSummary> summary = flow.summary();
    REQUIRE(summary);
    CHECK(summary->party);
    CHECK(summary->scores.size() == 4);
    REQUIRE(flow.close());
    CHECK(flow.party() == nullptr);
}

TEST_CASE("A couple's night kept for later comes back through everyone's limits, on the same card") {
    MemorySaveStore saves;
    Flow f({generous_deck("two", {"play", "closeness"}, 3)}, {nullptr, &saves});
    NightFlow& flow = f.flow;
    flow.plan(PlayStyle::couple, {"Alex", "Sam"}, 9);
    flow.begin_consent();
    REQUIRE(flow.start().started);
    flow.session()->apply(Action::done());
    const std::string card = flow.session()->view().card->text;
    REQUIRE(flow.can_keep_for_later());
    REQUIRE(flow.keep_for_later());
    CHECK(flow.stage() == NightStage::idle);
    CHECK(flow.session() == nullptr);
    REQUIRE(flow.saved());

    REQUIRE(flow.plan_resume());
    CHECK(flow.stage() == NightStage::limits);
    CHECK(flow.resuming());
    CHECK(flow.set_limits(0, {}));
    REQUIRE(flow.start().started);
    CHECK(flow.session()->view().card->text == card);
    CHECK(flow.session()->view().turn.number == 2);
    CHECK_FALSE(flow.saved());
}

TEST_CASE("A saved night that cannot go on is let go and the flow is idle again") {
    MemorySaveStore saves;
    {
        Flow before({generous_deck("gone", {"play"}, 3)}, {nullptr, &saves});
        before.flow.plan(PlayStyle::couple, {"Alex", "Sam"}, 9);
        before.flow.draft().decks = {"gone"};
        before.flow.begin_consent();
        REQUIRE(before.flow.start().started);
    }
    Flow after({generous_deck("other", {"play"}, 3)}, {nullptr, &saves});
    after.flow.look_for_saved_night();
    REQUIRE(after.flow.plan_resume());
    const StartOutcome outcome = after.flow.start();
    CHECK_FALSE(outcome.started);
    CHECK(outcome.saved_night_dropped);
    CHECK_FALSE(outcome.problems.empty());
    CHECK(after.flow.stage() == NightStage::idle);
    CHECK_FALSE(after.flow.saved());
}

TEST_CASE("Couples are dealt from the decks written for two, parties from those for a room or their own") {
    const std::vector<Deck> decks{generous_deck("two", {"play"}, 2), room_deck("room"), generous_deck("also-two", {"play"}, 2),
                                  room_deck("my-room")};
    CHECK(made_for_groups(decks[1]));
    CHECK_FALSE(made_for_groups(decks[0]));
    CHECK(default_decks(decks, 4, PlayStyle::couple) == std::vector<std::string>{"two", "also-two"});
    CHECK(default_decks(decks, 4, PlayStyle::party) == std::vector<std::string>{"room", "my-room"});
    // The last deck is the player's own: a party takes it instead of the built-in one.
    CHECK(default_decks(decks, 3, PlayStyle::party) == std::vector<std::string>{"my-room"});
    // One kind only: every deck.
    CHECK(default_decks(std::span(decks).first(1), 1, PlayStyle::couple).empty());
    CHECK(default_decks(std::span(decks).first(1), 1, PlayStyle::party).empty());
}

TEST_CASE("simulate of a couple night over the built-in decks never deals a card meant for a room") {
    std::vector<Deck> decks;
    std::set<std::string> room_texts;
    for (const auto& path : files_with_extension(data_directory() / "decks", ".yaml")) {
        DeckFileRead read = read_deck_or_translation_file(path);
        REQUIRE(read.ok());
        if (read.is_translation) continue;
        if (made_for_groups(read.deck.deck)) {
            for (const Card& card : read.deck.deck.cards) room_texts.insert(card.text);
        }
        decks.push_back(std::move(read.deck.deck));
    }
    REQUIRE(room_texts.size() > 100);  // the party deck is among them
    // Which decks (by text) a `left` card comes from: "the person on your left" is for a room.
    std::set<std::string> left_texts;
    for (const Deck& deck : decks) {
        for (const Card& card : deck.cards) {
            if (card.answers == Answerer::left) left_texts.insert(card.text);
        }
    }
    REQUIRE_FALSE(left_texts.empty());
    for (const std::uint64_t seed : {1U, 2U, 3U, 42U}) {
        SimulationOptions options;
        options.seed = seed;
        options.players = {"Ana", "Bo"};
        options.cards = 300;
        const Simulation night = simulate_night(decks, options);
        REQUIRE(night.problems.empty());
        REQUIRE(night.turns.size() == 300);
        for (const SimulatedTurn& turn : night.turns) {
            INFO("seed " << seed << ", turn " << turn.turn << ": " << turn.text);
            CHECK_FALSE(room_texts.contains(turn.text));
            CHECK_FALSE(left_texts.contains(turn.text));
        }
    }
    // A party from the same decks does deal them.
    SimulationOptions party;
    party.players = {"Ana", "Bo", "Cy", "Di"};
    party.cards = 30;
    const Simulation room = simulate_night(decks, party);
    REQUIRE(room.problems.empty());
    CHECK(std::any_of(room.turns.begin(), room.turns.end(), [&](const SimulatedTurn& turn) {
        return room_texts.contains(turn.text);
    }));
}
