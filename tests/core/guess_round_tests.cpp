// The guess round of a party's guess card (core/session/guess_round.hpp) and through the night's
// flow, where the shared screen and the reader's phone give the same round its answer.
#include "core/session/guess_round.hpp"
#include "core/session/night_flow.hpp"
#include "support/night_helpers.hpp"

#include <catch2/catch.hpp>

using namespace kindling;
using namespace kindling::testing;

namespace {

GuessPlan open_plan(std::size_t reader) {
    GuessPlan plan;
    plan.kind = GuessPlan::Kind::open;
    plan.answerer = reader;
    return plan;
}

GuessPlan pair_plan(std::size_t reader, std::size_t guesser) {
    GuessPlan plan;
    plan.answerer = reader;
    plan.guesser = guesser;
    return plan;
}

// Guess cards a pair guesses (the left neighbour) and guess cards everyone guesses.
Deck guess_party_deck() {
    std::vector<Card> cards;
    for (int i = 0; i < 6; ++i) {
        cards.push_back(card("pair-" + std::to_string(i), CardKind::guess, "play", 1, Intensity::company, Answerer::left));
        cards.push_back(card("open-" + std::to_string(i), CardKind::guess, "play", 1, Intensity::company,
                             Answerer::everyone));
        cards.push_back(card("vote-" + std::to_string(i), CardKind::vote, "play", 1));
    }
    return deck("room", std::move(cards));
}

struct GuessFlow {
    GuessFlow() : decks{guess_party_deck()}, source(decks), flow(source, clock, {}) {}
    std::vector<Deck> decks;
    FixedNightDecks source;
    ManualClock clock;
    NightFlow flow;

    // Deals on until the card on the table is a guess card for a round of this kind.
    void deal_until(GuessPlan::Kind kind) {
        const std::string prefix = kind == GuessPlan::Kind::open ? "open-" : "pair-";
        for (int i = 0; i < 30 && !flow.session()->view().card->card_id.starts_with(prefix); ++i) {
            REQUIRE(flow.session()->apply(Action::done()) == ActionResult::applied);
        }
        REQUIRE(flow.session()->view().card->card_id.starts_with(prefix));
    }
};

}  // namespace

TEST_CASE("A pair's guess round: the reader says right or missed, may change it, and scores the two") {
    GuessRound round(pair_plan(1, 2), 4);
    CHECK_FALSE(round.open());
    CHECK_FALSE(round.answered());
    CHECK(round.scorers().empty());
    CHECK_FALSE(round.mark(0, true));  // marks belong to an open round
    CHECK_FALSE(round.confirm());
    CHECK_FALSE(round.nobody());
    CHECK_FALSE(round.change());  // nothing to change yet
    REQUIRE(round.say(false));
    CHECK(round.answered());
    CHECK_FALSE(round.right());
    CHECK(round.scorers().empty());
    CHECK_FALSE(round.say(true));  // once, until changed
    REQUIRE(round.change());
    CHECK_FALSE(round.answered());
    REQUIRE(round.say(true));
    CHECK(round.scorers() == std::vector<std::size_t>{1, 2});
}

TEST_CASE("An open guess round: the reader marks who was right, never themselves, then confirms") {
    GuessRound round(open_plan(2), 4);
    CHECK(round.open());
    CHECK(round.people() == 4);
    CHECK_FALSE(round.say(true));  // right or missed belongs to a pair
    CHECK_FALSE(round.mark(2, true));  // the reader knows the answer
    CHECK_FALSE(round.mark(4, true));  // no such seat
    CHECK(round.mark(0, true));
    CHECK(round.mark(3, true));
    CHECK(round.mark(3, false));  // taken back
    CHECK(round.mark(1, true));
    CHECK(round.marked(0));
    CHECK_FALSE(round.marked(3));
    REQUIRE(round.confirm());
    CHECK(round.scorers() == std::vector<std::size_t>{0, 1});
    CHECK_FALSE(round.mark(3, true));  // answered: changed only after change()
    REQUIRE(round.change());
    CHECK(round.marked(1));  // the marks stay while the answer is changed
    REQUIRE(round.nobody());
    CHECK(round.scorers().empty());
    CHECK_FALSE(round.marked(0));
}

TEST_CASE("A party's guess round through the night's flow: kept with its card, scored once, refused out of step") {
    GuessFlow f;
    NightFlow& flow = f.flow;
    CHECK(flow.guess_round() == nullptr);
    CHECK_FALSE(flow.say_guess(true));  // no night yet
    PartyRules rules;
    rules.scoring = true;
    REQUIRE(flow.plan_party({"Ana", "Ben", "Cleo", "Dev"}, {}, rules, 20, 11));
    REQUIRE(flow.start().started);

    SECTION("a pair round") {
        f.deal_until(GuessPlan::Kind::pair);
        CHECK_FALSE(flow.say_guess(true));  // the round is not open yet
        REQUIRE(flow.open_round());
        REQUIRE(flow.guess_round() != nullptr);
        CHECK(flow.vote() == nullptr);
        CHECK(flow.write_round() == nullptr);
        const GuessPlan plan = flow.guess_round()->plan();
        REQUIRE(plan.kind == GuessPlan::Kind::pair);
        CHECK(plan.guesser != plan.answerer);
        CHECK_FALSE(flow.finish_guess());  // not answered
        CHECK_FALSE(flow.mark_guess(plan.guesser, true));
        CHECK_FALSE(flow.confirm_guess());
        REQUIRE(flow.say_guess(false));
        REQUIRE(flow.change_guess());
        REQUIRE(flow.say_guess(true));
        CHECK(flow.open_round());  // opening again keeps the answer
        CHECK(flow.guess_round()->answered());
        REQUIRE(flow.finish_guess());
        CHECK(flow.party()->scores().points(plan.answerer) == points_for_guessing);
        CHECK(flow.party()->scores().points(plan.guesser) == points_for_guessing);
        CHECK(flow.party()->tally().guesses == 1);
        CHECK(flow.party()->tally().right_guesses == 1);
        CHECK(flow.guess_round() == nullptr);
        CHECK_FALSE(flow.finish_guess());  // counted once
        CHECK(flow.take_next_card_request());
    }

    SECTION("an open round") {
        f.deal_until(GuessPlan::Kind::open);
        REQUIRE(flow.open_round());
        const GuessPlan plan = flow.guess_round()->plan();
        REQUIRE(plan.kind == GuessPlan::Kind::open);
        const std::size_t first = (plan.answerer + 1) % 4;
        const std::size_t second = (plan.answerer + 2) % 4;
        CHECK_FALSE(flow.say_guess(true));
        CHECK_FALSE(flow.mark_guess(plan.answerer, true));
        REQUIRE(flow.mark_guess(first, true));
        REQUIRE(flow.mark_guess(second, true));
        REQUIRE(flow.mark_guess(second, false));
        CHECK_FALSE(flow.finish_guess());  // not confirmed
        REQUIRE(flow.confirm_guess());
        REQUIRE(flow.finish_guess());
        CHECK(flow.party()->scores().points(first) == points_for_guessing);
        CHECK(flow.party()->scores().points(second) == 0);
        CHECK(flow.party()->scores().points(plan.answerer) == 0);
        CHECK(flow.party()->tally().right_guesses == 1);
    }

    SECTION("a round whose card has gone is forgotten") {
        f.deal_until(GuessPlan::Kind::pair);
        REQUIRE(flow.open_round());
        REQUIRE(flow.say_guess(true));
        REQUIRE(flow.session()->apply(Action::done()) == ActionResult::applied);
        CHECK(flow.guess_round() == nullptr);
        CHECK_FALSE(flow.finish_guess());
        CHECK(flow.party()->tally().guesses == 0);
        f.deal_until(GuessPlan::Kind::open);
        REQUIRE(flow.open_round());
        REQUIRE(flow.mark_guess((flow.guess_round()->plan().answerer + 1) % 4, true));
        REQUIRE(flow.end());
        CHECK(flow.guess_round() == nullptr);
        CHECK_FALSE(flow.confirm_guess());
    }
}
