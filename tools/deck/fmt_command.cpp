#include "commands.hpp"
#include "deck_loading.hpp"
#include "diagnostics_output.hpp"

#include "core/text/atomic_file.hpp"
#include "core/deck/deck_writer.hpp"
#include "core/format/yaml_comments.hpp"

#include <iostream>
#include <optional>

namespace kindling::deck_tool {

namespace {

// The first line where a file and its canonical form differ (1-based), each side's line when
// it has one. Line endings count: a CRLF line differs from its LF twin.
struct TextDifference {
    std::size_t line = 1;
    std::optional<std::string> expected;
    std::optional<std::string> found;
};

std::string shown(std::string_view line) {
    std::string out;
    for (char c : line) {
        if (c == '\r') out += "\\r";
        else if (c == '\t') out += "\\t";
        else if (c == '"') out += "\\\"";
        else out += c;
    }
    constexpr std::size_t longest = 120;
    if (out.size() > longest) out = out.substr(0, longest) + "...";
    return out;
}

TextDifference first_difference(std::string_view found, std::string_view expected) {
    TextDifference difference;
    while (true) {
        const std::size_t found_end = found.find('\n');
        const std::size_t expected_end = expected.find('\n');
        const std::string_view found_line = found.substr(0, found_end);
        const std::string_view expected_line = expected.substr(0, expected_end);
        const bool found_more = !found.empty();
        const bool expected_more = !expected.empty();
        if (found_line != expected_line || found_more != expected_more ||
            (found_end == std::string_view::npos) != (expected_end == std::string_view::npos)) {
            if (expected_more) difference.expected = shown(expected_line);
            if (found_more) difference.found = shown(found_line);
            if (expected_line == found_line && expected_more && found_more) {
                // Same words, one of them ends without a newline.
                if (expected_end == std::string_view::npos) difference.expected = *difference.expected + " (no newline)";
                else difference.found = *difference.found + " (no newline)";
            }
            return difference;
        }
        if (found_end == std::string_view::npos) return difference;  // unreachable: the texts differ
        found.remove_prefix(found_end + 1);
        expected.remove_prefix(expected_end + 1);
        ++difference.line;
    }
}

struct FmtOptions {
    std::vector<std::string> paths;
    bool check = false;
    bool drop_comments = false;
};

int run_fmt(const FmtOptions& options) {
    DeckReadOptions read_options;
    read_options.style_warnings = false;
    int status = exit_ok;
    std::size_t changed = 0;
    for (LoadedDeck& loaded : load_decks(options.paths, read_options)) {
        const std::string name = loaded.path.string();
        if (!loaded.result.ok()) {
            print_diagnostics_text(std::cerr, loaded.result.diagnostics);
            std::cerr << name << ": not formatted because it has errors\n";
            status = exit_problems;
            continue;
        }
        std::string original;
        std::string error;
        if (!read_file(loaded.path, original, error, max_deck_file_bytes)) {
            std::cerr << name << ": error: " << error << '\n';
            status = exit_problems;
            continue;
        }
        // The file's own schema line, or none: exactly what the editor writes when it saves it.
        DeckWriteOptions write_options;
        write_options.schema_line = schema_line_of(original);
        const std::string canonical = loaded.is_translation()
                                          ? write_deck_translation(loaded.translation->translation, write_options)
                                          : write_deck(loaded.result.deck, write_options);
        if (canonical == original) continue;

        ++changed;
        if (options.check) {
            const TextDifference difference = first_difference(original, canonical);
            std::cout << name << ":" << difference.line << ": not in canonical form: ";
            if (difference.expected.has_value() && difference.found.has_value()) {
                std::cout << "expected \"" << *difference.expected << "\", found \"" << *difference.found << "\"\n";
            } else if (difference.expected.has_value()) {
                std::cout << "expected \"" << *difference.expected << "\" after the end of the file\n";
            } else {
                std::cout << "expected the end of the file, found \"" << *difference.found << "\"\n";
            }
            status = exit_problems;
            continue;
        }
        if (const auto comment = yaml::first_comment(original); comment && !options.drop_comments) {
            std::cerr << name << ":" << comment->line << ":" << comment->column
                      << ": error: this deck has comments, which formatting would remove; move them "
                         "into \"note\" fields or run again with --drop-comments\n";
            status = exit_problems;
            continue;
        }
        if (const WriteResult written = write_file_atomically(loaded.path, canonical); !written) {
            std::cerr << name << ": error: " << written.error << '\n';
            status = exit_problems;
            continue;
        }
        std::cout << name << ": formatted\n";
    }
    if (options.check && changed == 0 && status == exit_ok) std::cout << "all decks are in canonical form\n";
    return status;
}

}  // namespace

Command add_fmt_command(CLI::App& app) {
    auto options = std::make_shared<FmtOptions>();
    CLI::App* fmt = app.add_subcommand("fmt", "Rewrite decks in the canonical form (atomically)");
    fmt->add_option("paths", options->paths, "Deck files or folders of decks")->required();
    fmt->add_flag("--check", options->check, "Only report decks that are not in canonical form, with the first line that differs (exit 1)");
    fmt->add_flag("--drop-comments", options->drop_comments, "Rewrite decks even when that removes comments");
    return [options] { return run_fmt(*options); };
}

}  // namespace kindling::deck_tool
