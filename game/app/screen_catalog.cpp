#include "app/screen_catalog.hpp"

#include "screens/screens.hpp"

#include <array>

namespace kindling::app {

namespace {

constexpr std::array<std::string_view, 12> names{"title", "players", "handoff", "consent", "setup",  "card",
                                                 "timer", "pause",   "summary", "settings", "help", "party"};

bool start_demo_night(Game& game, std::string& error, bool with_timers = false) {
    game.night().plan(PlayStyle::couple, demo_players(game), game.options().seed.value_or(7));
    if (with_timers) game.night().draft().themes = {"closeness"};
    game.night().begin_consent();
    const StartOutcome started = game.night().start();
    if (!started.started) {
        error = "no night can be dealt from these decks";
        for (const std::string& problem : started.problems) error += "; " + problem;
        return false;
    }
    return true;
}

void advance(Game& game, std::int64_t seconds) {
    if (ManualClock* clock = game.environment().manual_clock) clock->advance_seconds(seconds);
}

}  // namespace

std::span<const std::string_view> registered_screens() { return names; }

std::vector<std::string> demo_players(const Game& game) {
    if (!game.options().players.empty()) return game.options().players;
    return {"Alex", "Sam"};
}

bool open_screen(Game& game, std::string_view name, std::string& error) {
    using namespace screens;
    ui::ScreenStack& stack = game.screens();
    const auto plan = [&] {
        game.night().plan(game.options().party ? PlayStyle::party : PlayStyle::couple, demo_players(game),
                          game.options().seed.value_or(7));
    };
    if (name == "title") {
        stack.reset(make_title_screen(game));
    } else if (name == "players") {
        plan();
        stack.reset(make_title_screen(game));
        stack.push(make_players_screen(game));
    } else if (name == "handoff" || name == "consent" || name == "setup") {
        plan();
        game.night().begin_consent();
        stack.reset(make_title_screen(game));
        stack.push(make_players_screen(game));
        if (name == "handoff") stack.push(make_handoff_screen(game, 0));
        if (name == "consent") stack.push(make_limits_screen(game, 0));
        if (name == "setup") stack.push(make_setup_screen(game));
    } else if (name == "card" || name == "pause") {
        if (!start_demo_night(game, error)) return false;
        stack.reset(make_card_screen(game));
        if (name == "pause") stack.push(make_pause_screen(game));
    } else if (name == "timer") {
        if (!start_demo_night(game, error, true)) return false;
        Session& session = *game.night().session();
        for (int i = 0; i < 60 && session.view().timer.phase == TimerPhase::none; ++i) session.apply(Action::swap());
        if (session.view().timer.phase != TimerPhase::none) {
            session.apply(Action::timer_start());
            advance(game, 17);
        }
        stack.reset(make_card_screen(game));
        stack.push(make_timer_screen(game));
    } else if (name == "summary") {
        if (!start_demo_night(game, error)) return false;
        Session& session = *game.night().session();
        for (int turn = 0; turn < 8 && !session.finished(); ++turn) {
            advance(game, 200);
            if (turn == 1 || turn == 4) session.apply(Action::favourite());
            session.apply(Action::done());
        }
        if (!session.finished()) session.apply(Action::end());
        stack.reset(make_summary_screen(game, session.summary()));
    } else if (name == "settings") {
        stack.reset(make_title_screen(game));
        stack.push(make_settings_screen(game));
    } else if (name == "help") {
        stack.reset(make_title_screen(game));
        stack.push(make_help_screen(game));
    } else if (name == "party") {
        stack.reset(make_title_screen(game));
        stack.push(make_party_screen(game));
    } else {
        error = "unknown screen \"" + std::string(name) + "\"; the screens are";
        for (const std::string_view known : names) error += " " + std::string(known);
        return false;
    }
    stack.apply_pending();
    return true;
}

}  // namespace kindling::app
