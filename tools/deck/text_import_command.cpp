// kindling-deck import-text: a deck from a plain list of cards (core/deck/deck_text_import.hpp).
#include "commands.hpp"
#include "diagnostics_output.hpp"

#include "core/deck/deck_text_import.hpp"
#include "core/deck/deck_writer.hpp"
#include "core/text/atomic_file.hpp"

#include <filesystem>
#include <iostream>

namespace kindling::deck_tool {

namespace {

namespace fs = std::filesystem;

struct TextImportOptions {
    std::string text_path;
    std::string output;
    DeckHeader fields;
    bool force = false;
};

void report(const std::string& file, Message message) {
    print_diagnostics_text(std::cerr, {coded_diagnostic(file, {}, Severity::error, std::move(message))});
}

bool same_file(const fs::path& a, const fs::path& b) {
    std::error_code error;
    if (fs::equivalent(a, b, error)) return true;
    return fs::weakly_canonical(a, error) == fs::weakly_canonical(b, error);
}

int run_text_import(const TextImportOptions& options) {
    std::error_code error;
    if (!fs::exists(options.text_path, error)) {
        print_diagnostics_text(std::cerr, {missing_path_diagnostic(options.text_path)});
        return exit_problems;
    }
    const fs::path output = options.output.empty() ? imported_deck_path(options.text_path) : fs::path(options.output);
    const bool to_standard_output = options.output == "-";
    // The author's list is theirs: the deck never takes its place, whatever -o says.
    if (!to_standard_output && same_file(output, options.text_path)) {
        report(output.string(), {"problems.import_text.same_file", {}});
        return exit_problems;
    }
    std::string text;
    std::string read_error;
    if (!read_file(options.text_path, text, read_error, max_deck_file_bytes)) {
        report(options.text_path, {"problems.file.unreadable", {{"error", read_error}}});
        return exit_problems;
    }
    DeckHeader fields = header_from_file_name(options.text_path);
    if (!options.fields.id.empty()) fields.id = options.fields.id;
    if (!options.fields.title.empty()) fields.title = options.fields.title;
    fields.language = options.fields.language;
    fields.author = options.fields.author;
    fields.licence = options.fields.licence;
    fields.description = options.fields.description;

    const DeckReadResult result = deck_from_text(text, options.text_path, fields);
    print_diagnostics_text(std::cerr, result.diagnostics);
    if (!result.ok()) return exit_problems;
    const std::string deck = write_deck(result.deck);
    if (to_standard_output) {
        std::cout << deck;
        return exit_ok;
    }
    if (!options.force && fs::exists(output, error)) {
        report(output.string(), {"problems.import_text.output_exists", {}});
        return exit_problems;
    }
    if (const WriteResult written = write_file_atomically(output, deck); !written) {
        report(output.string(), {"problems.import_text.not_written", {{"error", written.error}}});
        return exit_problems;
    }
    std::cerr << "wrote " << output.string() << '\n';
    return exit_ok;
}

}  // namespace

Command add_text_import_command(CLI::App& app) {
    auto options = std::make_shared<TextImportOptions>();
    CLI::App* command = app.add_subcommand(
        "import-text", "Make a deck from plain text: one card per line, \"# Theme\" lines, \"1:\" to \"3:\" for depth");
    command->add_option("text", options->text_path, "The text file")->required();
    command->add_option("-o,--output", options->output,
                        "Where to write the deck (default: next to the text, .yaml in place of its extension; - for "
                        "standard output)");
    command->add_option("--id", options->fields.id, "The deck's id (default: from the file's name)");
    command->add_option("--title", options->fields.title, "The deck's title (default: from the file's name)");
    add_deck_header_options(*command, options->fields);
    command->add_flag("--force", options->force, "Replace the deck file if it exists");
    return [options] { return run_text_import(*options); };
}

}  // namespace kindling::deck_tool
