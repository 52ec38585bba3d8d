#include "app/deck_library.hpp"

#include "core/data_paths.hpp"
#include "core/deck_reader.hpp"

#include <algorithm>

namespace kindling::app {

namespace {

void add_result(DeckLibrary& library, DeckReadResult result) {
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
        library.problems.push_back(result.deck.id + ": a deck with this id is already loaded; this copy is left out");
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

DeckLibrary load_deck_library(const std::vector<std::filesystem::path>& extra_paths, bool include_builtin) {
    DeckLibrary library;
    DeckReadOptions options;
    options.style_warnings = false;  // authors' hints belong in lint and the editor, not the game
    if (include_builtin) {
        for (const DeckSource& source : builtin_deck_sources()) {
            add_result(library, read_deck(source.bytes, source.name, options));
        }
    }
    for (const std::filesystem::path& path : extra_paths) {
        std::error_code error;
        if (!std::filesystem::exists(path, error)) {
            library.problems.push_back(path.string() + ": error: no such file or folder");
            ++library.rejected_files;
            continue;
        }
        for (const std::filesystem::path& file : deck_files_in(path)) add_result(library, read_deck_file(file, options));
    }
    return library;
}

}  // namespace kindling::app
