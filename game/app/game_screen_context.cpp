#include "app/game_screen_context.hpp"

#include "app/game.hpp"

namespace kindling::app {

GameScreenContext::GameScreenContext(Game& game) : game_(game), navigator_(game.screens()) {}

NightFlow& GameScreenContext::night() { return game_.night(); }
const NightFlow& GameScreenContext::night() const { return game_.night(); }

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
std::vector<ArrivingDeck> GameScreenContext::check_arriving_decks(std::span<const std::filesystem::path> paths) const {
    return game_.check_arriving_decks(paths);
}
AddedDecks GameScreenContext::add_arriving_decks(std::span<const ArrivingDeck> decks) {
    return game_.add_arriving_decks(decks);
}
bool GameScreenContext::use_deck_file(const std::filesystem::path& file) { return game_.use_deck_file(file); }
const std::vector<std::string>& GameScreenContext::startup_notices() const { return game_.startup_notices(); }

std::uint64_t GameScreenContext::next_seed() { return game_.next_seed(); }
std::vector<std::string> GameScreenContext::initial_players(PlayStyle style) const { return game_.initial_players(style); }
const std::vector<std::string>& GameScreenContext::command_line_players() const { return game_.options().players; }
std::string GameScreenContext::default_player_name(std::size_t index) const { return game_.default_player_name(index); }

void GameScreenContext::set_party_mode(bool on) { game_.set_party_mode(on); }
void GameScreenContext::request_next_card() { game_.night().request_next_card(); }
bool GameScreenContext::take_next_card_request() { return game_.night().take_next_card_request(); }

HistoryStore* GameScreenContext::history() const { return game_.environment().history; }
const Clock& GameScreenContext::session_clock() const { return *game_.environment().session_clock; }
const std::filesystem::path& GameScreenContext::export_directory() const { return game_.environment().export_directory; }

std::int64_t GameScreenContext::now_ms() const { return game_.now_ms(); }
ui::InputDevice GameScreenContext::device() const { return game_.device(); }
int GameScreenContext::render_generation() const { return game_.render_generation(); }

void GameScreenContext::request_quit() { game_.request_quit(); }

phones::PhoneServer* GameScreenContext::phone_server() { return game_.phone_server(); }
std::string GameScreenContext::set_phones(bool on) { return game_.set_phones(on); }

}  // namespace kindling::app
