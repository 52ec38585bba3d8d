// kindling-deck: check, count, format and convert Kindling decks from the command line.
#include "command_line.hpp"
#include "commands.hpp"
#include "diagnostics_output.hpp"

#include "core/text/version.hpp"

#include <iostream>
#include <map>

int main(int argc, char** argv) {
    using namespace kindling::deck_tool;
    CLI::App app{"Checks, counts, formats, converts and play-tests Kindling decks.", "kindling-deck"};
    app.set_version_flag("--version", std::string(kindling::version()));
    app.require_subcommand(1, 1);
    std::string language = language_from_environment();
    app.add_option("--lang", language,
                   "Language of the messages, e.g. en or de (default: from LC_ALL, LC_MESSAGES or LANG)");
    app.footer("Run 'kindling-deck COMMAND --help' for a command's options.\n"
               "Exit status: 0 all good, 1 a deck has errors, 2 wrong command line.");

    std::map<CLI::App*, Command> commands;
    const auto add = [&](Command (*add_command)(CLI::App&)) {
        Command command = add_command(app);
        CLI::App* subcommand = app.get_subcommands({}).back();
        subcommand->set_version_flag("--version", std::string(kindling::version()));
        commands.emplace(subcommand, std::move(command));
    };
    add(add_lint_command);
    add(add_stats_command);
    add(add_fmt_command);
    add(add_import_csv_command);
    add(add_text_import_command);
    add(add_export_csv_command);
    add(add_simulate_command);
    add(add_paths_command);

    if (argc > 1) {
        if (const auto unknown = unknown_command_message(app, argv[1])) {
            std::cerr << app.get_name() << ": error: " << *unknown << "\nRun '" << app.get_name()
                      << " --help' for the commands.\n";
            return exit_usage;
        }
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        return report_parse_error(app, error);
    }
    use_message_language(language);
    for (auto& [subcommand, command] : commands) {
        if (subcommand->parsed()) return command();
    }
    return exit_usage;
}
