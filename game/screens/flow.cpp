// Which screen shows which stage of the night's flow (core/session/night_flow.hpp): from the
// title through names and private limits to the card, and from the card to the summary. The flow
// decides what comes next; these only send its commands and show the screen for its stage.
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

namespace {

// The limits' next step: the first partner still to give theirs who has no phone in their seat,
// on the shared screen after a hand-over; then, while only partners with phones are left, the
// wait for their phones (no hand-over at all when both have one); then the night's set-up, or
// the resumed night. Without phones this is the hand-over for each player in seating order.
void next_limits_step(ScreenContext& game, bool replace) {
    NightFlow& night = game.night();
    const std::vector<bool> on_phone = players_on_phones(game);
    const auto show = [&](std::unique_ptr<ui::Screen> screen) {
        if (replace) game.screens().replace(std::move(screen));
        else game.screens().push(std::move(screen));
    };
    for (std::size_t player = 0; player < night.player_count(); ++player) {
        if (!night.limits_given(player) && !on_phone[player]) {
            show(make_handoff_screen(game, player));
            return;
        }
    }
    for (std::size_t player = 0; player < night.player_count(); ++player) {
        if (!night.limits_given(player)) {
            show(make_phone_limits_screen(game));
            return;
        }
    }
    if (night.resuming()) {
        start_night(game);
        return;
    }
    show(make_setup_screen(game));
}

}  // namespace

void begin_consent(ScreenContext& game) {
    game.night().begin_consent();
    next_limits_step(game, false);
}

void after_limits(ScreenContext& game, std::size_t /*player: the flow knows who is done*/) { next_limits_step(game, true); }

void start_night(ScreenContext& game) {
    NightFlow& night = game.night();
    const bool resuming = night.resuming();
    const StartOutcome started = night.start();
    if (!started.started) {
        std::string message;
        for (const Message& problem : started.problems) message += (message.empty() ? "" : "\n") + words(problem, game.strings());
        // The flow let go of a saved night that cannot go on: back to the title; a new night
        // that cannot start goes back to the choices.
        const bool dropped = started.saved_night_dropped;
        game.screens().push(make_dialog_screen<NoticeChoice>(
            game, std::string(game.strings().text(resuming ? "start.resume_failed_title" : "start.failed_title")),
            message, {{NoticeChoice::ok, std::string(game.strings().text("common.ok")), true}}, [&game, dropped](NoticeChoice) {
                if (dropped) {
                    game.screens().reset(make_title_screen(game));
                } else {
                    game.screens().pop();
                }
            }));
        return;
    }
    continue_into_night(game);
    // Something the players should know but that did not stop the night (the play history was
    // damaged and set aside): said once, over the
    // night's first screen.
    if (!started.notices.empty()) {
        std::string message;
        for (const Message& notice : started.notices) message += (message.empty() ? "" : "\n") + words(notice, game.strings());
        game.screens().push(make_dialog_screen<NoticeChoice>(
            game, std::string(game.strings().text("start.notice_title")), message,
            {{NoticeChoice::ok, std::string(game.strings().text("common.ok")), true}},
            [&game](NoticeChoice) { game.screens().pop(); }));
    }
}

namespace {

// Between nights, partner by partner as with the limits: the first partner still to answer who
// has no phone in their seat, on the shared screen after the hand-over; then, while only
// partners with phones are left, the wait for their phones. False when nobody is left to ask.
bool ask_check(ScreenContext& game, CheckMoment moment) {
    NightFlow& night = game.night();
    if (!night.next_check(moment)) return false;
    const std::vector<bool> on_phone = players_on_phones(game);
    for (std::size_t player = 0; player < night.player_count(); ++player) {
        if (!night.checked(moment, player) && !on_phone[player]) {
            game.screens().reset(make_closeness_screen(game, moment, player));
            return true;
        }
    }
    game.screens().reset(make_phone_between_screen(game));
    return true;
}

// The note for next time, the same way (NightFlow::note_written is true after "not now" too).
bool ask_note(ScreenContext& game) {
    NightFlow& night = game.night();
    if (!night.next_note_writer()) return false;
    const std::vector<bool> on_phone = players_on_phones(game);
    for (std::size_t player = 0; player < night.player_count(); ++player) {
        if (!night.note_written(player) && !on_phone[player]) {
            game.screens().reset(make_note_screen(game, player));
            return true;
        }
    }
    game.screens().reset(make_phone_between_screen(game));
    return true;
}

}  // namespace

void continue_into_night(ScreenContext& game) {
    NightFlow& night = game.night();
    if (ask_check(game, CheckMoment::start)) return;
    for (std::size_t player = 0; player < night.player_count(); ++player) {
        if (!night.notes_waiting(player).empty()) {
            game.screens().reset(make_note_read_screen(game, player));
            return;
        }
    }
    game.screens().reset(make_card_screen(game));
}

void continue_to_summary(ScreenContext& game) {
    NightFlow& night = game.night();
    if (ask_check(game, CheckMoment::end) || ask_note(game)) return;
    // The phones' server stops with the night (issue 15): nothing listens between nights.
    game.set_phones(false);
    std::optional<NightSummary> summary = night.summary();
    if (!summary) {
        game.screens().reset(make_title_screen(game));
        return;
    }
    game.screens().reset(make_summary_screen(game, std::move(*summary)));
}

void end_night(ScreenContext& game) {
    if (!game.night().end()) {
        game.screens().reset(make_title_screen(game));
        return;
    }
    if (game.night().scores_before_summary()) {
        game.screens().reset(make_party_scores_screen(game, true));
        return;
    }
    show_summary(game);
}

void show_summary(ScreenContext& game) { continue_to_summary(game); }

}  // namespace kindling::screens
