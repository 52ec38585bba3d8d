// What a front end can see of a session: the card, whose turn it is, who answers, progress
// through a mode, the timer. Nothing here reveals anyone's limits.
#include "core/session/session.hpp"

#include "core/format/ui_strings.hpp"

namespace kindling {

std::string set_title(const ModeView& mode, const UiStrings& strings) {
    if (!mode.set_title.empty()) return mode.set_title;
    return strings.format("card.set_untitled", {{"number", std::to_string(mode.set_number)}});
}

SessionView Session::view() const {
    SessionView view;
    view.stage = night_.stage;
    view.end_reason = night_.end_reason;
    view.cards_played = night_.played.size();
    view.length = setup_.length;
    view.elapsed_ms = active_ms_now();
    view.notice = notice_;

    view.mode.game_night = !plan_;
    if (plan_) {
        const PlayMode& mode = plan_->mode;
        view.mode.id = mode.id;
        view.mode.title = mode.title;
        view.mode.set_count = mode.sets.size();
        view.mode.source = mode.source;
        view.mode.deviations = mode.source.empty() ? 0 : night_.swaps;
        if (!finished() && !night_.current_is_closing && night_.set_index < mode.sets.size()) {
            const ModeSet& set = mode.sets[night_.set_index];
            view.mode.set_number = night_.set_index + 1;
            view.mode.set_title = set.title;
            view.mode.set_position = night_.set_position;
            view.mode.set_size = plan_->sets[night_.set_index].size();
            view.mode.budget_minutes = set.budget_minutes;
            view.mode.set_elapsed_seconds = (active_ms_now() - night_.set_started_ms) / 1000;
            view.mode.budget_used_up =
                set.budget_minutes && view.mode.set_elapsed_seconds >= std::int64_t{*set.budget_minutes} * 60;
        }
    } else {
        view.mode.id = std::string(game_night_mode_id);  // its title is the game's: setup.game_night
    }

    const PoolCard* pooled = current_card();
    if (pooled == nullptr) return view;
    const Card& card = pooled->card;
    CardView& shown = view.card.emplace();
    shown.text = card.text;
    shown.kind = card.kind;
    shown.theme = card.theme;
    shown.theme_title = pooled->theme_title;
    shown.level = card.level;
    shown.intensity = card.intensity;
    shown.deck_id = pooled->deck_id;
    shown.card_id = card.id;
    shown.favourite = is_favourite(pooled->key);
    shown.closing = night_.current_is_closing;
    if (!night_.favourite_back.empty() && pooled->key == night_.favourite_back) {
        shown.favourite_marked_at = night_.favourite_back_marked_at;
    }
    shown.optional = plan_ && night_.current_is_closing && plan_->mode.closing && plan_->mode.closing->optional;

    view.turn.number = static_cast<int>(night_.played.size()) + 1;
    view.turn.reader = seats_[night_.turn_reader].name;
    view.turn.answers = card.answers;
    if (card.answers != Answerer::everyone) view.turn.partner = seats_[partner_for(card)].name;
    for (const std::size_t seat : speakers_for(card)) view.turn.speakers.push_back(seats_[seat].name);

    const std::int64_t now = now_ms();
    view.timer.phase = timer_.phase(now);
    view.timer.length_ms = timer_.length_ms();
    view.timer.remaining_ms = timer_.remaining_ms(now);
    view.timer.min_seconds = timer_.min_seconds();
    view.timer.max_seconds = timer_.max_seconds();
    view.timer.length_choosable = view.timer.phase == TimerPhase::ready && timer_.min_seconds() < timer_.max_seconds();
    return view;
}

NightSummary Session::summary() const {
    NightState night = night_;
    night.active_ms = active_ms_now();
    if (plan_) return summarise_night(night, plan_->mode.id, plan_->mode.title, plan_->mode.source);
    return summarise_night(night, std::string(game_night_mode_id), {}, {});
}

}  // namespace kindling
