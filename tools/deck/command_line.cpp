#include "command_line.hpp"

#include "commands.hpp"

#include "core/text/text_similarity.hpp"

#include <iostream>
#include <vector>

namespace kindling::deck_tool {

void add_format_option(CLI::App& command, OutputFormat& format) {
    command.add_option_function<std::string>(
               "--format", [&format](const std::string& value) {
                   format = value == "json" ? OutputFormat::json : OutputFormat::text;
               },
               "Output format: text (the default) or json")
        ->type_name("FORMAT")
        ->check(plain_check([](const std::string& value) -> std::string {
            if (value == "text" || value == "json") return {};
            return "expected text or json, found \"" + value + "\"";
        }));
}

CLI::Validator plain_check(std::function<std::string(const std::string&)> check) {
    // CLI11 shows a validator's description in --help; an empty one shows nothing.
    return CLI::Validator([check = std::move(check)](std::string& value) { return check(value); }, "");
}

std::optional<std::string> unknown_command_message(CLI::App& app, std::string_view word) {
    if (word.empty() || word.front() == '-') return std::nullopt;
    std::vector<std::string> names;
    for (const CLI::App* command : app.get_subcommands({})) names.push_back(command->get_name());
    for (const std::string& name : names) {
        if (name == word) return std::nullopt;
    }
    std::vector<std::string_view> candidates(names.begin(), names.end());
    std::string message = "unknown command \"" + std::string(word) + "\"";
    if (const auto closest = closest_match(word, candidates)) message += "; did you mean \"" + std::string(*closest) + "\"?";
    else message += "; the commands are " + quoted_list(candidates);
    return message;
}

int report_parse_error(CLI::App& app, const CLI::ParseError& error) {
    if (error.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) {
        // --help and --version: CLI11 prints them.
        app.exit(error);
        return exit_ok;
    }
    std::string who = app.get_name();
    std::string help = who + " --help";
    for (const CLI::App* command : app.get_subcommands({})) {
        if (command->parsed()) {
            who += " " + command->get_name();
            help = who + " --help";
        }
    }
    std::string message = error.what();
    if (dynamic_cast<const CLI::RequiredError*>(&error) && message.find("subcommand") != std::string::npos) {
        message = "a command is needed";
    }
    std::cerr << who << ": error: " << message << "\nRun '" << help << "' for "
              << (who == app.get_name() ? "the commands" : "its options") << ".\n";
    return exit_usage;
}

}  // namespace kindling::deck_tool
