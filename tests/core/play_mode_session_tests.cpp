// Play modes through the Session: the built-in Closeness Ladder on the shipped deck, and a deck's
// own mode with tags, shuffling, counts and readers per set.
#include "core/deck/deck_reader.hpp"
#include "core/session/session.hpp"
#include "support/fixtures.hpp"
#include "support/night_helpers.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace kindling;
using namespace kindling::testing;

namespace {

std::vector<Deck> shipped_ladder() {
    const DeckReadResult read = read_deck_file(data_directory() / "decks" / "closeness-ladder.yaml");
    REQUIRE(read.ok());
    return {read.deck};
}

SessionSetup ladder_setup() {
    SessionSetup setup = couple(20, 11);
    setup.mode = "closeness-ladder";
    return setup;
}

std::string ladder_id(int set, int card) {
    return "ladder-" + std::to_string(set) + "-" + (card < 10 ? "0" : "") + std::to_string(card);
}

}  // namespace

TEST_CASE("The Closeness Ladder deals its three sets in order, readers alternating and speaking first") {
    const std::vector<Deck> decks = shipped_ladder();
    ManualClock clock;
    SessionStart start = Session::start(ladder_setup(), decks, ConsentBook(2), clock);
    REQUIRE(start.session);
    Session& session = *start.session;
    for (int set = 1; set <= 3; ++set) {
        for (int number = 1; number <= 12; ++number) {
            const SessionView view = session.view();
            REQUIRE(view.card);
            CHECK(view.card->card_id == ladder_id(set, number));
            const int turn = (set - 1) * 12 + number;
            CHECK(view.turn.reader == (turn % 2 == 1 ? "Alex" : "Sam"));
            CHECK(view.turn.answers == Answerer::both);
            CHECK(view.turn.speakers == std::vector<std::string>{view.turn.reader, view.turn.partner});
            CHECK(view.mode.title == "Closeness Ladder");
            CHECK(view.mode.set_number == static_cast<std::size_t>(set));
            CHECK(view.mode.set_count == 3);
            CHECK(view.mode.set_position == static_cast<std::size_t>(number - 1));
            CHECK(view.mode.set_size == 12);
            CHECK(view.mode.budget_minutes == 15);
            clock.advance_seconds(60);
            session.apply(Action::done());
        }
    }
    const SessionView closing = session.view();
    REQUIRE(closing.card);
    CHECK(closing.card->closing);
    CHECK(closing.card->optional);
    CHECK(closing.card->kind == CardKind::gesture);
    CHECK(closing.mode.set_number == 0);
    CHECK(closing.timer.phase == TimerPhase::ready);
    CHECK(closing.timer.length_choosable);
    CHECK(closing.timer.min_seconds == 120);
    CHECK(closing.timer.max_seconds == 240);
    CHECK(closing.timer.remaining_ms == 240'000);
    CHECK(session.apply(Action::timer_length(300)) == ActionResult::not_now);
    CHECK(session.apply(Action::timer_length(180)) == ActionResult::applied);
    CHECK(session.view().timer.remaining_ms == 180'000);
    CHECK(session.apply(Action::timer_start()) == ActionResult::applied);
    CHECK(session.apply(Action::timer_length(200)) == ActionResult::not_now);  // only before starting
    session.apply(Action::done());
    CHECK(session.finished());
    CHECK(session.view().end_reason == EndReason::completed);
    const NightSummary summary = session.summary();
    CHECK(summary.cards_played == 37);
    CHECK(summary.deviations == 0);
    CHECK(summary_markdown(summary).find("without swapping cards") != std::string::npos);
}

TEST_CASE("A set's soft time budget moves the ladder on after the card during which it ran out") {
    const std::vector<Deck> decks = shipped_ladder();
    ManualClock clock;
    auto session = std::move(Session::start(ladder_setup(), decks, ConsentBook(2), clock).session);
    REQUIRE(session);
    // Two minutes a card: the budget of 15 minutes is used up during the eighth card.
    for (int number = 1; number <= 8; ++number) {
        CHECK(session->view().card->card_id == ladder_id(1, number));
        CHECK_FALSE(session->view().mode.budget_used_up);
        clock.advance_seconds(120);
        CHECK(session->view().mode.budget_used_up == (number == 8));
        session->apply(Action::done());
    }
    CHECK(session->view().card->card_id == ladder_id(2, 1));
    CHECK(session->view().mode.set_number == 2);
    CHECK(session->view().mode.set_elapsed_seconds == 0);
}

TEST_CASE("Swapping in the ladder is allowed and reported as a deviation from the protocol") {
    const std::vector<Deck> decks = shipped_ladder();
    ManualClock clock;
    auto session = std::move(Session::start(ladder_setup(), decks, ConsentBook(2), clock).session);
    REQUIRE(session);
    CHECK(session->view().mode.source.find("Aron") != std::string::npos);
    const SessionView before = session->view();
    CHECK(session->apply(Action::swap()) == ActionResult::applied);
    const SessionView after = session->view();
    CHECK(after.card->card_id == ladder_id(1, 2));
    CHECK(after.turn.reader == before.turn.reader);
    CHECK(after.turn.number == before.turn.number);
    CHECK(after.mode.deviations == 1);
    while (!session->view().card->closing) session->apply(Action::done());
    // The closing step is optional: skipping it is part of the mode, not a deviation.
    session->apply(Action::swap());
    CHECK(session->finished());
    const NightSummary summary = session->summary();
    CHECK(summary.cards_played == 35);
    CHECK(summary.deviations == 1);
    CHECK(summary_markdown(summary).find("Cards swapped: 1 (a deviation from the original procedure)") !=
          std::string::npos);
}

TEST_CASE("Limits apply inside modes too: cards beyond them are left out of the order") {
    const std::vector<Deck> decks = shipped_ladder();
    ConsentBook consent(2);
    consent.set_limits(1, {Intensity::company, {}, {}});
    ManualClock clock;
    auto session = std::move(Session::start(ladder_setup(), decks, std::move(consent), clock).session);
    REQUIRE(session);
    int dealt = 0;
    while (!session->finished()) {
        CHECK(session->view().card->intensity == Intensity::company);
        ++dealt;
        session->apply(Action::done());
    }
    CHECK(dealt == 12);  // the first set is company-safe; the gaze is `personal`
}

TEST_CASE("The ladder is for couples") {
    const std::vector<Deck> decks = shipped_ladder();
    SessionSetup setup = default_setup(PlayStyle::party, {"Ana", "Ben", "Cleo"});
    setup.mode = "closeness-ladder";
    ManualClock clock;
    const SessionStart start = Session::start(setup, decks, ConsentBook(3), clock);
    CHECK_FALSE(start.session);
    CHECK(start.problems == std::vector<Message>{{"start.mode_for_couples", {{"mode", "Closeness Ladder"}}}});
}

TEST_CASE("A deck's own mode: tag sets, shuffled order, counts, a reader per set") {
    std::vector<Card> cards;
    for (int i = 0; i < 10; ++i) {
        Card warm = card("warm-" + std::to_string(i), CardKind::question, "play", 1);
        warm.tags = {"warm"};
        cards.push_back(warm);
        cards.push_back(card("deep-" + std::to_string(i), CardKind::question, "inner-world", 2));
    }
    Deck custom = deck("custom", cards);
    PlayMode mode;
    mode.id = "warm-then-deep";
    mode.title = "Warm then deep";
    mode.first_reader = FirstReader::random;
    mode.reader_changes = ReaderChanges::every_set;
    mode.first_speaker = FirstSpeaker::partner;
    ModeSet warm_set;
    warm_set.tags = {{"warm", {}}};
    warm_set.order = SetOrder::shuffled;
    warm_set.count = 3;
    ModeSet deep_set;
    deep_set.cards = {{"deep-4", {}}, {"deep-1", {}}, {"nobody-knows-me", {}}};
    deep_set.answers = Answerer::both;
    mode.sets = {warm_set, deep_set};
    custom.mode = mode;
    const std::vector<Deck> decks{custom};

    const auto play = [&](std::uint64_t seed) {
        SessionSetup setup = couple(20, seed);
        setup.mode = "warm-then-deep";
        ManualClock clock;
        auto session = std::move(Session::start(setup, decks, ConsentBook(2), clock).session);
        REQUIRE(session);
        std::vector<std::pair<std::string, std::string>> night;  // card id, reader
        while (!session->finished()) {
            const SessionView view = session->view();
            if (view.turn.answers == Answerer::both) {
                CHECK(view.turn.speakers.front() == view.turn.partner);
            }
            night.emplace_back(view.card->card_id, view.turn.reader);
            session->apply(Action::done());
        }
        return night;
    };
    const auto night = play(3);
    REQUIRE(night.size() == 5);
    for (int i = 0; i < 3; ++i) CHECK(night[static_cast<std::size_t>(i)].first.starts_with("warm-"));
    CHECK(night[3].first == "deep-4");
    CHECK(night[4].first == "deep-1");
    CHECK(night[0].second == night[2].second);  // one reader for the whole first set
    CHECK(night[3].second != night[0].second);  // the other one for the second set
    CHECK(play(3) == night);
    std::set<std::vector<std::pair<std::string, std::string>>> different;
    for (std::uint64_t seed = 0; seed < 10; ++seed) different.insert(play(seed));
    CHECK(different.size() > 3);
}

TEST_CASE("Modes on offer: Game Night, then each deck's mode, the ladder deck gets the built-in one") {
    Deck custom = deck("custom", {card("a", CardKind::question, "play", 1)});
    PlayMode mode;
    mode.id = "custom-mode";
    mode.title = "Custom";
    ModeSet set;
    set.cards = {{"a", {}}};
    mode.sets = {set};
    custom.mode = mode;
    std::vector<Deck> decks = shipped_ladder();
    decks.push_back(custom);
    const auto modes = available_modes(decks);
    REQUIRE(modes.size() == 3);
    CHECK(modes[0].id == "game-night");
    CHECK(modes[1].id == "closeness-ladder");
    CHECK(modes[1].deck_id == "closeness-ladder");
    CHECK(modes[2].id == "custom-mode");
    DiagnosticList diagnostics("closeness-ladder.yaml");
    check_play_mode_cards(closeness_ladder_mode(), decks.front(), diagnostics);
    CHECK(diagnostics.items().empty());
}
