#include "commands.hpp"
#include "deck_loading.hpp"
#include "diagnostics_output.hpp"

#include "core/atomic_file.hpp"
#include "core/deck_writer.hpp"
#include "core/yaml_comments.hpp"

#include <iostream>

namespace kindling::deck_tool {

namespace {

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
        DeckWriteOptions write_options;
        if (std::string line = schema_line_of(original); !line.empty()) write_options.schema_line = line;
        const std::string canonical = loaded.is_translation()
                                          ? write_deck_translation(loaded.translation->translation, write_options)
                                          : write_deck(loaded.result.deck, write_options);
        if (canonical == original) continue;

        ++changed;
        if (options.check) {
            std::cout << name << ": not in canonical form\n";
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
    fmt->add_flag("--check", options->check, "Only report decks that are not in canonical form (exit 1)");
    fmt->add_flag("--drop-comments", options->drop_comments, "Rewrite decks even when that removes comments");
    return [options] { return run_fmt(*options); };
}

}  // namespace kindling::deck_tool
