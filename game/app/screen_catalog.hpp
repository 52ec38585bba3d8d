#pragma once
// Every screen by name, for --screen, --screenshot and the golden-image tests. Opening a screen
// by name first puts the game in the state that screen needs: a night under way for the card,
// a played night for the summary, and so on, always the same for the same --seed and names.

#include "app/game.hpp"

#include <span>
#include <string>
#include <string_view>

namespace kindling::app {

std::span<const std::string_view> registered_screens();

// Shows the named screen (the stack is rebuilt). False, with `error` naming the known screens,
// for an unknown name or a night that cannot be dealt.
bool open_screen(Game& game, std::string_view name, std::string& error);

// The names used when --players is not given.
std::vector<std::string> demo_players(const Game& game);

}  // namespace kindling::app
