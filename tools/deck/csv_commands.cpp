#include "commands.hpp"
#include "diagnostics_output.hpp"

#include "core/text/atomic_file.hpp"
#include "core/deck/deck_csv.hpp"
#include "core/deck/deck_writer.hpp"
#include "core/deck/translation_reader.hpp"

#include <filesystem>
#include <iostream>

namespace kindling::deck_tool {

namespace {

// Writes `text` to `output`, or to standard output when it is empty or "-".
int emit(const std::string& output, const std::string& text, bool force) {
    if (output.empty() || output == "-") {
        std::cout << text;
        return exit_ok;
    }
    std::error_code error;
    if (!force && std::filesystem::exists(output, error)) {
        std::cerr << output << ": error: the file exists; use --force to replace it\n";
        return exit_problems;
    }
    if (const WriteResult written = write_file_atomically(output, text); !written) {
        std::cerr << output << ": error: " << written.error << '\n';
        return exit_problems;
    }
    std::cerr << "wrote " << output << '\n';
    return exit_ok;
}

// The same words as lint for a path that is not there.
bool report_if_missing(const std::string& path) {
    std::error_code error;
    if (std::filesystem::exists(path, error)) return false;
    print_diagnostics_text(std::cerr, {missing_path_diagnostic(path)});
    return true;
}

struct ImportOptions {
    std::string csv_path;
    std::string output;
    std::string deck_from;
    Deck fields;
    bool force = false;
};

int run_import(ImportOptions options) {
    if (report_if_missing(options.csv_path) || (!options.deck_from.empty() && report_if_missing(options.deck_from))) {
        return exit_problems;
    }
    if (!options.deck_from.empty()) {
        DeckReadOptions quiet;
        quiet.style_warnings = false;
        const DeckReadResult base = read_deck_file(options.deck_from, quiet);
        if (!base.ok()) {
            print_diagnostics_text(std::cerr, base.diagnostics);
            return exit_problems;
        }
        options.fields = base.deck;
        options.fields.cards.clear();
    } else if (options.fields.id.empty() || options.fields.title.empty()) {
        std::cerr << "kindling-deck import-csv: error: give the deck's --id and --title, or --deck-from an existing deck\n";
        return exit_usage;
    }
    std::string text;
    std::string error;
    if (!read_file(options.csv_path, text, error, max_deck_file_bytes)) {
        std::cerr << options.csv_path << ": error: " << error << '\n';
        return exit_problems;
    }
    const DeckReadResult result = deck_from_csv(text, options.csv_path, options.fields);
    print_diagnostics_text(std::cerr, result.diagnostics);
    if (!result.ok()) return exit_problems;
    return emit(options.output, write_deck(result.deck), options.force);
}

struct ExportOptions {
    std::string deck_path;
    std::string output;
    bool force = false;
};

int run_export(const ExportOptions& options) {
    if (report_if_missing(options.deck_path)) return exit_problems;
    DeckReadOptions quiet;
    quiet.style_warnings = false;
    if (std::string bytes, error; read_file(options.deck_path, bytes, error, max_deck_file_bytes) && is_translation_text(bytes)) {
        std::cerr << options.deck_path << ": error: this file is a translation of another deck; export-csv works on "
                     "decks, so export its base deck\n";
        return exit_problems;
    }
    const DeckReadResult result = read_deck_file(options.deck_path, quiet);
    if (!result.ok()) {
        print_diagnostics_text(std::cerr, result.diagnostics);
        return exit_problems;
    }
    return emit(options.output, deck_to_csv(result.deck), options.force);
}

}  // namespace

Command add_import_csv_command(CLI::App& app) {
    auto options = std::make_shared<ImportOptions>();
    CLI::App* command = app.add_subcommand("import-csv", "Make a deck from a spreadsheet (CSV, one card per row)");
    command->add_option("csv", options->csv_path, "The CSV file; its first row names the columns")
        ->required();
    command->add_option("-o,--output", options->output, "Where to write the deck (default: standard output)");
    command->add_option("--deck-from", options->deck_from, "Take the deck's fields (id, title, ...) from this deck");
    command->add_option("--id", options->fields.id, "The new deck's id, like my-deck");
    command->add_option("--title", options->fields.title, "The new deck's title");
    command->add_option("--theme", options->fields.theme, "Theme of cards that name none");
    add_deck_header_options(*command, options->fields);
    command->add_flag("--force", options->force, "Replace the output file if it exists");
    return [options] { return run_import(*options); };
}

Command add_export_csv_command(CLI::App& app) {
    auto options = std::make_shared<ExportOptions>();
    CLI::App* command = app.add_subcommand("export-csv", "Write a deck's cards as a spreadsheet (CSV)");
    command->add_option("deck", options->deck_path, "The deck file")->required();
    command->add_option("-o,--output", options->output, "Where to write the CSV (default: standard output)");
    command->add_flag("--force", options->force, "Replace the output file if it exists");
    return [options] { return run_export(*options); };
}

}  // namespace kindling::deck_tool
