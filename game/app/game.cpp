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

std::string Game::set_phones(bool on) {
    if (!on) {
        phones_.reset();
        return {};
    }
    if (phones_) return {};
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
    // The guess round: who guesses, the marks and the answer as the TV shows them.
    if (const GuessRound* round = night_.guess_round(); round != nullptr) view.guess = PhoneBridge::guess_view(*round);
    phones_->publish(night_.draft().players, view);
}

}  // namespace kindling::app
