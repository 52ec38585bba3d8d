#include "app/game.hpp"

#include "app/messages.hpp"
#include "phones/lan_address.hpp"
#include "screens/screens.hpp"

#include <algorithm>

#include <cstdio>

namespace kindling::app {

namespace {

Palette palette_for(const Settings& settings) {
    PaletteLoad load = load_builtin_palette(settings.high_contrast ? high_contrast_palette_id : default_palette_id);
    for (const Diagnostic& diagnostic : load.diagnostics) {
        tell(format_diagnostic(diagnostic));
    }
    return std::move(load.palette);
}

}  // namespace

Game::Game(AppOptions options, GameEnvironment environment, DeckCatalogue decks, Settings settings)
    : options_(std::move(options)),
      environment_(environment),
      decks_(std::make_unique<DeckCatalogue>(std::move(decks))),
      night_decks_(std::make_unique<CatalogueNightDecks>(*decks_)),
      extra_decks_(options_.decks),
      settings_(std::move(settings)),
      sound_(std::make_unique<audio::SoundBoard>(settings_)),
      palette_(palette_for(settings_)),
      night_(*night_decks_, *environment_.session_clock, SessionStores{environment_.history, environment_.saves}) {
    load_words();
    decks_->show_in_language(settings_.language);
}

void Game::load_words() {
    UiStringsLoad load = load_ui_strings(settings_.language);
    for (const Diagnostic& diagnostic : load.diagnostics) {
        tell(format_diagnostic(diagnostic));
    }
    strings_ = std::make_unique<UiStrings>(std::move(load.strings));
}

std::string Game::change_settings(const Settings& settings) {
    const Settings before = settings_;
    settings_ = settings;
    if (settings_.language != before.language) {
        load_words();
        decks_->show_in_language(settings_.language);
        night_.refresh_words();
    }
    if (settings_.high_contrast != before.high_contrast) {
        palette_ = palette_for(settings_);
        bump_render_generation();
    }
    if (settings_.fullscreen != before.fullscreen && on_fullscreen) on_fullscreen(settings_.fullscreen);
    sound_->apply(settings_);
    if (environment_.settings_path.empty() || settings_ == before) return {};
    Settings to_save = settings_;
    if (environment_.saved_settings) {
        environment_.saved_settings = with_changes(*environment_.saved_settings, before, settings_);
        to_save = *environment_.saved_settings;
    }
    const std::string error = save_settings(to_save, environment_.settings_path);
    return error.empty() ? std::string{} : strings_->format("settings.save_failed", {{"error", error}});
}

void Game::offer_decks(const std::vector<std::filesystem::path>& paths, bool opened) {
    screens::offer_arriving_decks(screen_context_, paths, opened);
}

std::vector<ArrivingDeck> Game::check_arriving_decks(std::span<const std::filesystem::path> paths) const {
    return kindling::check_arriving_decks(paths, *decks_);
}

AddedDecks Game::add_arriving_decks(std::span<const ArrivingDeck> decks) {
    if (environment_.user_decks.empty()) return {};
    AddedDecks added = kindling::add_arriving_decks(decks, environment_.user_decks);
    for (const std::filesystem::path& file : added.written) tell("added " + file.string() + " to the decks");
    if (!added.written.empty()) reload_decks();
    return added;
}

bool Game::use_deck_file(const std::filesystem::path& file) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(file, error)) return false;
    if (std::find(extra_decks_.begin(), extra_decks_.end(), file) == extra_decks_.end()) {
        extra_decks_.push_back(file);
        reload_decks();
    }
    return true;
}

void Game::reload_decks() {
    DeckCatalogue fresh = load_deck_catalogue(extra_decks_, true, environment_.user_decks);
    fresh.show_in_language(settings_.language);
    // In place: the night's flow holds on to the catalogue.
    *decks_ = std::move(fresh);
}

std::uint64_t Game::next_seed() {
    ++seeds_used_;
    if (options_.seed) return *options_.seed + seeds_used_ - 1;
    return static_cast<std::uint64_t>(environment_.session_clock->monotonic_ms()) * 2654435761ULL +
           static_cast<std::uint64_t>(environment_.session_clock->unix_seconds()) + seeds_used_;
}

std::vector<std::string> Game::initial_players(PlayStyle style) const {
    std::vector<std::string> names = options_.players;
    const std::size_t wanted = style == PlayStyle::couple ? couple_players : std::max<std::size_t>(names.size(), min_party_players);
    names.resize(wanted);
    return names;
}

std::string Game::default_player_name(std::size_t index) const {
    return strings_->format("players.default_name", {{"number", std::to_string(index + 1)}});
}

Game::~Game() {
    set_phones(false);
    finish_stopping_phones();
}

void Game::finish_stopping_phones() {
    if (phones_stopping_.joinable()) phones_stopping_.join();
}

std::string Game::set_phones(bool on) {
    if (!on) {
        if (!phones_) return {};
        // mg_stop joins civetweb's threads, which took about two seconds on the main thread (a
        // frozen TV); silenced first, the server can stop anywhere without an event after this.
        phones_->silence();
        finish_stopping_phones();
        phones_stopping_ = std::thread([stopping = std::move(phones_)]() mutable { stopping.reset(); });
        return {};
    }
    if (phones_) return {};
    finish_stopping_phones();  // the last server's port is free again
    phones::ServerOptions server;
    server.address = !options_.phones_bind.empty() ? options_.phones_bind : phones::lan_address().value_or("127.0.0.1");
    server.port = options_.phones_port;
    std::string error;
    phones_ = PhoneBridge::start(server, error);
    if (!phones_) {
        tell("phones: " + error);
        return error;
    }
    // The address and the room code are what the TV shows anyway; the tokens are never printed.
    tell("phones: " + phones_->server().url() + " room " + phones_->server().room_code());
    return {};
}

PhoneTurn Game::phone_turn() const {
    PhoneTurn turn;
    if (const ui::Screen* top = screens_.top()) turn.top_screen = std::string(top->name());
    turn.party = night_.party() != nullptr;
    if (const WriteRound* round = night_.write_round(); round != nullptr) turn.write_step = round->step();
    if (const GuessRound* round = night_.guess_round(); round != nullptr) turn.guess_answered = round->answered();
    if (const Session* session = night_.session(); session != nullptr && !session->finished()) {
        const SessionView view = session->view();
        const auto& players = night_.draft().players;
        const auto reader = std::find(players.begin(), players.end(), view.turn.reader);
        if (view.card && reader != players.end()) turn.reader = static_cast<std::size_t>(reader - players.begin());
    }
    return turn;
}

void Game::publish_to_phones() {
    if (!phones_) return;
    phones::PhoneView view;
    view.language = settings_.language;
    const PhoneTurn turn = phone_turn();
    if (const Session* session = night_.session(); session != nullptr && !session->finished()) {
        const SessionView now = session->view();
        if (now.card) {
            view.card_text = now.card->text;
            view.card_kind = std::string(to_string(now.card->kind));
        }
    }
    if (turn.reader) view.turn = static_cast<int>(*turn.reader);
    view.favourites = !turn.party;
    // Only how many have voted, and who: never for whom, until the TV reveals the tally.
    if (const Vote* vote = night_.vote(); vote != nullptr && !vote->complete()) {
        view.voting = true;
        view.votes_cast = static_cast<int>(vote->votes_cast());
        view.votes_total = static_cast<int>(vote->people());
        for (std::size_t seat = 0; seat < vote->people(); ++seat) view.voted.push_back(vote->has_voted(seat));
    }
    // The write round: progress and revealed answers; each phone's own answer only to that phone.
    if (const WriteRound* round = night_.write_round(); round != nullptr) view.write = PhoneBridge::write_view(*round);
    add_couple_night(view, turn);
    // The guess round: who guesses, the marks and the answer as the TV shows them.
    if (const GuessRound* round = night_.guess_round(); round != nullptr) view.guess = PhoneBridge::guess_view(*round);
    phones_->publish(night_.draft().players, view);
}

// ---- the couple night on phones ----

bool Game::phone_limits_open() const {
    const ui::Screen* top = screens_.top();
    if (top == nullptr || night_.stage() != NightStage::limits || night_.draft().style != PlayStyle::couple) return false;
    const std::string_view name = top->name();
    return name == "handoff" || name == "consent" || name == "phone-limits";
}

void Game::add_couple_night(phones::PhoneView& view, const PhoneTurn& turn) {
    if (phone_limits_open()) {
        view.limits_open = true;
        for (std::size_t player = 0; player < night_.player_count(); ++player) {
            const bool given = night_.limits_given(player);
            view.limits_done.push_back(given);
            // Private to the partner's own phone: the server sends each phone only its own.
            view.limits_by_seat.push_back(given ? std::nullopt
                                                : std::optional(screens::phone_limits_form(screen_context_, player)));
        }
    }
    if ((view.between = phone_between())) {
        // Nobody plays a card while the check or the note is asked: the phones show the form.
        view.card_text.clear();
        view.card_kind.clear();
        view.turn.reset();
        return;
    }
    if (turn.party || (turn.top_screen != "card" && turn.top_screen != "timer")) return;
    const Session* session = night_.session();
    if (session == nullptr || session->finished()) return;
    const SessionView now = session->view();
    if (!now.card || now.timer.phase == TimerPhase::none) return;
    phones::PhoneTimer timer;
    timer.phase = std::string(to_string(now.timer.phase));
    timer.length_ms = now.timer.length_ms;
    timer.length_choosable = now.timer.length_choosable;
    // Whole seconds while running: the page counts down itself, and the view changes (and is
    // sent again) once a second at most, not every frame.
    timer.remaining_ms = now.timer.phase == TimerPhase::running ? (now.timer.remaining_ms + 999) / 1000 * 1000
                                                                : now.timer.remaining_ms;
    view.timer = std::move(timer);
}

void Game::handle_couple_phone(const phones::PhoneEvent& event) {
    using Kind = phones::PhoneEvent::Kind;
    if (event.kind == Kind::limits && event.seat && *event.seat >= 0 &&
        static_cast<std::size_t>(*event.seat) < night_.player_count()) {
        const auto player = static_cast<std::size_t>(*event.seat);
        const phones::LimitsForm offered = screens::phone_limits_form(screen_context_, player);
        const bool given = PhoneBridge::give_limits(event, phone_limits_open(), offered, night_);
        // The TV waiting for the phones goes on as soon as the last one is in.
        const ui::Screen* top = screens_.top();
        if (given && top != nullptr && top->name() == "phone-limits") screens::after_limits(screen_context_, player);
        return;
    }
    if (event.kind == Kind::closeness || event.kind == Kind::note) {
        take_between_phone(event);
        return;
    }
    if (event.kind != Kind::timer) return;
    const PhoneTurn turn = phone_turn();
    if (!PhoneBridge::control_timer(event, turn, night_)) return;
    // The TV follows: a timer started from a phone opens on the TV, one done without closes.
    if (event.timer == phones::TimerControl::start && turn.top_screen == "card") {
        screens_.push(screens::make_timer_screen(screen_context_));
    } else if (event.timer == phones::TimerControl::skip && turn.top_screen == "timer") {
        screens_.pop();
    }
}

// ---- between nights on phones ----

namespace {

// The closeness check's moment the night asks now (someone is still to answer), if any.
std::optional<CheckMoment> check_asked(const NightFlow& night) {
    if (night.next_check(CheckMoment::start)) return CheckMoment::start;
    if (night.next_check(CheckMoment::end)) return CheckMoment::end;
    return std::nullopt;
}

}  // namespace

std::optional<phones::BetweenView> Game::phone_between() const {
    const ui::Screen* top = screens_.top();
    if (top == nullptr) return std::nullopt;
    const std::string_view name = top->name();
    phones::BetweenView between;
    const std::size_t players = night_.player_count();
    if (const std::optional<CheckMoment> moment = check_asked(night_);
        moment && (name == "closeness-check" || name == "phone-between")) {
        between.step = "closeness";
        between.moment = *moment == CheckMoment::start ? "start" : "end";
        for (std::size_t player = 0; player < players; ++player) between.done.push_back(night_.checked(*moment, player));
    } else if (night_.next_note_writer() && (name == "note" || name == "phone-between")) {
        between.step = "note";
        between.moment = "end";
        for (std::size_t player = 0; player < players; ++player) between.done.push_back(night_.note_written(player));
    } else {
        return std::nullopt;
    }
    // Asked on their phone: everyone not done yet. A partner without a phone is asked on the TV
    // meanwhile, and no phone sits in their seat to be told.
    for (const bool done : between.done) between.asked_by_seat.push_back(!done);
    return between;
}

void Game::take_between_phone(const phones::PhoneEvent& event) {
    using Kind = phones::PhoneEvent::Kind;
    const std::optional<phones::BetweenView> open = phone_between();
    if (!open) return;
    const bool start = open->moment == "start";
    bool given = false;
    if (event.kind == Kind::closeness && open->step == "closeness") {
        given = PhoneBridge::give_closeness(event, start ? CheckMoment::start : CheckMoment::end, night_);
    } else if (event.kind == Kind::note && open->step == "note") {
        given = PhoneBridge::give_note(event, night_);
    }
    const ui::Screen* top = screens_.top();
    if (!given || top == nullptr || top->name() != "phone-between") return;
    if (start) screens::continue_into_night(screen_context_);
    else screens::continue_to_summary(screen_context_);
}

}  // namespace kindling::app
