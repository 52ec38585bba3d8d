// The write round (core/night/write_round.hpp), the cleaning of players' short texts
// (core/text/short_text.hpp) and the party's write and vote rounds through the night's flow.
#include "core/night/write_round.hpp"
#include "core/session/night_flow.hpp"
#include "core/text/random.hpp"
#include "core/text/short_text.hpp"
#include "support/night_helpers.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using namespace kindling;
using namespace kindling::testing;

TEST_CASE("A player's short text is cleaned like card text: one line, no controls, no direction marks") {
    CHECK(clean_short_text("  Two\n\tlines   here \r\n") == "Two lines here");
    CHECK(clean_short_text("bell\a and \x1b[31mred") == "bell and [31mred");
    CHECK(clean_short_text("a\u202Eevil\u202C b\u2066c\u2069\u200F") == "aevil bc");
    CHECK(clean_short_text("\xEF\xBB\xBFstart") == "start");
    CHECK(clean_short_text("bad \xC3 byte \xFF") == "bad byte");
    CHECK(clean_short_text("Zoë 🎉 non\u00A0breaking") == "Zoë 🎉 non breaking");
    CHECK(clean_short_text("\u2028\u3000") == "");
    CHECK_FALSE(accept_short_text(" \n\t ", 10));
    CHECK_FALSE(accept_short_text(std::string(11, 'x'), 10));
    CHECK(accept_short_text("  " + std::string(10, 'x') + "  ", 10) == std::string(10, 'x'));
    // Counted in characters, not bytes.
    CHECK(accept_short_text("éééééééééé", 10));
}

TEST_CASE("A write round: everyone writes, the answers are revealed one by one, then a favourite is chosen") {
    WriteRound round(4, 1, 99);
    CHECK(round.step() == WriteStep::writing);
    CHECK(round.next_writer() == 1u);
    CHECK_FALSE(round.reveal_next());
    CHECK_FALSE(round.vote(0, 0));
    CHECK_FALSE(round.submit(4, "out of range"));
    CHECK_FALSE(round.submit(1, "   "));
    CHECK_FALSE(round.submit(1, std::string(max_answer_chars + 1, 'a')));
    CHECK(round.submit(1, "A film called \"Snacks\"\n"));
    CHECK(round.submit(1, "Snack Attack"));  // changed before the writing closes
    CHECK(round.next_writer() == 2u);
    CHECK(round.writing_progress() == VoteProgress{1, 4});
    CHECK(round.submit(3, "The Long Way Round"));
    CHECK(round.pass(2));
    CHECK(round.next_writer() == 0u);
    CHECK(round.shown_answers().empty());
    CHECK(round.submit(0, "Four Friends and a Ferry"));
    // All in: the writing closed by itself.
    CHECK(round.step() == WriteStep::revealing);
    CHECK_FALSE(round.submit(2, "too late"));
    CHECK(round.answer_count() == 3);
    CHECK(round.revealed() == 0);
    CHECK(round.shown_answers().empty());
    CHECK(round.reveal_next());
    CHECK(round.shown_answers().size() == 1);
    CHECK_FALSE(round.vote(0, 0));  // no vote while revealing
    CHECK(round.reveal_next());
    CHECK(round.reveal_next());
    CHECK(round.step() == WriteStep::voting);
    CHECK_FALSE(round.reveal_next());
    const std::vector<std::string> shown = round.shown_answers();
    CHECK(std::set<std::string>(shown.begin(), shown.end()) ==
          std::set<std::string>{"Snack Attack", "The Long Way Round", "Four Friends and a Ferry"});

    const auto index_of = [&](const std::string& text) {
        return static_cast<std::size_t>(std::find(shown.begin(), shown.end(), text) - shown.begin());
    };
    const std::size_t snacks = index_of("Snack Attack");
    const std::size_t ferry = index_of("Four Friends and a Ferry");
    CHECK(round.own_answer(1) == snacks);
    CHECK_FALSE(round.own_answer(2));
    // Nobody votes for their own answer.
    CHECK_FALSE(round.can_vote_for(1, snacks));
    CHECK_FALSE(round.vote(1, snacks));
    CHECK_FALSE(round.vote(0, shown.size()));
    // Any order; the room sees only how many have voted.
    CHECK(round.vote(2, snacks));
    CHECK(round.vote(0, snacks));
    CHECK(round.vote(3, ferry));
    CHECK(round.vote_progress() == VoteProgress{3, 4});
    CHECK(round.public_votes() == std::vector<int>(3, 0));
    CHECK(round.next_voter() == 1u);
    CHECK(round.vote(1, ferry));
    CHECK(round.step() == WriteStep::finished);
    CHECK_FALSE(round.vote(1, ferry));
    const WriteRoundResult result = round.result();
    CHECK(result.decided);
    CHECK(result.top == 2);
    CHECK(result.favourites.size() == 2);  // a tie shares
    CHECK(std::set<std::size_t>(result.authors.begin(), result.authors.end()) == std::set<std::size_t>{0, 1});
    CHECK(result.votes[snacks] == 2);
    CHECK(round.public_votes() == result.votes);
    // The last vote can be taken back: the tally is hidden again.
    CHECK(round.undo_vote());
    CHECK(round.step() == WriteStep::voting);
    CHECK(round.public_votes() == std::vector<int>(3, 0));
}

TEST_CASE("A write round with too few answers ends without a vote, and the host can stop waiting") {
    WriteRound nobody(3, 0, 1);
    CHECK(nobody.close_writing());
    CHECK(nobody.step() == WriteStep::finished);
    CHECK_FALSE(nobody.result().decided);

    WriteRound one(3, 0, 1);
    CHECK(one.submit(2, "Only me"));
    CHECK(one.close_writing());  // 0 and 1 are away: they pass
    CHECK(one.has_written(0));
    CHECK_FALSE(one.close_writing());
    CHECK(one.answer_count() == 1);
    CHECK(one.reveal_next());
    CHECK(one.step() == WriteStep::finished);
    CHECK_FALSE(one.undo_vote());
    CHECK(one.result().favourites.empty());
}

TEST_CASE("The shared screen's writer and voter among those who play there, the rest on their phones") {
    // Five players, the first on the shared screen is 3; 1 and 4 have their phones.
    WriteRound round(5, 3, 7);
    const std::vector<bool> here{true, false, true, true, false};
    CHECK_FALSE(round.next_voter_among(here).has_value());  // no vote while writing
    CHECK(round.next_writer_among(here) == 3u);
    // A phone writes first: the shared screen's writer stays.
    CHECK(round.submit(4, "From the phone"));
    CHECK(round.next_writer_among(here) == 3u);
    CHECK(round.submit(3, "On the screen"));
    // Seating order from 3 wraps round to 0, passing 4 (a phone).
    CHECK(round.next_writer_among(here) == 0u);
    CHECK(round.next_writer() == 0u);
    CHECK(round.pass(0));
    CHECK(round.next_writer_among(here) == 2u);
    CHECK(round.next_writer() == 1u);  // the phone in seat 1 is first in plain seating order
    CHECK(round.submit(2, "Also on the screen"));
    // Only a phone is left: the shared screen has nobody to hand over to.
    CHECK_FALSE(round.next_writer_among(here).has_value());
    CHECK(round.next_writer() == 1u);
    // Its phone goes away: it writes on the shared screen after all. Seats past the end write
    // elsewhere.
    CHECK(round.next_writer_among({false, true}) == 1u);
    CHECK_FALSE(round.next_writer_among({true, false}).has_value());
    CHECK_FALSE(round.next_writer_among({}).has_value());
    CHECK(round.submit(1, "Last one"));
    REQUIRE(round.step() == WriteStep::revealing);
    CHECK_FALSE(round.next_writer_among(here).has_value());
    CHECK_FALSE(round.next_voter_among(here).has_value());  // no vote while revealing
    while (round.step() == WriteStep::revealing) round.reveal_next();
    REQUIRE(round.step() == WriteStep::voting);

    CHECK(round.next_voter_among(here) == 3u);
    const std::size_t not_fours = *round.own_answer(4) == 0 ? 1 : 0;
    CHECK(round.vote(4, not_fours));  // a phone, out of order
    CHECK(round.next_voter_among(here) == 3u);
    const auto other_than_own = [&](std::size_t player) { return *round.own_answer(player) == 0 ? 1u : 0u; };
    CHECK(round.vote(3, other_than_own(3)));
    CHECK(round.next_voter_among(here) == 0u);  // 0 passed but votes
    CHECK(round.abstain(0));
    CHECK(round.next_voter_among(here) == 2u);
    CHECK(round.vote(2, other_than_own(2)));
    CHECK_FALSE(round.next_voter_among(here).has_value());
    CHECK(round.next_voter() == 1u);
    CHECK(round.next_voter_among({false, true, false, false, false}) == 1u);
    CHECK(round.vote(1, other_than_own(1)));
    REQUIRE(round.step() == WriteStep::finished);
    CHECK_FALSE(round.next_voter_among(here).has_value());
    CHECK_FALSE(round.next_voter_among({true, true, true, true, true}).has_value());
    // Undo reopens the vote: the phone whose vote it was is asked again, not the shared screen.
    CHECK(round.undo_vote());
    CHECK_FALSE(round.next_voter_among(here).has_value());
    CHECK(round.next_voter_among({false, true, false, false, false}) == 1u);
}

TEST_CASE("The reveal order comes from the seed, never from the seating order") {
    std::set<std::string> first_shown;
    for (std::uint64_t seed = 1; seed <= 40; ++seed) {
        const auto reveal = [seed] {
            WriteRound round(5, 0, seed);
            for (std::size_t p = 0; p < 5; ++p) REQUIRE(round.submit(p, "answer of " + std::to_string(p)));
            for (int i = 0; i < 5; ++i) REQUIRE(round.reveal_next());
            return round.shown_answers();
        };
        const std::vector<std::string> order = reveal();
        CHECK(order == reveal());  // the same seed, the same order
        first_shown.insert(order.front());
    }
    // Over forty nights every seat's answer has come first at least once.
    CHECK(first_shown.size() == 5);
}

TEST_CASE("Votes in any order: property test against the shared screen's order") {
    Random random(2026);
    for (int trial = 0; trial < 300; ++trial) {
        const std::size_t people = 3 + random.below(6);
        const std::size_t first = random.below(static_cast<std::uint32_t>(people));
        // Each voter's final choice (none: abstain).
        std::vector<std::optional<std::size_t>> wanted(people);
        for (auto& choice : wanted) {
            if (random.below(5) != 0) choice = random.below(static_cast<std::uint32_t>(people));
        }
        Vote in_order(people, first);
        for (std::size_t step = 0; step < people; ++step) {
            const std::size_t voter = in_order.voter();
            CHECK(voter == (first + step) % people);
            REQUIRE((wanted[voter] ? in_order.cast(*wanted[voter]) : in_order.abstain()));
        }
        REQUIRE(in_order.complete());

        // Phones: a shuffled order, with changed minds and taken-back votes on the way.
        Vote any_order(people, first);
        std::vector<std::size_t> voters(people);
        for (std::size_t i = 0; i < people; ++i) voters[i] = i;
        random.shuffle(std::span<std::size_t>(voters));
        std::size_t cast = 0;
        for (std::size_t i = 0; i < voters.size(); ++i) {
            const std::size_t voter = voters[i];
            const bool last = i + 1 == voters.size();
            if (!last && random.below(3) == 0) {
                // A first thought, changed later: counted once.
                REQUIRE(any_order.cast_by(voter, random.below(static_cast<std::uint32_t>(people))));
                CHECK(any_order.votes_cast() == cast + 1);
            }
            if (!last && random.below(4) == 0 && any_order.votes_cast() > 0) {
                REQUIRE(any_order.undo());
                REQUIRE(!any_order.has_voted(voter));
            }
            REQUIRE((wanted[voter] ? any_order.cast_by(voter, *wanted[voter]) : any_order.abstain_by(voter)));
            ++cast;
            // Undo may have taken back someone else's vote: they vote again.
            for (std::size_t j = 0; j <= i; ++j) {
                const std::size_t again = voters[j];
                if (!any_order.has_voted(again) && !(j == i)) {
                    REQUIRE((wanted[again] ? any_order.cast_by(again, *wanted[again]) : any_order.abstain_by(again)));
                }
            }
            CHECK(any_order.votes_cast() == cast);
            CHECK(any_order.progress() == VoteProgress{cast, people});
            if (!last) {
                CHECK_FALSE(any_order.complete());
                // The room sees no tally while the vote is open.
                CHECK(any_order.public_counts() == std::vector<int>(people, 0));
            }
        }
        REQUIRE(any_order.complete());
        // A closed vote takes no more votes.
        CHECK_FALSE(any_order.cast_by(voters.front(), 0));
        CHECK_FALSE(any_order.abstain_by(voters.front()));
        CHECK(any_order.ballots() == in_order.ballots());
        CHECK(any_order.public_counts() == in_order.counts());
        const VoteResult a = any_order.result();
        const VoteResult b = in_order.result();
        CHECK(a.decided == b.decided);
        CHECK(a.winners == b.winners);
        CHECK(a.agreed == b.agreed);
    }
}

namespace {

Deck write_party_deck() {
    std::vector<Card> cards;
    for (int i = 0; i < 6; ++i) {
        cards.push_back(card("write-" + std::to_string(i), CardKind::write, "play", 1));
        cards.push_back(card("vote-" + std::to_string(i), CardKind::vote, "play", 1));
    }
    return deck("room", std::move(cards));
}

struct PartyFlow {
    PartyFlow() : decks{write_party_deck()}, source(decks), flow(source, clock, {}) {}
    std::vector<Deck> decks;
    FixedNightDecks source;
    ManualClock clock;
    NightFlow flow;

    // Deals on until the card on the table is of this kind.
    void deal_until(CardKind kind) {
        for (int i = 0; i < 20 && flow.session()->view().card->kind != kind; ++i) REQUIRE(flow.session()->apply(Action::done()) == ActionResult::applied);
        REQUIRE(flow.session()->view().card->kind == kind);
    }
};

}  // namespace

TEST_CASE("A party's write round through the night's flow: commands from any player, refused out of step") {
    PartyFlow f;
    NightFlow& flow = f.flow;
    CHECK_FALSE(flow.open_round());  // no night yet
    REQUIRE(flow.plan_party({"Ana", "Ben", "Cleo", "Dev"}, {}, PartyRules{}, 20, 7));
    REQUIRE(flow.start().started);
    f.deal_until(CardKind::write);
    CHECK(flow.write_round() == nullptr);
    CHECK_FALSE(flow.submit_answer(0, "before the round"));
    REQUIRE(flow.open_round());
    REQUIRE(flow.write_round() != nullptr);
    CHECK(flow.vote() == nullptr);
    CHECK_FALSE(flow.cast_vote(0, 1));  // not a vote card
    CHECK_FALSE(flow.reveal_next());
    CHECK(flow.submit_answer(2, "Cleo's line"));
    // A party is never kept for later, so a round is never saved half-way.
    CHECK_FALSE(flow.can_keep_for_later());
    CHECK_FALSE(flow.keep_for_later());
    CHECK(flow.open_round());  // opening again keeps the round
    CHECK(flow.write_round()->has_written(2));
    CHECK(flow.submit_answer(0, "Ana's line"));
    CHECK(flow.submit_answer(3, "Dev's line"));
    CHECK_FALSE(flow.finish_write());
    CHECK(flow.close_writing());  // Ben is away
    while (flow.write_round()->step() == WriteStep::revealing) REQUIRE(flow.reveal_next());
    const WriteRound& round = *flow.write_round();
    REQUIRE(round.step() == WriteStep::voting);
    const std::vector<std::string> shown = round.shown_answers();
    const std::size_t cleo = static_cast<std::size_t>(std::find(shown.begin(), shown.end(), "Cleo's line") - shown.begin());
    const std::size_t dev = static_cast<std::size_t>(std::find(shown.begin(), shown.end(), "Dev's line") - shown.begin());
    CHECK_FALSE(flow.vote_answer(2, cleo));
    CHECK(flow.vote_answer(1, cleo));
    CHECK(flow.vote_answer(0, cleo));
    CHECK(flow.vote_answer(2, dev));
    CHECK(flow.abstain_answer(3));
    const int before = flow.party()->scores().points(2);
    const std::optional<WriteRoundResult> result = flow.finish_write();
    REQUIRE(result);
    CHECK(result->decided);
    CHECK(result->favourites == std::vector<std::size_t>{cleo});
    CHECK(flow.party()->scores().points(2) == before + points_for_favourite_answer);
    CHECK(flow.party()->tally().write_rounds == 1);
    CHECK(flow.write_round() == nullptr);
    CHECK_FALSE(flow.finish_write());  // counted once
    CHECK(flow.take_next_card_request());

    // The night's end forgets any round: nothing is refused later for a stale one.
    f.deal_until(CardKind::write);
    REQUIRE(flow.open_round());
    CHECK(flow.submit_answer(1, "left open"));
    REQUIRE(flow.end());
    CHECK(flow.write_round() == nullptr);
    CHECK_FALSE(flow.submit_answer(0, "after the end"));
    CHECK_FALSE(flow.open_round());
}

TEST_CASE("A party's vote through the night's flow: phones in any order, the shared screen in turn") {
    PartyFlow f;
    NightFlow& flow = f.flow;
    PartyRules rules;
    rules.scoring = false;
    REQUIRE(flow.plan_party({"Ana", "Ben", "Cleo"}, {}, rules, 20, 3));
    REQUIRE(flow.start().started);
    f.deal_until(CardKind::vote);
    CHECK_FALSE(flow.cast_vote(0, 1));
    REQUIRE(flow.open_round());
    CHECK(flow.write_round() == nullptr);
    CHECK(flow.cast_vote(2, 1));
    CHECK(flow.cast_vote(2, 0));  // changed her mind
    CHECK(flow.vote()->progress() == VoteProgress{1, 3});
    CHECK(flow.cast_next_vote(0));  // the shared screen: the first who has not voted
    CHECK(flow.vote()->has_voted(flow.party()->turn(flow.session()->view().turn).reader_index));
    CHECK_FALSE(flow.finish_vote());
    CHECK(flow.cast_next_vote(std::nullopt));
    REQUIRE(flow.vote()->complete());
    CHECK(flow.undo_vote());
    CHECK(flow.cast_vote(flow.vote()->voter(), 0));
    const std::optional<VoteResult> result = flow.finish_vote();
    REQUIRE(result);
    CHECK(result->decided);
    CHECK(result->winners == std::vector<std::size_t>{0});
    CHECK(flow.party()->scores().total() == 0);  // points are off

    // A round belongs to its card: once the card has moved on, the round is gone.
    f.deal_until(CardKind::vote);
    REQUIRE(flow.open_round());
    CHECK(flow.cast_vote(0, 1));
    REQUIRE(flow.session()->apply(Action::swap()) == ActionResult::applied);
    CHECK(flow.vote() == nullptr);
    CHECK_FALSE(flow.cast_vote(1, 1));
}
