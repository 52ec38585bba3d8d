#include "core/session/night_simulation.hpp"

#include "core/text/clock.hpp"
#include "core/session/session.hpp"

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

}  // namespace

Simulation simulate_night(std::span<const Deck> decks, const SimulationOptions& options) {
    Simulation simulation;
    SessionSetup setup;
    setup.style = options.players.size() == 2 ? PlayStyle::couple : PlayStyle::party;
    setup.players = options.players;
    setup.decks = options.decks;
    setup.length = {LengthUnit::cards, options.cards};
    setup.intensity_limit = options.intensity_limit;
    setup.seed = options.seed;
    setup.mode = options.mode;

    ManualClock clock;
    SessionStart start = Session::start(setup, decks, ConsentBook(options.players.size()), clock);
    if (!start.session) {
        simulation.problems = std::move(start.problems);
        return simulation;
    }
    Session& session = *start.session;
    // A night has at most max_night_cards turns, a mode at most its sets' cards plus a closing
    // step; the bound only guards against a mistake turning into an endless loop.
    constexpr int max_turns = 100'000;
    for (int guard = 0; guard < max_turns && !session.finished(); ++guard) {
        const SessionView view = session.view();
        if (!view.card) break;
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
        simulation.turns.push_back(std::move(turn));
        clock.advance_seconds(options.seconds_per_card);
        session.apply(Action::done());
    }
    simulation.end_reason = session.view().end_reason;
    return simulation;
}

}  // namespace kindling
