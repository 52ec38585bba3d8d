#pragma once
// What the game says outside its screens (a broken deck, a missing font, a save set aside):
// printed as "kindling: MESSAGE" on the terminal and, once the log is open (the interactive
// game opens it), kept in $XDG_STATE_HOME/kindling/kindling.log for players without a terminal.

#include <filesystem>
#include <string_view>

namespace kindling::app {

void tell(std::string_view message);
// Only into the log, never on the terminal: how things are going (which sound device, or that
// there is none), not something the players must act on.
void note(std::string_view message);

// Starts this run's log (the previous run's is kept as kindling.log.1). Until then, and when it
// cannot be written, messages are only printed.
void open_message_log(const std::filesystem::path& path);

}  // namespace kindling::app
