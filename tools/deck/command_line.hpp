#pragma once
// The command line's own words: options several commands share, a check that names what is
// wrong without CLI11's internals, and usage errors worded like lint's ("WHO: error: WHAT").

#include "diagnostics_output.hpp"

#include <CLI/CLI.hpp>

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace kindling::deck_tool {

// --format text|json.
void add_format_option(CLI::App& command, OutputFormat& format);

// A validator whose only words are its message: `check` returns "" when the value is fine,
// otherwise what is wrong ("expected ..., found ...").
CLI::Validator plain_check(std::function<std::string(const std::string&)> check);

// "unknown command "lnt"; did you mean "lint"?" when `word` (the first argument) is neither an
// option nor a command; nothing otherwise.
std::optional<std::string> unknown_command_message(CLI::App& app, std::string_view word);

// Prints help or the version and returns 0, or prints the usage error as
// "kindling-deck COMMAND: error: MESSAGE" with where to find the options and returns 2.
int report_parse_error(CLI::App& app, const CLI::ParseError& error);

}  // namespace kindling::deck_tool
