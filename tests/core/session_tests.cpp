// A night through the Session API, the way the game and party mode drive it.
#include "core/session/session.hpp"
#include "support/night_helpers.hpp"

#include "core/format/ui_strings.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <set>

using namespace kindling;
using namespace kindling::testing;

namespace {

const std::vector<std::string> four_themes{"inner-world", "play", "gratitude", "closeness"};

std::unique_ptr<Session> start_or_fail(const SessionSetup& setup, std::span<const Deck> decks,
                                       ConsentBook consent, const Clock& clock, SessionStores stores = {}) {
    SessionStart start = Session::start(setup, decks, std::move(consent), clock, stores);
    INFO((start.problems.empty() ? std::string() : english_words(start.problems.front())));
    REQUIRE(start.session);
    return std::move(start.session);
}

}  // namespace

TEST_CASE("A couple night deals the planned number of cards, readers alternating") {
    const std::vector<Deck> decks{generous_deck("mixed", four_themes, 4)};
    ManualClock clock;
    auto session = start_or_fail(couple(12), decks, ConsentBook(2), clock);
    std::vector<std::string> readers;
    std::set<std::string> seen;
    while (!session->finished()) {
        const SessionView view = session->view();
        REQUIRE(view.card);
        CHECK(view.turn.number == static_cast<int>(readers.size()) + 1);
        readers.push_back(view.turn.reader);
        CHECK(seen.insert(key_of(*view.card)).second);
        CHECK(session->apply(Action::done()) == ActionResult::applied);
    }
    REQUIRE(readers.size() == 12);
    for (std::size_t i = 0; i < readers.size(); ++i) CHECK(readers[i] == (i % 2 == 0 ? "Alex" : "Sam"));
    CHECK(session->view().end_reason == EndReason::completed);
    CHECK(session->apply(Action::done()) == ActionResult::not_now);
}

TEST_CASE("With enough cards of every theme, themes stay within one card of each other") {
    const std::vector<Deck> decks{generous_deck("mixed", four_themes, 12)};
    for (std::uint64_t seed = 0; seed < 20; ++seed) {
        ManualClock clock;
        auto session = start_or_fail(couple(40, seed), decks, ConsentBook(2), clock);
        std::map<std::string, int> counts;
        for (const std::string& theme : four_themes) counts[theme] = 0;
        while (!session->finished()) {
            const SessionView view = session->view();
            if (!view.card->closing) ++counts[view.card->theme];
            int fewest = 1000;
            int most = 0;
            for (const auto& [theme, count] : counts) {
                fewest = std::min(fewest, count);
                most = std::max(most, count);
            }
            CHECK(most - fewest <= 1);
            session->apply(Action::done());
        }
    }
}

TEST_CASE("When both answer, the first speaker alternates between the two players") {
    std::vector<Card> cards;
    for (int i = 0; i < 12; ++i) {
        cards.push_back(card("both-" + std::to_string(i), CardKind::activity, four_themes[static_cast<std::size_t>(i) % 4], 1));
    }
    const std::vector<Deck> decks{deck("together", cards)};
    ManualClock clock;
    SessionSetup setup = couple(9);
    setup.max_level = 1;
    auto session = start_or_fail(setup, decks, ConsentBook(2), clock);
    std::vector<std::string> first;
    while (!session->finished()) {
        const SessionView view = session->view();
        REQUIRE(view.turn.answers == Answerer::both);
        REQUIRE(view.turn.speakers.size() == 2);
        first.push_back(view.turn.speakers.front());
        session->apply(Action::done());
    }
    for (std::size_t i = 1; i < first.size(); ++i) CHECK(first[i] != first[i - 1]);
}

TEST_CASE("Swapping keeps the turn and the reader, and the swapped card never returns") {
    const std::vector<Deck> decks{generous_deck("mixed", four_themes, 3)};
    ManualClock clock;
    MemoryHistoryStore history;
    auto session = start_or_fail(couple(6), decks, ConsentBook(2), clock, {&history, nullptr});
    std::set<std::string> swapped;
    std::set<std::string> played;
    while (!session->finished()) {
        const SessionView before = session->view();
        const std::string key = key_of(*before.card);
        CHECK_FALSE(swapped.contains(key));
        if (swapped.size() < 8 && before.turn.number % 2 == 1) {
            REQUIRE(session->apply(Action::swap()) == ActionResult::applied);
            swapped.insert(key);
            const SessionView after = session->view();
            REQUIRE(after.card);
            CHECK(after.turn.number == before.turn.number);
            CHECK(after.turn.reader == before.turn.reader);
            CHECK(after.cards_played == before.cards_played);
            CHECK(key_of(*after.card) != key);
        } else {
            played.insert(key);
            session->apply(Action::done());
        }
    }
    CHECK(session->summary().cards_played == 6);
    // Nothing about swaps is remembered: the history holds exactly the played cards.
    REQUIRE(history.history().nights.size() == 1);
    const auto& remembered = history.history().nights.front().cards;
    CHECK(std::set<std::string>(remembered.begin(), remembered.end()) == played);
    CHECK(session->summary().deviations == 0);
}

TEST_CASE("A card is dealt only within the limits of everyone it involves") {
    std::vector<Card> cards;
    for (int i = 0; i < 10; ++i) {
        cards.push_back(card("private-" + std::to_string(i), CardKind::question, "inner-world", 1, Intensity::private_));
        cards.push_back(card("touch-" + std::to_string(i), CardKind::gesture, "closeness", 1, Intensity::company));
        cards.push_back(card("fine-" + std::to_string(i), CardKind::question, "play", 1, Intensity::company));
        cards.push_back(card("thanks-" + std::to_string(i), CardKind::gratitude, "gratitude", 1, Intensity::personal));
    }
    const std::vector<Deck> decks{deck("mixed", cards)};
    ConsentBook consent(2);
    consent.set_limits(0, {Intensity::personal, {}, {CardKind::gesture}});  // no touch cards tonight
    consent.set_limits(1, {Intensity::private_, {"gratitude"}, {}});
    ManualClock clock;
    SessionSetup setup = couple(20);
    setup.max_level = 1;
    auto session = start_or_fail(setup, decks, std::move(consent), clock);
    int dealt = 0;
    while (!session->finished()) {
        const CardView shown = *session->view().card;
        CHECK(shown.intensity != Intensity::private_);
        CHECK(shown.kind != CardKind::gesture);
        CHECK(shown.theme != "gratitude");
        ++dealt;
        session->apply(dealt % 3 == 0 ? Action::swap() : Action::done());
    }
    // Only the ten "fine" cards fit both players; the night runs out gracefully.
    CHECK(dealt == 10);
    CHECK(session->view().end_reason == EndReason::ran_out_of_cards);
    CHECK_FALSE(session->allowed_for_everyone(cards[0]));
    CHECK(session->allowed_for_everyone(cards[2]));
}

TEST_CASE("Revising limits mid-night quietly replaces a card that no longer fits") {
    const std::vector<Deck> decks{generous_deck("mixed", four_themes, 3)};
    ManualClock clock;
    auto session = start_or_fail(couple(10), decks, ConsentBook(2), clock);
    const SessionView before = session->view();
    session->set_limits(1, {Intensity::private_, {before.card->theme}, {}});
    const SessionView after = session->view();
    REQUIRE(after.card);
    CHECK(after.card->theme != before.card->theme);
    CHECK(after.turn.number == before.turn.number);
    CHECK(after.turn.reader == before.turn.reader);
    while (!session->finished()) {
        CHECK(session->view().card->theme != before.card->theme);
        session->apply(Action::done());
    }
}

TEST_CASE("Party mode names partners fairly and `left` goes to the reader's left") {
    std::vector<Card> cards;
    for (int i = 0; i < 40; ++i) {
        cards.push_back(card("q-" + std::to_string(i), CardKind::question, four_themes[static_cast<std::size_t>(i) % 4], 1));
    }
    cards.push_back(card("left-1", CardKind::question, "play", 1, Intensity::company, Answerer::left));
    const std::vector<Deck> decks{deck("party", cards)};
    SessionSetup setup = default_setup(PlayStyle::party, {"Ana", "Ben", "Cleo", "Dev"});
    setup.length = {LengthUnit::cards, 24};
    setup.max_level = 1;
    ManualClock clock;
    auto session = start_or_fail(setup, decks, ConsentBook(4), clock);
    std::map<std::string, int> partner_counts;
    const std::vector<std::string> names{"Ana", "Ben", "Cleo", "Dev"};
    while (!session->finished()) {
        const SessionView view = session->view();
        CHECK(view.turn.partner != view.turn.reader);
        if (view.turn.answers == Answerer::left) {
            const auto reader = std::find(names.begin(), names.end(), view.turn.reader) - names.begin();
            CHECK(view.turn.partner == names[static_cast<std::size_t>(reader + 1) % 4]);
        }
        ++partner_counts[view.turn.partner];
        session->apply(Action::done());
    }
    REQUIRE(partner_counts.size() == 4);
    int fewest = 24;
    int most = 0;
    for (const auto& [name, count] : partner_counts) {
        fewest = std::min(fewest, count);
        most = std::max(most, count);
    }
    CHECK(most - fewest <= 1);
}

TEST_CASE("Teams take turns, and a card must suit every member of the teams involved") {
    std::vector<Card> cards;
    for (int i = 0; i < 30; ++i) {
        cards.push_back(card("dare-" + std::to_string(i), CardKind::dare, "play", 1));
        cards.push_back(card("vote-" + std::to_string(i), CardKind::vote, "play", 1));
    }
    const std::vector<Deck> decks{deck("party", cards)};
    SessionSetup setup = default_setup(PlayStyle::party, {"Ana", "Ben", "Cleo", "Dev", "Eli"});
    setup.teams = {{"Owls", {0, 1}}, {"Foxes", {2, 3, 4}}};
    setup.length = {LengthUnit::cards, 8};
    setup.max_level = 1;
    ConsentBook consent(5);
    consent.set_limits(4, {Intensity::private_, {}, {CardKind::dare}});  // Eli: no dares
    ManualClock clock;
    auto session = start_or_fail(setup, decks, std::move(consent), clock);
    int turn = 0;
    while (!session->finished()) {
        const SessionView view = session->view();
        CHECK(view.turn.reader == (turn % 2 == 0 ? "Owls" : "Foxes"));
        CHECK(view.card->kind == CardKind::vote);  // every card involves both teams, so Eli too
        ++turn;
        session->apply(Action::done());
    }
    CHECK(turn == 8);
}

TEST_CASE("Pausing stops the night's clock and holds every other action until resume") {
    const std::vector<Deck> decks{generous_deck("mixed", four_themes, 2)};
    ManualClock clock;
    auto session = start_or_fail(couple(5), decks, ConsentBook(2), clock);
    clock.advance_seconds(60);
    CHECK(session->apply(Action::pause()) == ActionResult::applied);
    CHECK(session->view().stage == Stage::paused);
    clock.advance_seconds(600);
    CHECK(session->apply(Action::done()) == ActionResult::not_now);
    CHECK(session->apply(Action::swap()) == ActionResult::not_now);
    CHECK(session->apply(Action::pause()) == ActionResult::not_now);
    CHECK(session->view().elapsed_ms == 60'000);
    CHECK(session->apply(Action::resume()) == ActionResult::applied);
    clock.advance_seconds(30);
    CHECK(session->view().elapsed_ms == 90'000);
    CHECK(session->apply(Action::done()) == ActionResult::applied);
    CHECK(session->apply(Action::end()) == ActionResult::applied);
    CHECK(session->view().end_reason == EndReason::ended_by_players);
    CHECK(session->summary().cards_played == 1);
}

TEST_CASE("A card's timer waits for the players, pauses, extends, and losing time loses nothing") {
    Card hug = card("hug", CardKind::gesture, "closeness", 1);
    hug.timer_seconds = 60;
    const std::vector<Deck> decks{deck("touch", {hug, card("q", CardKind::question, "play", 1)})};
    SessionSetup setup = couple(2);
    setup.max_level = 1;
    ManualClock clock;
    auto session = start_or_fail(setup, decks, ConsentBook(2), clock);
    if (session->view().card->card_id != "hug") session->apply(Action::done());
    REQUIRE(session->view().card->card_id == "hug");

    CHECK(session->view().timer.phase == TimerPhase::ready);
    CHECK_FALSE(session->view().timer.length_choosable);
    clock.advance_seconds(30);  // nothing runs until the players are ready
    CHECK(session->view().timer.remaining_ms == 60'000);
    CHECK(session->apply(Action::timer_length(90)) == ActionResult::not_now);  // fixed length
    CHECK(session->apply(Action::timer_start()) == ActionResult::applied);
    clock.advance_seconds(20);
    CHECK(session->view().timer.remaining_ms == 40'000);
    CHECK(session->apply(Action::timer_pause()) == ActionResult::applied);
    clock.advance_seconds(100);
    CHECK(session->view().timer.phase == TimerPhase::paused);
    CHECK(session->view().timer.remaining_ms == 40'000);
    CHECK(session->apply(Action::timer_extend(30)) == ActionResult::applied);
    CHECK(session->view().timer.remaining_ms == 70'000);
    CHECK(session->apply(Action::timer_start()) == ActionResult::applied);
    clock.advance_seconds(500);
    CHECK(session->view().timer.phase == TimerPhase::finished);
    CHECK(session->view().card->card_id == "hug");  // still there: the players go on when ready
    CHECK(session->apply(Action::timer_extend()) == ActionResult::applied);
    CHECK(session->view().timer.phase == TimerPhase::running);
    CHECK(session->apply(Action::timer_skip()) == ActionResult::applied);
    CHECK(session->view().timer.phase == TimerPhase::skipped);
    CHECK(session->apply(Action::timer_start()) == ActionResult::not_now);
    CHECK(session->apply(Action::done()) == ActionResult::applied);
}

TEST_CASE("A session counts the steps that took effect, for soak runs, refused steps are not counted") {
    Card hug = card("hug", CardKind::gesture, "closeness", 1);
    hug.timer_seconds = 60;
    std::vector<Card> cards{hug};
    for (int i = 0; i < 8; ++i) cards.push_back(card("q-" + std::to_string(i), CardKind::question, "play", 1));
    const std::vector<Deck> decks{deck("counted", cards)};
    SessionSetup setup = couple(6);
    setup.max_level = 1;
    ManualClock clock;
    auto session = start_or_fail(setup, decks, ConsentBook(2), clock);
    CHECK(session->applied_actions() == AppliedActions{});

    long long done = 0;
    while (session->view().card->card_id != "hug") {
        REQUIRE(session->apply(Action::done()) == ActionResult::applied);
        ++done;
        REQUIRE_FALSE(session->finished());
    }
    REQUIRE(session->apply(Action::timer_start()) == ActionResult::applied);
    REQUIRE(session->apply(Action::timer_pause()) == ActionResult::applied);
    REQUIRE(session->apply(Action::timer_start()) == ActionResult::applied);  // continued: not a new timer
    CHECK(session->applied_actions().timers_started == 1);
    REQUIRE(session->apply(Action::favourite()) == ActionResult::applied);
    REQUIRE(session->apply(Action::favourite()) == ActionResult::applied);
    REQUIRE(session->apply(Action::done()) == ActionResult::applied);
    ++done;
    REQUIRE_FALSE(session->finished());
    REQUIRE(session->apply(Action::swap()) == ActionResult::applied);
    REQUIRE(session->apply(Action::pause()) == ActionResult::applied);
    CHECK(session->apply(Action::done()) == ActionResult::not_now);
    CHECK(session->apply(Action::swap()) == ActionResult::not_now);
    CHECK(session->apply(Action::favourite()) == ActionResult::not_now);
    REQUIRE(session->apply(Action::resume()) == ActionResult::applied);
    while (!session->finished()) {
        REQUIRE(session->apply(Action::done()) == ActionResult::applied);
        ++done;
    }

    const AppliedActions& counted = session->applied_actions();
    CHECK(counted.done == done);
    CHECK(counted.done == static_cast<long long>(session->view().cards_played));
    CHECK(counted.swaps == 1);
    CHECK(counted.favourites == 2);
    CHECK(counted.timers_started == 1);
}

TEST_CASE("Favourites are marked, summarised, remembered and can be dealt again on purpose") {
    // One depth only, so that holding back (which works within the depth the night is at) is
    // all that decides between cards.
    std::vector<Card> cards;
    for (int i = 0; i < 12; ++i) {
        cards.push_back(card("light-" + std::to_string(i), all_card_kinds[static_cast<std::size_t>(i) % 5],
                             four_themes[static_cast<std::size_t>(i) % 4], 1));
    }
    const std::vector<Deck> decks{deck("light", cards)};
    ManualClock clock;
    MemoryHistoryStore history;
    std::string favourite_key;
    {
        auto session = start_or_fail(couple(12), decks, ConsentBook(2), clock, {&history, nullptr});
        const SessionView view = session->view();
        favourite_key = key_of(*view.card);
        CHECK_FALSE(view.card->favourite);
        session->apply(Action::favourite());
        CHECK(session->view().card->favourite);
        session->apply(Action::favourite());
        CHECK_FALSE(session->view().card->favourite);
        session->apply(Action::favourite());
        while (!session->finished()) session->apply(Action::done());
        const NightSummary summary = session->summary();
        REQUIRE(summary.favourites.size() == 1);
        CHECK(summary.favourites.front().key == favourite_key);
    }
    CHECK(history.history().favourites == std::vector<std::string>{favourite_key});
    CHECK(history.history().nights.back().cards.size() == 12);

    // Every card was played last night: all are held back, so a night of one card deals
    // whichever the dealer likes; with favourites welcome again, it is the favourite.
    SessionSetup again = couple(1);
    again.replay_favourites = true;
    auto session = start_or_fail(again, decks, ConsentBook(2), clock, {&history, nullptr});
    CHECK(key_of(*session->view().card) == favourite_key);
    CHECK(session->view().card->favourite);
}

TEST_CASE("Cards played in recent nights are held back, a fresh start forgets them") {
    const std::vector<Deck> decks{generous_deck("mixed", four_themes, 4)};  // 16 cards per level
    ManualClock clock;
    MemoryHistoryStore history;
    std::set<std::string> first_night;
    {
        auto session = start_or_fail(couple(12, 5), decks, ConsentBook(2), clock, {&history, nullptr});
        while (!session->finished()) {
            first_night.insert(key_of(*session->view().card));
            session->apply(Action::done());
        }
    }
    auto second = start_or_fail(couple(12, 6), decks, ConsentBook(2), clock, {&history, nullptr});
    while (!second->finished()) {
        CHECK_FALSE(first_night.contains(key_of(*second->view().card)));
        second->apply(Action::done());
    }
    history.save(fresh_start(history.history(), true));
    CHECK(history.history().nights.empty());
    CHECK(held_back_cards(history.history(), 3, false).empty());
}

TEST_CASE("A copied or renamed deck does not bring last night's cards again as new") {
    const Deck original = generous_deck("mixed", four_themes, 4);
    ManualClock clock;
    MemoryHistoryStore history;
    std::set<std::string> first_night;
    {
        const std::vector<Deck> decks{original};
        auto session = start_or_fail(couple(12, 5), decks, ConsentBook(2), clock, {&history, nullptr});
        while (!session->finished()) {
            first_night.insert(session->view().card->text);
            session->apply(Action::done());
        }
    }
    REQUIRE(history.history().nights.back().contents.size() == 12);
    // A friend's copy under another id, its cards with ids of their own: the same cards all the same.
    Deck copy = original;
    copy.id = "mixed-from-a-friend";
    for (Card& card : copy.cards) card.id = "copy-" + card.id;
    const std::vector<Deck> copies{copy};
    auto second = start_or_fail(couple(12, 6), copies, ConsentBook(2), clock, {&history, nullptr});
    int dealt = 0;
    while (!second->finished()) {
        CHECK_FALSE(first_night.contains(second->view().card->text));
        second->apply(Action::done());
        ++dealt;
    }
    CHECK(dealt == 12);
}

TEST_CASE("A timed night ends on a closing card once nine tenths of the time have passed") {
    const std::vector<Deck> decks{generous_deck("mixed", four_themes, 5)};
    SessionSetup setup = couple(20);
    setup.length = {LengthUnit::minutes, 20};
    ManualClock clock;
    auto session = start_or_fail(setup, decks, ConsentBook(2), clock);
    int cards = 0;
    while (!session->finished()) {
        const SessionView view = session->view();
        CHECK(view.card->closing == (view.elapsed_ms >= 18 * 60'000));
        clock.advance_seconds(150);
        session->apply(Action::done());
        ++cards;
    }
    CHECK(cards == 9);  // 8 cards in 20 minutes, then the closing card
    CHECK(session->view().end_reason == EndReason::completed);
}

TEST_CASE("Set-up problems are explained instead of starting a night") {
    const std::vector<Deck> decks{generous_deck("mixed", four_themes, 1)};
    ManualClock clock;
    SessionSetup setup = couple(10);
    setup.players = {"Alex"};
    SessionStart start = Session::start(setup, decks, ConsentBook(1), clock);
    CHECK_FALSE(start.session);
    CHECK(std::find(start.problems.begin(), start.problems.end(), Message{"start.couple_players", {}}) !=
          start.problems.end());
    setup = couple(10);
    setup.mode = "no-such-mode";
    start = Session::start(setup, decks, ConsentBook(2), clock);
    CHECK_FALSE(start.session);
    REQUIRE(start.problems.size() == 1);
    CHECK(english_words(start.problems.front()) == "No available deck offers the way of playing \"no-such-mode\".");
    setup = couple(10);
    ConsentBook strict(2);
    strict.set_limits(0, {Intensity::private_, {"inner-world", "play", "gratitude", "closeness"}, {}});
    start = Session::start(setup, decks, strict, clock);
    CHECK_FALSE(start.session);
    CHECK(start.problems == std::vector<Message>{{"start.no_card_within_limits", {}}});
    CHECK(check_setup(default_setup(PlayStyle::party, {"A", "B", "C", "D", "E", "F", "G", "H", "I"})).size() == 1);
}

TEST_CASE("Apart tonight, only cards tagged `apart` are dealt, and a saved night remembers it") {
    Deck mixed = generous_deck("mixed", four_themes, 2);
    std::set<std::string> apart_ids;
    for (std::size_t i = 0; i < mixed.cards.size(); i += 3) {
        mixed.cards[i].tags = {"quick", std::string(apart_tag)};
        apart_ids.insert(mixed.cards[i].id);
    }
    const std::vector<Deck> decks{mixed};
    ManualClock clock;
    SessionSetup setup = couple(static_cast<int>(apart_ids.size()));
    setup.apart = true;
    auto session = start_or_fail(setup, decks, ConsentBook(2), clock);
    std::size_t dealt = 0;
    while (!session->finished()) {
        const SessionView view = session->view();
        REQUIRE(view.card);
        CHECK(apart_ids.contains(view.card->card_id));
        ++dealt;
        session->apply(Action::done());
    }
    CHECK(dealt == apart_ids.size());
    // A card without the tag is not allowed for the table, whatever everyone's limits.
    CHECK_FALSE(session->allowed_for_everyone(mixed.cards[1]));
    CHECK(session->allowed_for_everyone(mixed.cards[0]));
    // Together, the same decks deal untagged cards too.
    auto together = start_or_fail(couple(30), decks, ConsentBook(2), clock);
    bool untagged = false;
    while (!together->finished()) {
        untagged = untagged || !apart_ids.contains(together->view().card->card_id);
        together->apply(Action::done());
    }
    CHECK(untagged);
    // No tagged card at all: the night does not start, and says why.
    const std::vector<Deck> plain{generous_deck("plain", four_themes, 1)};
    const SessionStart none = Session::start(setup, plain, ConsentBook(2), clock);
    CHECK_FALSE(none.session);
    REQUIRE(none.problems.size() == 1);
    CHECK_THAT(english_words(none.problems.front()), Catch::Contains("tagged for playing apart"));
    // The switch survives a save and a resume.
    auto again = start_or_fail(setup, decks, ConsentBook(2), clock);
    CHECK(again->saved_form().setup.apart);
}

TEST_CASE("A night that cannot start gives its problems in the players' language") {
    const UiStrings german = load_ui_strings("de").strings;
    const std::vector<Deck> decks{generous_deck("mixed", four_themes, 1)};
    ManualClock clock;
    SessionSetup setup = couple(10);
    setup.players = {"Alex", "Alex", "Kim"};
    setup.mode = "no-such-mode";
    const SessionStart start = Session::start(setup, decks, ConsentBook(3), clock);
    CHECK_FALSE(start.session);
    std::vector<std::string> worded;
    for (const Message& problem : start.problems) worded.push_back(words(problem, german));
    CHECK(worded == std::vector<std::string>{"Ein Abend zu zweit ist für genau zwei Personen.",
                                             "Zwei von euch heißen \"Alex\"; gebt euch verschiedene Namen.",
                                             "Kein verfügbares Deck bietet die Spielweise \"no-such-mode\" an."});
    SessionSetup party = default_setup(PlayStyle::party, {"A", "B"});
    party.length = {LengthUnit::minutes, 1};
    std::vector<std::string> party_words;
    for (const Message& problem : check_setup(party)) party_words.push_back(words(problem, german));
    CHECK(party_words == std::vector<std::string>{"Der Partymodus ist für 3 bis 8 Personen oder 2 bis 4 Teams.",
                                                  "Ein Abend dauert 5 bis 600 Minuten."});
}

TEST_CASE("Player names from a command line are split at commas, empty ones kept for the set-up check") {
    CHECK(split_player_names("Ana,Bo") == std::vector<std::string>{"Ana", "Bo"});
    CHECK(split_player_names("Zoë") == std::vector<std::string>{"Zoë"});
    CHECK(split_player_names("Ana,,Bo,") == std::vector<std::string>{"Ana", "", "Bo", ""});
    CHECK_FALSE(check_setup(default_setup(PlayStyle::couple, split_player_names("Ana,"))).empty());
}
