#pragma once
// The game as its screens see it (screens/screen_context.hpp): each call is passed on to the
// Game or its night's flow unchanged.

#include "screens/screen_context.hpp"

namespace kindling::app {

class Game;

class GameScreenContext final : public screens::ScreenContext {
public:
    explicit GameScreenContext(Game& game);

    [[nodiscard]] const UiStrings& strings() const override;
    [[nodiscard]] const Settings& settings() const override;
    [[nodiscard]] const Palette& palette() const override;
    std::string change_settings(const Settings& settings) override;

    [[nodiscard]] std::span<const Deck> decks() const override;
    [[nodiscard]] const Theme* deck_theme(std::string_view deck_id, std::string_view theme_id) const override;
    [[nodiscard]] const std::vector<std::string>& replaced_builtin_decks() const override;
    [[nodiscard]] std::size_t rejected_deck_files() const override;
    [[nodiscard]] const std::vector<Diagnostic>& deck_problems() const override;
    [[nodiscard]] const std::vector<std::string>& startup_notices() const override;
    [[nodiscard]] std::vector<ArrivingDeck> check_arriving_decks(std::span<const std::filesystem::path> paths) const override;
    AddedDecks add_arriving_decks(std::span<const ArrivingDeck> decks) override;
    bool use_deck_file(const std::filesystem::path& file) override;

    [[nodiscard]] NightFlow& night() override;
    [[nodiscard]] const NightFlow& night() const override;
    [[nodiscard]] std::uint64_t next_seed() override;
    [[nodiscard]] std::vector<std::string> initial_players(PlayStyle style) const override;
    [[nodiscard]] const std::vector<std::string>& command_line_players() const override;
    [[nodiscard]] std::string default_player_name(std::size_t index) const override;

    void set_party_mode(bool on) override;
    void request_next_card() override;
    bool take_next_card_request() override;

    [[nodiscard]] HistoryStore* history() const override;
    [[nodiscard]] const Clock& session_clock() const override;
    [[nodiscard]] const std::filesystem::path& export_directory() const override;

    [[nodiscard]] screens::Navigator& screens() override { return navigator_; }
    [[nodiscard]] const screens::Navigator& screens() const override { return navigator_; }
    [[nodiscard]] std::int64_t now_ms() const override;
    [[nodiscard]] ui::InputDevice device() const override;
    [[nodiscard]] int render_generation() const override;

    void request_quit() override;

    [[nodiscard]] phones::PhoneServer* phone_server() override;
    std::string set_phones(bool on) override;

private:
    Game& game_;
    screens::Navigator navigator_;
};

}  // namespace kindling::app
