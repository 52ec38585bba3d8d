#pragma once
// The subcommands of kindling-deck. Each registers its options on the app and returns the
// function that runs it once the command line has been parsed.

#include <CLI/CLI.hpp>

#include <functional>

namespace kindling::deck_tool {

using Command = std::function<int()>;

// Exit codes shared by every subcommand.
inline constexpr int exit_ok = 0;
inline constexpr int exit_problems = 1;  // a deck has errors, or --check found differences
inline constexpr int exit_usage = 2;     // the command line itself is wrong

Command add_lint_command(CLI::App& app);
Command add_stats_command(CLI::App& app);
Command add_fmt_command(CLI::App& app);
Command add_import_csv_command(CLI::App& app);
Command add_export_csv_command(CLI::App& app);
Command add_simulate_command(CLI::App& app);
Command add_paths_command(CLI::App& app);
Command add_text_import_command(CLI::App& app);

}  // namespace kindling::deck_tool
