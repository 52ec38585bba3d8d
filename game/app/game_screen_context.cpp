#include "app/game_screen_context.hpp"

#include "app/game.hpp"

namespace kindling::app {

namespace {

screens::StartOutcome for_screens(StartOutcome outcome) { return {outcome.started, std::move(outcome.problems)}; }

}  // namespace

void GameNightControl::plan(PlayStyle style, std::vector<std::string> players, std::uint64_t seed) {
    night_.plan(style, std::move(players), seed);
}
std::vector<std::string> GameNightControl::default_decks(PlayStyle style) const { return night_.default_decks(style); }
SessionSetup& GameNightControl::draft() { return night_.draft(); }
const SessionSetup& GameNightControl::draft() const { return night_.draft(); }
void GameNightControl::set_party_rules(PartyRules rules) { night_.set_party_rules(rules); }
void GameNightControl::begin_consent() { night_.begin_consent(); }
void GameNightControl::set_limits(std::size_t player, ConsentLimits limits) { night_.set_limits(player, std::move(limits)); }
std::size_t GameNightControl::player_count() const { return night_.player_count(); }
const std::string& GameNightControl::player_name(std::size_t player) const { return night_.player_name(player); }
screens::StartOutcome GameNightControl::start() { return for_screens(night_.start()); }
const std::optional<SavedNight>& GameNightControl::saved() const { return night_.saved(); }
const std::string& GameNightControl::saved_notice() const { return night_.saved_notice(); }
void GameNightControl::plan_resume() { night_.plan_resume(); }
bool GameNightControl::resuming() const { return night_.resuming(); }
screens::StartOutcome GameNightControl::resume() { return for_screens(night_.resume()); }
void GameNightControl::forget_saved() { night_.forget_saved(); }
Session* GameNightControl::session() { return night_.session(); }
const Session* GameNightControl::session() const { return night_.session(); }
PartyNight* GameNightControl::party() { return night_.party(); }
const PartyNight* GameNightControl::party() const { return night_.party(); }
void GameNightControl::close() { night_.close(); }
bool GameNightControl::can_keep_for_later() const { return night_.can_keep_for_later(); }
void GameNightControl::keep_for_later() { night_.keep_for_later(); }

GameScreenContext::GameScreenContext(Game& game) : game_(game), night_(game.night()), navigator_(game.screens()) {}

const UiStrings& GameScreenContext::strings() const { return game_.strings(); }
const Settings& GameScreenContext::settings() const { return game_.settings(); }
const Palette& GameScreenContext::palette() const { return game_.palette(); }
std::string GameScreenContext::change_settings(const Settings& settings) { return game_.change_settings(settings); }

std::span<const Deck> GameScreenContext::decks() const { return game_.decks().decks; }
const Theme* GameScreenContext::deck_theme(std::string_view deck_id, std::string_view theme_id) const {
    return game_.decks().theme(deck_id, theme_id);
}
const std::vector<std::string>& GameScreenContext::replaced_builtin_decks() const {
    return game_.decks().replaced_builtin_files;
}
std::size_t GameScreenContext::rejected_deck_files() const { return game_.decks().rejected_files; }
const std::vector<Diagnostic>& GameScreenContext::deck_problems() const { return game_.decks().problems; }
const std::vector<std::string>& GameScreenContext::startup_notices() const { return game_.startup_notices(); }

std::uint64_t GameScreenContext::next_seed() { return game_.next_seed(); }
std::vector<std::string> GameScreenContext::initial_players(PlayStyle style) const { return game_.initial_players(style); }
const std::vector<std::string>& GameScreenContext::command_line_players() const { return game_.options().players; }
std::string GameScreenContext::default_player_name(std::size_t index) const { return game_.default_player_name(index); }

void GameScreenContext::set_party_mode(bool on) { game_.set_party_mode(on); }
void GameScreenContext::request_next_card() { game_.request_next_card(); }
bool GameScreenContext::take_next_card_request() { return game_.take_next_card_request(); }

HistoryStore* GameScreenContext::history() const { return game_.environment().history; }
const Clock& GameScreenContext::session_clock() const { return *game_.environment().session_clock; }
const std::filesystem::path& GameScreenContext::export_directory() const { return game_.environment().export_directory; }

std::int64_t GameScreenContext::now_ms() const { return game_.now_ms(); }
ui::InputDevice GameScreenContext::device() const { return game_.device(); }
int GameScreenContext::render_generation() const { return game_.render_generation(); }

void GameScreenContext::request_quit() { game_.request_quit(); }

}  // namespace kindling::app
