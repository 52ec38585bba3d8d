#include "app/sound_cues.hpp"

#include "screens/game_screen.hpp"
#include "screens/party_card.hpp"

namespace kindling::app {

namespace {

std::string card_key(const SessionView& view) {
    if (!view.card) return {};
    return view.card->deck_id + "/" + view.card->card_id + "/" + view.card->text;
}

}  // namespace

void SoundCues::observe(Game& game) {
    const Session* session = game.night().session();
    if (session == nullptr) {
        card_key_.clear();
        timer_phase_ = TimerPhase::none;
        game.sound().hold_open(false);
        return;
    }
    const SessionView view = session->view();
    const std::string key = card_key(view);
    if (!key.empty() && (key != card_key_ || view.turn.number != turn_number_)) {
        // A new turn turns the next card over; the same turn with another card is a swap, dealt
        // from the pile.
        game.sound().play(card_key_.empty() || view.turn.number != turn_number_ ? audio::Cue::turn : audio::Cue::deal);
        read_card_aloud(game, view);
    }
    if (timer_phase_ == TimerPhase::running && view.timer.phase == TimerPhase::finished) {
        game.sound().play(audio::Cue::chime);
    }
    card_key_ = key;
    turn_number_ = view.turn.number;
    timer_phase_ = view.timer.phase;
    // A running timer keeps the device open, so the chime at its end does not wait for it.
    game.sound().hold_open(timer_phase_ == TimerPhase::running);
}

void SoundCues::read_card_aloud(Game& game, const SessionView& view) {
    const UiStrings& strings = game.strings();
    std::string language = game.settings().language;
    if (const Deck* deck = game.decks().find(view.card->deck_id); deck != nullptr) {
        language = deck->language.empty() ? "en" : deck->language;
    }
    std::string who;
    if (const PartyNight* party = game.night().party()) {
        who = screens::party_answers_text(view.card->kind, party->turn(view.turn), *party, strings);
    } else {
        who = screens::answers_text(view.card->kind, view.turn, strings);
    }
    std::vector<audio::Utterance> pieces{{view.card->text, language}};
    if (!who.empty()) pieces.push_back({who, game.settings().language});
    game.sound().speak(std::move(pieces));
}

void SoundCues::after_command(Game& game, ui::Command command, bool focus_moved) {
    using ui::Command;
    switch (command) {
        case Command::up:
        case Command::down:
        case Command::left:
        case Command::right:
        case Command::next_field:
        case Command::previous_field:
            if (focus_moved) game.sound().play(audio::Cue::focus);
            break;
        case Command::confirm: game.sound().play(audio::Cue::choose); break;
        default: break;
    }
}

ui::FrameRequest SoundCues::next_wake(const Game& game, std::int64_t now_ms) const {
    const Session* session = game.night().session();
    if (session == nullptr || timer_phase_ != TimerPhase::running) return ui::FrameRequest::idle();
    const TimerView timer = session->view().timer;
    if (timer.phase != TimerPhase::running) return ui::FrameRequest::at(now_ms);
    return ui::FrameRequest::at(now_ms + timer.remaining_ms);
}

}  // namespace kindling::app
