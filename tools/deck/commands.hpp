#pragma once
// The subcommands of kindling-deck. Each registers its options on the app and returns the
// function that runs it once the command line has been parsed.

#include "core/deck/deck.hpp"

#include <CLI/CLI.hpp>

#include <functional>

namespace kindling::deck_tool {

using Command = std::function<int()>;

// Exit codes shared by every subcommand.
inline constexpr int exit_ok = 0;
inline constexpr int exit_problems = 1;  // a deck has errors, or --check found differences
inline constexpr int exit_usage = 2;     // the command line itself is wrong

// The options that fill a new deck's header beyond its id and title (the importers').
inline void add_deck_header_options(CLI::App& command, DeckHeader& fields) {
    command.add_option("--language", fields.language, "Language tag, like en or de");
    command.add_option("--author", fields.author, "Who wrote the cards");
    command.add_option("--licence", fields.licence, "Licence of the cards, like CC-BY-4.0");
    command.add_option("--description", fields.description, "A sentence about the deck");
}

Command add_lint_command(CLI::App& app);
Command add_stats_command(CLI::App& app);
Command add_fmt_command(CLI::App& app);
Command add_import_csv_command(CLI::App& app);
Command add_export_csv_command(CLI::App& app);
Command add_simulate_command(CLI::App& app);
Command add_paths_command(CLI::App& app);
Command add_text_import_command(CLI::App& app);

}  // namespace kindling::deck_tool
