#include "app/deck_library.hpp"

#include "core/data_paths.hpp"
#include "core/deck_reader.hpp"

#include <algorithm>

namespace kindling::app {

namespace {

DeckReadOptions game_read_options() {
    DeckReadOptions options;
    options.style_warnings = false;  // authors' hints belong in lint and the editor, not the game
    return options;
}

void add_result(DeckLibrary& library, DeckReadResult result, const std::string& source) {
    for (const Diagnostic& diagnostic : result.diagnostics) {
        if (diagnostic.severity == Severity::error) library.problems.push_back(format_diagnostic(diagnostic));
    }
    if (!result.ok()) {
        ++library.rejected_files;
        return;
    }
    // A deck given twice (the same id) keeps its first copy: built-in decks come first, so a
    // copy of a built-in deck cannot replace it by accident.
    if (library.find(result.deck.id) != nullptr) {
        library.problems.push_back(source + ": error: a deck with the id \"" + result.deck.id +
                                   "\" is already loaded (ids must differ); this copy is left out");
        ++library.rejected_files;
        return;
    }
    library.decks.push_back(std::move(result.deck));
}

}  // namespace

const Deck* DeckLibrary::find(std::string_view id) const {
    const auto found = std::find_if(decks.begin(), decks.end(), [&](const Deck& deck) { return deck.id == id; });
    return found == decks.end() ? nullptr : &*found;
}

const Theme* DeckLibrary::theme(std::string_view deck_id, std::string_view theme_id) const {
    if (const Deck* deck = find(deck_id)) return find_theme(*deck, theme_id);
    return find_builtin_theme(theme_id);
}

void add_builtin_decks(DeckLibrary& library, const std::vector<DeckSource>& sources,
                       std::span<const EmbeddedFile> embedded) {
    const DeckReadOptions options = game_read_options();
    for (const DeckSource& source : sources) {
        DeckReadResult result = read_deck(source.bytes, source.name, options);
        if (!result.ok() && !source.embedded) {
            const std::string file_name = std::filesystem::path(source.name).filename().string();
            const auto copy = std::find_if(embedded.begin(), embedded.end(),
                                           [&](const EmbeddedFile& file) { return file.path == file_name; });
            if (copy != embedded.end()) {
                DeckReadResult built_in = read_deck(copy->bytes, "built-in:" + file_name, options);
                if (built_in.ok()) {
                    for (const Diagnostic& diagnostic : result.diagnostics) {
                        if (diagnostic.severity == Severity::error) library.problems.push_back(format_diagnostic(diagnostic));
                    }
                    library.replaced_builtin_files.push_back(source.name);
                    result = std::move(built_in);
                }
            }
        }
        add_result(library, std::move(result), source.name);
    }
}

std::filesystem::path user_decks_folder() { return user_data_directory() / "decks"; }

DeckLibrary load_deck_library(const std::vector<std::filesystem::path>& extra_paths, bool include_builtin,
                              const std::filesystem::path& user_folder) {
    DeckLibrary library;
    const DeckReadOptions options = game_read_options();
    if (include_builtin) add_builtin_decks(library, builtin_deck_sources(), embedded_decks());
    if (std::error_code error; !user_folder.empty() && std::filesystem::is_directory(user_folder, error)) {
        for (const std::filesystem::path& file : deck_files_in(user_folder)) {
            add_result(library, read_deck_file(file, options), file.string());
        }
    }
    for (const std::filesystem::path& path : extra_paths) {
        std::error_code error;
        if (!std::filesystem::exists(path, error)) {
            library.problems.push_back(path.string() + ": error: no such file or folder");
            ++library.rejected_files;
            continue;
        }
        for (const std::filesystem::path& file : deck_files_in(path)) {
            add_result(library, read_deck_file(file, options), file.string());
        }
    }
    return library;
}

}  // namespace kindling::app
