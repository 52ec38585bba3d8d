#include "core/session/night_simulation.hpp"

#include "core/session/night_flow.hpp"
#include "core/text/clock.hpp"

namespace kindling {

namespace {

std::string join_speakers(const TurnView& turn) {
    if (turn.answers == Answerer::everyone) return "everyone";
    std::string out;
    for (std::size_t i = 0; i < turn.speakers.size(); ++i) {
        if (i > 0) out += " then ";
        out += turn.speakers[i];
    }
    return out;
}

SimulatedTurn simulated_turn(const SessionView& view) {
    SimulatedTurn turn;
    turn.turn = view.turn.number;
    turn.reader = view.turn.reader;
    turn.answerer = join_speakers(view.turn);
    turn.kind = view.card->kind;
    turn.theme = view.card->theme;
    turn.level = view.card->level;
    turn.text = view.card->text;
    if (view.card->closing && !view.mode.game_night) turn.set = "closing";
    else turn.set = view.mode.set_title;
    turn.set_number = view.mode.set_number;
    return turn;
}

// Sets the night up as the game's screens would: a couple's set-up, their (open) limits, then
// the choices; a party's set-up with its rules.
StartOutcome start_simulated_night(NightFlow& flow, const SimulationOptions& options) {
    const bool couple = options.players.size() == static_cast<std::size_t>(couple_players);
    if (couple) {
        flow.plan(PlayStyle::couple, options.players, options.seed);
        flow.begin_consent();
    } else {
        PartyRules rules;
        rules.company_safe = !options.intensity_limit || *options.intensity_limit == Intensity::company;
        flow.plan_party(options.players, {}, rules, options.cards, options.seed);
    }
    SessionSetup& draft = flow.draft();
    if (!options.decks.empty()) draft.decks = options.decks;
    draft.length = {LengthUnit::cards, options.cards};
    if (options.intensity_limit) draft.intensity_limit = *options.intensity_limit;
    draft.mode = options.mode;
    return flow.start();
}

}  // namespace

Simulation simulate_night(std::span<const Deck> decks, const SimulationOptions& options) {
    Simulation simulation;
    const FixedNightDecks given(decks);
    ManualClock clock;
    NightFlow flow(given, clock, {});
    StartOutcome started = start_simulated_night(flow, options);
    if (!started.started) {
        simulation.problems = std::move(started.problems);
        return simulation;
    }
    // A night has at most max_night_cards turns, a mode at most its sets' cards plus a closing
    // step; the bound only guards against a mistake turning into an endless loop.
    constexpr int max_turns = 100'000;
    for (int guard = 0; guard < max_turns && flow.stage() == NightStage::cards; ++guard) {
        Session& session = *flow.session();
        const SessionView view = session.view();
        if (session.finished() || !view.card) {
            flow.end();
            break;
        }
        simulation.turns.push_back(simulated_turn(view));
        clock.advance_seconds(options.seconds_per_card);
        session.apply(Action::done());
    }
    simulation.end_reason = flow.session()->view().end_reason;
    return simulation;
}

}  // namespace kindling
