// The steps between screens: from the title through names and private limits to the card, and
// from the card to the summary. Kept in one place so every path through the game agrees.
#include "screens/screens.hpp"

namespace kindling::screens {

void plan_new_night(app::Game& game, PlayStyle style) {
    game.night().plan(style, game.initial_players(style), game.next_seed());
    game.screens().push(make_players_screen(game));
}

void begin_consent(app::Game& game) {
    game.night().begin_consent();
    game.screens().push(make_handoff_screen(game, 0));
}

void after_limits(app::Game& game, std::size_t player) {
    if (player + 1 < game.night().player_count()) {
        game.screens().replace(make_handoff_screen(game, player + 1));
        return;
    }
    if (game.night().resuming()) {
        start_night(game);
        return;
    }
    game.screens().replace(make_setup_screen(game));
}

void start_night(app::Game& game) {
    app::NightFlow& night = game.night();
    const bool resuming = night.resuming();
    const app::StartOutcome started = resuming ? night.resume() : night.start();
    if (!started.started) {
        std::string message;
        for (const Message& problem : started.problems) message += (message.empty() ? "" : "\n") + words(problem, game.strings());
        // A saved night that cannot go on (a deck it used is gone) is let go; a new night
        // that cannot start goes back to the choices.
        game.screens().push(make_dialog_screen(
            game, std::string(game.strings().text(resuming ? "start.resume_failed_title" : "start.failed_title")),
            message, {{"ok", std::string(game.strings().text("common.ok")), true}}, [&game, resuming](std::string_view) {
                if (resuming) {
                    game.night().forget_saved();
                    game.screens().reset(make_title_screen(game));
                } else {
                    game.screens().pop();
                }
            }));
        return;
    }
    ++game.statistics().nights;
    if (game.night().party() != nullptr) ++game.statistics().parties;
    game.screens().reset(make_card_screen(game));
}

void end_night(app::Game& game) {
    Session* session = game.night().session();
    if (session == nullptr) {
        game.screens().reset(make_title_screen(game));
        return;
    }
    if (!session->finished()) session->apply(Action::end());
    const PartyNight* party = game.night().party();
    if (party != nullptr && party->rules().scoring) {
        game.screens().reset(make_party_scores_screen(game, true));
        return;
    }
    show_summary(game);
}

void show_summary(app::Game& game) {
    Session* session = game.night().session();
    if (session == nullptr) {
        game.screens().reset(make_title_screen(game));
        return;
    }
    NightSummary summary = session->summary();
    if (const PartyNight* party = game.night().party()) {
        summary.party = true;
        if (party->rules().scoring) {
            for (const Standing& standing : party->scores().standings()) {
                summary.scores.push_back({standing.name, standing.points, standing.place});
            }
        }
    }
    game.screens().reset(make_summary_screen(game, std::move(summary)));
}

}  // namespace kindling::screens
