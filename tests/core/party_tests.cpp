// Party mode's rules: the company-safe filter, seating and "the person on your left", teams,
// votes and their ties, points and places, the couples' guessing round. Pure core, no window.
#include "core/format/data_paths.hpp"
#include "core/deck/deck_reader.hpp"
#include "core/session/party_night.hpp"
#include "core/deck/translation_reader.hpp"
#include "support/night_helpers.hpp"

#include <catch2/catch.hpp>

using namespace kindling;
using namespace kindling::testing;

namespace {

const std::vector<std::string> eight{"Ana", "Ben", "Cleo", "Dev", "Eli", "Fay", "Gus", "Hana"};

TurnView turn_view(std::string reader, std::vector<std::string> speakers, Answerer answers, int number) {
    TurnView view;
    view.reader = std::move(reader);
    view.speakers = std::move(speakers);
    view.answers = answers;
    view.number = number;
    return view;
}

}  // namespace

TEST_CASE("Company-safe keeps only company cards and no gestures between two people") {
    const PartyRules safe{true, true};
    CHECK(party_allows(card("q", CardKind::question, "play", 1, Intensity::company), safe));
    CHECK_FALSE(party_allows(card("p", CardKind::question, "play", 1, Intensity::personal), safe));
    CHECK_FALSE(party_allows(card("x", CardKind::question, "play", 1, Intensity::private_), safe));
    CHECK_FALSE(party_allows(card("g1", CardKind::gesture, "play", 1, Intensity::company, Answerer::partner), safe));
    CHECK_FALSE(party_allows(card("g2", CardKind::gesture, "play", 1, Intensity::company, Answerer::both), safe));
    CHECK(party_allows(card("g3", CardKind::gesture, "play", 1, Intensity::company, Answerer::left), safe));
    CHECK(party_allows(card("g4", CardKind::gesture, "play", 1, Intensity::company, Answerer::everyone), safe));
    // The host may switch it off: then everything the table's limit allows can come.
    const PartyRules open{false, true};
    CHECK(party_allows(card("x", CardKind::question, "play", 1, Intensity::private_), open));
    CHECK(party_allows(card("g1", CardKind::gesture, "play", 1, Intensity::company, Answerer::partner), open));

    const std::vector<Deck> decks{deck("d", {card("a", CardKind::question, "play", 1, Intensity::company),
                                             card("b", CardKind::dare, "play", 1, Intensity::personal),
                                             card("c", CardKind::gesture, "play", 1, Intensity::company,
                                                  Answerer::partner)})};
    const std::vector<Deck> filtered = party_decks(decks, safe);
    REQUIRE(filtered.size() == 1);
    REQUIRE(filtered[0].cards.size() == 1);
    CHECK(filtered[0].cards[0].id == "a");
    CHECK(party_setup(eight, {}, safe, 20, 1).intensity_limit == Intensity::company);
    CHECK(party_setup(eight, {}, open, 20, 1).intensity_limit == Intensity::private_);
}

TEST_CASE("A company-safe party night from the built-in decks deals only company cards, never a partner gesture") {
    std::vector<Deck> decks;
    for (const DeckSource& source : builtin_deck_sources()) {
        if (is_translation_text(source.bytes)) continue;  // words for a deck, not a deck
        DeckReadResult read = read_deck(source.bytes, source.name);
        REQUIRE(read.ok());
        decks.push_back(std::move(read.deck));
    }
    const PartyRules rules;
    const std::vector<Deck> party = party_decks(decks, rules);
    ManualClock clock;
    SessionStart start = Session::start(party_setup(eight, {}, rules, 60, 5), party, ConsentBook(8), clock);
    REQUIRE(start.session);
    int dealt = 0;
    while (!start.session->finished()) {
        const CardView card = *start.session->view().card;
        CHECK(card.intensity == Intensity::company);
        CHECK_FALSE((card.kind == CardKind::gesture && (start.session->view().turn.answers == Answerer::partner ||
                                                        start.session->view().turn.answers == Answerer::both)));
        ++dealt;
        start.session->apply(Action::done());
    }
    CHECK(dealt == 60);
}

TEST_CASE("Seating: the person on the left is the next in seating order, and the last sits next to the first") {
    CHECK(left_of(0, 8) == 1);
    CHECK(left_of(6, 8) == 7);
    CHECK(left_of(7, 8) == 0);
    SessionSetup setup = party_setup(eight, {}, PartyRules{}, 20, 1);
    const PartyTurn left = resolve_party_turn(setup, "Hana", {"Ana"}, Answerer::left, 8);
    CHECK(left.reader == "Hana");
    CHECK(left.address == PartyAddress::left);
    CHECK(left.left == "Ana");
    CHECK(left.answerers == std::vector<std::string>{"Ana"});
    const PartyTurn everyone = resolve_party_turn(setup, "Cleo", {"Cleo", "Dev", "Eli", "Fay", "Gus", "Hana", "Ana", "Ben"},
                                                  Answerer::everyone, 3);
    CHECK(everyone.answerers.front() == "Cleo");
    CHECK(everyone.answerers.back() == "Ben");
    CHECK(everyone.answerers.size() == 8);
    const PartyTurn named = resolve_party_turn(setup, "Ben", {"Fay"}, Answerer::partner, 2);
    CHECK(named.address == PartyAddress::named);
    CHECK(named.answerers == std::vector<std::string>{"Fay"});
}

TEST_CASE("Teams of couples sit together, take turns, and their members take turns to read") {
    const std::vector<Team> teams = teams_of_neighbours(6, 2, {"Foxes", "", "Owls"});
    REQUIRE(teams.size() == 3);
    CHECK(teams[0].name == "Foxes");
    CHECK(teams[1].name == "Team 2");
    CHECK(teams[1].members == std::vector<std::size_t>{2, 3});
    const std::vector<std::string> six(eight.begin(), eight.begin() + 6);
    SessionSetup setup = party_setup(six, teams, PartyRules{}, 12, 3);
    CHECK(check_setup(setup).empty());

    // Turn 1 and 4 are the Foxes': Ana reads first, then Ben.
    CHECK(resolve_party_turn(setup, "Foxes", {"Team 2"}, Answerer::partner, 1).reader == "Ana");
    CHECK(resolve_party_turn(setup, "Foxes", {"Team 2"}, Answerer::partner, 4).reader == "Ben");
    CHECK(resolve_party_turn(setup, "Foxes", {"Team 2"}, Answerer::partner, 7).reader == "Ana");
    const PartyTurn owls = resolve_party_turn(setup, "Owls", {"Foxes"}, Answerer::left, 6);
    CHECK(owls.team == "Owls");
    CHECK(owls.reader == "Fay");
    // The person on Fay's left is Ana (the table is round), never a team.
    CHECK(owls.answerers == std::vector<std::string>{"Ana"});

    // The session itself deals with teams taking the turns.
    const std::vector<Deck> decks{generous_deck("mixed", {"play", "inner-world"}, 6)};
    ManualClock clock;
    SessionStart start = Session::start(setup, decks, ConsentBook(6), clock);
    REQUIRE(start.session);
    PartyNight night(setup, PartyRules{});
    std::vector<std::string> readers;
    for (int i = 0; i < 6; ++i) {
        readers.push_back(night.turn(start.session->view().turn).reader);
        start.session->apply(Action::done());
    }
    CHECK(readers == std::vector<std::string>{"Ana", "Cleo", "Eli", "Ben", "Dev", "Fay"});
}

TEST_CASE("Votes are secret while they are cast: the room sees the tally only once the last vote is in") {
    Vote vote(3, 0);
    CHECK(vote.public_counts() == std::vector<int>{0, 0, 0});
    vote.cast(1);
    vote.cast(1);
    // Two votes for the same person, and still nothing for the last voter to follow.
    CHECK(vote.counts() == std::vector<int>{0, 2, 0});
    CHECK(vote.public_counts() == std::vector<int>{0, 0, 0});
    vote.cast(2);
    CHECK(vote.complete());
    CHECK(vote.public_counts() == std::vector<int>{0, 2, 1});
    // Taking the last vote back hides the tally again.
    vote.undo();
    CHECK(vote.public_counts() == std::vector<int>{0, 0, 0});
}

TEST_CASE("A vote: everyone votes once in seating order from the reader, undo and abstaining work") {
    Vote vote(4, 2);
    CHECK(vote.voter() == 2);
    CHECK(vote.cast(0));
    CHECK(vote.voter() == 3);
    CHECK(vote.abstain());
    CHECK(vote.voter() == 0);
    CHECK_FALSE(vote.cast(9));  // nobody of that number
    CHECK(vote.cast(0));
    CHECK(vote.undo());
    CHECK(vote.voter() == 0);
    CHECK(vote.cast(1));
    CHECK(vote.cast(1));
    CHECK(vote.complete());
    CHECK_FALSE(vote.cast(0));
    CHECK(vote.counts() == std::vector<int>{1, 2, 0, 0});
    const VoteResult result = vote.result();
    CHECK(result.decided);
    CHECK(result.top == 2);
    CHECK(result.winners == std::vector<std::size_t>{1});
    CHECK(result.agreed == std::vector<std::size_t>{0, 1});
}

TEST_CASE("A mixed table: the shared screen asks only those who vote there, in seating order, phones vote any time") {
    // Seats 1 and 3 vote on their phones; 0 and 2 on the shared screen. The reader is seat 2.
    const std::vector<bool> on_screen{true, false, true, false};
    Vote vote(4, 2);
    CHECK(vote.next_voter_among(on_screen) == 2);
    // A phone votes before the screen's turn comes: the screen still asks seat 2.
    CHECK(vote.cast_by(3, 0));
    CHECK(vote.next_voter_among(on_screen) == 2);
    CHECK(vote.cast_by(2, 1));
    // After the reader, seating order wraps round to seat 0 (seat 3, a phone, is skipped).
    CHECK(vote.next_voter_among(on_screen) == 0);
    CHECK(vote.abstain_by(0));
    // Everyone on the screen has voted; only a phone is missing: the screen asks nobody.
    CHECK_FALSE(vote.next_voter_among(on_screen).has_value());
    CHECK_FALSE(vote.complete());
    // Undo takes back the latest vote, whoever cast it: the screen's seat 0 is asked again.
    CHECK(vote.undo());
    CHECK(vote.next_voter_among(on_screen) == 0);
    CHECK(vote.abstain_by(0));
    CHECK(vote.cast_by(1, 1));
    CHECK(vote.complete());
    CHECK_FALSE(vote.next_voter_among(on_screen).has_value());
    CHECK_FALSE(vote.next_voter_among({true, true, true, true}).has_value());
    // An empty mask (everyone has a phone) asks nobody on the screen.
    Vote phones_only(3, 1);
    CHECK_FALSE(phones_only.next_voter_among({}).has_value());
    CHECK(phones_only.next_voter_among({false, false, true}) == 2);
}

TEST_CASE("Vote ties: leaders with equal votes share the win, one vote each decides nothing") {
    Vote tie(5);
    for (const std::size_t candidate : std::vector<std::size_t>{1, 1, 3, 3, 0}) REQUIRE(tie.cast(candidate));
    const VoteResult shared = tie.result();
    CHECK(shared.decided);
    CHECK(shared.winners == std::vector<std::size_t>{1, 3});
    CHECK(shared.agreed == std::vector<std::size_t>{0, 1, 2, 3});

    Vote scattered(3);
    for (const std::size_t candidate : std::vector<std::size_t>{1, 2, 0}) REQUIRE(scattered.cast(candidate));
    const VoteResult nobody = scattered.result();
    CHECK_FALSE(nobody.decided);
    CHECK(nobody.winners.empty());
    CHECK(nobody.agreed.empty());

    Vote silent(3);
    for (int i = 0; i < 3; ++i) REQUIRE(silent.abstain());
    CHECK_FALSE(silent.result().decided);
}

TEST_CASE("Scoring: agreeing with the room scores, places are shared, teams add up, and scoring can be off") {
    const SessionSetup setup = party_setup(eight, {}, PartyRules{}, 20, 1);
    PartyNight night(setup, PartyRules{});
    const PartyTurn turn = night.turn(turn_view("Cleo", {}, Answerer::everyone, 3));
    Vote vote = night.start_vote(turn);
    CHECK(vote.voter() == 2);  // Cleo votes first
    // Cleo, Dev, Eli, Fay, Gus, Hana, Ana, Ben vote in that order: five for Dev, three for Eli.
    for (const std::size_t candidate : std::vector<std::size_t>{3, 3, 4, 3, 4, 3, 4, 3}) REQUIRE(vote.cast(candidate));
    const VoteResult result = night.finish_vote(vote);
    CHECK(result.winners == std::vector<std::size_t>{3});
    const std::vector<int> expected{0, 1, 1, 1, 0, 1, 0, 1};  // Cleo, Dev, Fay, Hana and Ben voted Dev
    for (std::size_t p = 0; p < 8; ++p) CHECK(night.scores().points(p) == expected[p]);
    const std::vector<Standing> standings = night.scores().standings();
    CHECK(standings[0].name == "Ben");
    CHECK(standings[0].place == 1);
    CHECK(standings[4].name == "Hana");
    CHECK(standings[4].place == 1);
    CHECK(standings[5].place == 6);
    CHECK(standings[5].name == "Ana");
    CHECK(night.tally().votes == 1);

    PartyNight quiet(setup, PartyRules{true, false});
    Vote again = quiet.start_vote(turn);
    for (const std::size_t candidate : std::vector<std::size_t>{3, 3, 4, 3, 4, 3, 4, 3}) REQUIRE(again.cast(candidate));
    CHECK(quiet.finish_vote(again).winners == std::vector<std::size_t>{3});
    CHECK(quiet.scores().total() == 0);
    CHECK(quiet.tally().votes == 1);

    const std::vector<Team> teams = teams_of_neighbours(8, 2, {"A", "B", "C", "D"});
    Scoreboard board(eight, teams);
    board.add(0, 2);
    board.add(1, 1);
    board.add(5, 3);
    const std::vector<Standing> by_team = board.standings();
    REQUIRE(by_team.size() == 4);
    CHECK(by_team[0].name == "A");
    CHECK(by_team[0].points == 3);
    CHECK(by_team[1].name == "C");
    CHECK(by_team[1].place == 1);
    CHECK(by_team[1].members == std::vector<std::string>{"Eli", "Fay"});
    CHECK(by_team[2].place == 3);
    CHECK(board.team_points(2) == 3);
}

TEST_CASE("The couples round: the reader's teammate guesses, a right guess scores two for the team") {
    const std::vector<Team> teams = teams_of_neighbours(4, 2, {"Foxes", "Owls"});
    const std::vector<std::string> four(eight.begin(), eight.begin() + 4);
    PartyNight night(party_setup(four, teams, PartyRules{}, 10, 1), PartyRules{});
    const PartyTurn turn = night.turn(turn_view("Owls", {"Foxes"}, Answerer::partner, 2));
    CHECK(turn.reader == "Cleo");
    const GuessPlan plan = night.plan_guess(turn);
    CHECK(plan.kind == GuessPlan::Kind::pair);
    CHECK(plan.answerer == 2);
    CHECK(plan.guesser == 3);
    CHECK(plan.team == "Owls");
    night.finish_pair_guess(plan, true);
    CHECK(night.scores().team_points(1) == 2);
    night.finish_pair_guess(plan, false);
    CHECK(night.scores().team_points(1) == 2);
    CHECK(night.tally().guesses == 2);
    CHECK(night.tally().right_guesses == 1);
}

TEST_CASE("Guesses without teams: a named player guesses the reader, open rounds score everyone named right") {
    PartyNight night(party_setup(eight, {}, PartyRules{}, 20, 1), PartyRules{});
    const GuessPlan pair = night.plan_guess(night.turn(turn_view("Ben", {"Gus"}, Answerer::partner, 2)));
    CHECK(pair.kind == GuessPlan::Kind::pair);
    CHECK(pair.answerer == 1);
    CHECK(pair.guesser == 6);
    CHECK(pair.team.empty());
    night.finish_pair_guess(pair, true);
    CHECK(night.scores().points(1) == 1);
    CHECK(night.scores().points(6) == 1);
    const GuessPlan left = night.plan_guess(night.turn(turn_view("Hana", {"Ana"}, Answerer::left, 8)));
    CHECK(left.guesser == 0);
    const GuessPlan open = night.plan_guess(night.turn(turn_view("Ana", {}, Answerer::everyone, 1)));
    CHECK(open.kind == GuessPlan::Kind::open);
    night.finish_open_guess(open, {2, 4});
    CHECK(night.scores().points(2) == 1);
    CHECK(night.scores().points(4) == 1);
    CHECK(night.scores().total() == 4);
    CHECK(night.tally().right_guesses == 3);  // the pair's guesser, then two in the open round
}

TEST_CASE("In an open guessing round the reader knows the answer and cannot be marked right") {
    PartyNight night(party_setup(eight, {}, PartyRules{}, 20, 1), PartyRules{});
    const GuessPlan open = night.plan_guess(night.turn(turn_view("Cleo", {}, Answerer::everyone, 3)));
    REQUIRE(open.kind == GuessPlan::Kind::open);
    REQUIRE(open.answerer == 2);
    CHECK_FALSE(PartyNight::can_guess(open, 2));
    CHECK(PartyNight::can_guess(open, 3));
    night.finish_open_guess(open, {2, 5});
    CHECK(night.scores().points(2) == 0);
    CHECK(night.scores().points(5) == 1);
    CHECK(night.tally().right_guesses == 1);
}
