// The steps between screens: from the title through names and private limits to the card, and
// from the card to the summary. Kept in one place so every path through the game agrees.
#include "screens/screens.hpp"

namespace kindling::screens {

namespace {

// The one button of a dialog that only tells something.
enum class NoticeChoice { ok };
constexpr std::string_view button_name(NoticeChoice choice) {
    switch (choice) {
        case NoticeChoice::ok: return "ok";
    }
    return {};
}

}  // namespace

void plan_new_night(ScreenContext& game, PlayStyle style) {
    game.night().plan(style, game.initial_players(style), game.next_seed());
    game.screens().push(make_players_screen(game));
}

void begin_consent(ScreenContext& game) {
    game.night().begin_consent();
    game.screens().push(make_handoff_screen(game, 0));
}

void after_limits(ScreenContext& game, std::size_t player) {
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

void start_night(ScreenContext& game) {
    NightControl& night = game.night();
    const bool resuming = night.resuming();
    const StartOutcome started = resuming ? night.resume() : night.start();
    if (!started.started) {
        std::string message;
        for (const std::string& problem : started.problems) message += (message.empty() ? "" : "\n") + problem;
        // A saved night that cannot go on (a deck it used is gone) is let go; a new night
        // that cannot start goes back to the choices.
        game.screens().push(make_dialog_screen<NoticeChoice>(
            game, std::string(game.strings().text(resuming ? "start.resume_failed_title" : "start.failed_title")),
            message, {{NoticeChoice::ok, std::string(game.strings().text("common.ok")), true}}, [&game, resuming](NoticeChoice) {
                if (resuming) {
                    game.night().forget_saved();
                    game.screens().reset(make_title_screen(game));
                } else {
                    game.screens().pop();
                }
            }));
        return;
    }
    game.screens().reset(make_card_screen(game));
}

void end_night(ScreenContext& game) {
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

void show_summary(ScreenContext& game) {
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
