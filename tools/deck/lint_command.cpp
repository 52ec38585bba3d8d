#include "alike_cards.hpp"
#include "command_line.hpp"
#include "commands.hpp"
#include "deck_loading.hpp"
#include "diagnostics_output.hpp"

#include "core/format/ui_strings.hpp"

#include <iostream>

namespace kindling::deck_tool {

namespace {

struct LintOptions {
    std::vector<std::string> paths;
    OutputFormat format = OutputFormat::text;
    bool strict = false;
    bool no_style = false;
    bool no_alike = false;
    std::string twins_file;
};

// The twins list's own problems, and entries naming cards the checked decks do not have, shown
// as one more checked file.
void add_twin_list_problems(std::vector<LoadedDeck>& decks, const TwinList& twins) {
    std::vector<Diagnostic> problems = twins.diagnostics;
    for (Diagnostic& stale : stale_twin_entries(decks, twins)) problems.push_back(std::move(stale));
    LoadedDeck entry{twins.file, {}, std::nullopt};
    entry.result.diagnostics = std::move(problems);
    entry.result.read_completely = true;
    decks.push_back(std::move(entry));
}

int run_lint(const LintOptions& options) {
    DeckReadOptions read_options;
    read_options.style_warnings = !options.no_style;
    std::vector<LoadedDeck> decks = load_decks(options.paths, read_options);
    check_across_decks(decks);
    TwinList twins;
    if (!options.twins_file.empty()) twins = read_twin_list(options.twins_file);
    if (!options.no_style && !options.no_alike) check_alike_cards(decks, twins);
    if (!options.twins_file.empty()) add_twin_list_problems(decks, twins);
    check_translations_across(decks);

    std::size_t errors = 0;
    std::size_t warnings = 0;
    std::size_t valid = 0;
    for (const LoadedDeck& deck : decks) {
        errors += deck.result.error_count();
        warnings += deck.result.warning_count();
        if (deck.result.ok()) ++valid;
    }
    if (options.format == OutputFormat::json) {
        print_diagnostics_json(std::cout, decks);
    } else {
        for (const LoadedDeck& deck : decks) print_diagnostics_text(std::cout, deck.result.diagnostics);
        const UiStrings& words = message_strings();
        const std::string files = words.count("deck_tool.files_checked", static_cast<long long>(decks.size()));
        const std::string error_count = words.count("deck_tool.errors", static_cast<long long>(errors));
        const std::string warning_count = words.count("deck_tool.warnings", static_cast<long long>(warnings));
        std::cout << words.format("deck_tool.summary", {{"files", files},
                                                        {"valid", std::to_string(valid)},
                                                        {"errors", error_count},
                                                        {"warnings", warning_count}})
                  << '\n';
    }
    const bool failed = errors > 0 || valid < decks.size() || (options.strict && warnings > 0);
    return failed ? exit_problems : exit_ok;
}

}  // namespace

Command add_lint_command(CLI::App& app) {
    auto options = std::make_shared<LintOptions>();
    CLI::App* lint = app.add_subcommand("lint", "Check decks and report every problem with its line and column");
    lint->add_option("paths", options->paths, "Deck files or folders of decks")->required();
    add_format_option(*lint, options->format);
    lint->add_flag("--strict", options->strict, "Also fail (exit 1) when there are warnings");
    lint->add_flag("--no-style", options->no_style,
                   "Skip style warnings (long texts, near-duplicate and alike cards)");
    lint->add_flag("--no-alike", options->no_alike,
                   "Skip comparing every card with every other for cards that ask much the same");
    lint->add_option("--twins", options->twins_file,
                     "A list of card pairs meant to be alike, each with its reason (see data/decks/README.md)")
        ->type_name("FILE");
    return [options] { return run_lint(*options); };
}

}  // namespace kindling::deck_tool
