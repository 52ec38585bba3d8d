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
    // Before the card: when both change at once, the card is what is said.
    read_menu_aloud(game);
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

// A screen with a title says it and its focused choice when it comes up; then each change of the
// focused choice's words (another choice, or its value stepped) is said, in the game's language.
// SoundBoard says these only with "cards and menus"; the words are followed whatever the setting,
// so switching it on says only what changes from then on.
void SoundCues::read_menu_aloud(Game& game) {
    const ui::Screen* top = game.screens().top();
    std::string words = top != nullptr ? top->focused_words() : std::string{};
    const std::string name = top != nullptr ? std::string(top->name()) : std::string{};
    const bool new_screen = top != menu_screen_ || name != menu_screen_name_;
    const bool new_words = words != menu_words_;
    menu_screen_ = top;
    menu_screen_name_ = name;
    menu_words_ = words;
    if (top == nullptr || !(new_screen || new_words)) return;
    const std::string& language = game.settings().language;
    std::vector<audio::Utterance> pieces;
    if (new_screen) {
        std::string title = top->title_words();
        if (title.empty()) return;  // a card or the like: its own words are said, not its buttons
        pieces.push_back({std::move(title), language});
    }
    if (!words.empty()) pieces.push_back({std::move(words), language});
    if (!pieces.empty()) game.sound().speak(std::move(pieces), true);
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
