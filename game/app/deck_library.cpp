#include "app/deck_library.hpp"

#include "core/format/data_paths.hpp"
#include "core/deck/deck_reader.hpp"
#include "core/deck/translation_checks.hpp"
#include "core/deck/translation_reader.hpp"

#include <algorithm>

namespace kindling::app {

namespace {

DeckReadOptions game_read_options() {
    DeckReadOptions options;
    options.style_warnings = false;  // authors' hints belong in lint and the editor, not the game
    return options;
}

void add_problems(DeckLibrary& library, const std::vector<Diagnostic>& diagnostics) {
    for (const Diagnostic& diagnostic : diagnostics) {
        if (diagnostic.severity == Severity::error) library.problems.push_back(diagnostic);
    }
}

// Checks translations against the library's decks (and the translations it already has) and
// keeps the good ones; a translation with problems is left out like a deck with problems.
void add_translations(DeckLibrary& library, std::vector<TranslationReadResult>& read) {
    std::vector<TranslationReadResult*> checked;
    for (TranslationReadResult& result : read) {
        if (result.ok()) checked.push_back(&result);
        else {
            add_problems(library, result.diagnostics);
            ++library.rejected_files;
        }
    }
    check_translations(library.decks, checked);
    for (TranslationReadResult* result : checked) {
        add_problems(library, result->diagnostics);
        if (!result->ok()) {
            ++library.rejected_files;
            continue;
        }
        const DeckTranslation& translation = result->translation;
        const bool duplicate = std::any_of(library.translations.begin(), library.translations.end(), [&](const DeckTranslation& other) {
            return other.translation_of == translation.translation_of && same_language(other.language, translation.language);
        });
        if (duplicate) {
            library.problems.push_back(coded_diagnostic(
                result->file, {}, Severity::error,
                {"problems.library.translation_loaded",
                 {{"deck", translation.translation_of}, {"language", translation.language}}}));
            ++library.rejected_files;
            continue;
        }
        library.translations.push_back(std::move(result->translation));
    }
    read.clear();
}

void add_result(DeckLibrary& library, DeckReadResult result, const std::string& source) {
    add_problems(library, result.diagnostics);
    if (!result.ok()) {
        ++library.rejected_files;
        return;
    }
    // A deck given twice (the same id) keeps its first copy: built-in decks come first, so a
    // copy of a built-in deck cannot replace it by accident.
    if (library.find(result.deck.id) != nullptr) {
        library.problems.push_back(
            coded_diagnostic(source, {}, Severity::error, {"problems.library.deck_loaded", {{"id", result.deck.id}}}));
        ++library.rejected_files;
        return;
    }
    library.decks.push_back(std::move(result.deck));
}

// Sorts a file into the decks or the translations still to be checked.
void add_file(DeckLibrary& library, DeckFileRead read, std::vector<TranslationReadResult>& translations,
              const std::string& source) {
    if (read.is_translation) translations.push_back(std::move(read.translation));
    else add_result(library, std::move(read.deck), source);
}

}  // namespace

void DeckLibrary::show_in_language(std::string_view wanted) {
    if (as_written.size() != decks.size()) as_written = decks;
    decks = localize_decks(as_written, translations, wanted);
    language = std::string(wanted);
}

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
    std::vector<TranslationReadResult> translations;
    for (const DeckSource& source : sources) {
        DeckFileRead read = read_deck_or_translation(source.bytes, source.name, options);
        if (!read.ok() && !source.embedded) {
            const std::string file_name = std::filesystem::path(source.name).filename().string();
            const auto copy = std::find_if(embedded.begin(), embedded.end(),
                                           [&](const EmbeddedFile& file) { return file.path == file_name; });
            if (copy != embedded.end()) {
                DeckFileRead built_in = read_deck_or_translation(copy->bytes, "built-in:" + file_name, options);
                if (built_in.ok()) {
                    add_problems(library, read.diagnostics());
                    library.replaced_builtin_files.push_back(source.name);
                    read = std::move(built_in);
                }
            }
        }
        add_file(library, std::move(read), translations, source.name);
    }
    add_translations(library, translations);
    library.as_written = library.decks;
    library.builtin_decks = library.decks.size();
}

std::filesystem::path user_decks_folder() { return user_data_directory() / "decks"; }

DeckLibrary load_deck_library(const std::vector<std::filesystem::path>& extra_paths, bool include_builtin,
                              const std::filesystem::path& user_folder) {
    DeckLibrary library;
    const DeckReadOptions options = game_read_options();
    if (include_builtin) add_builtin_decks(library, builtin_deck_sources(), embedded_decks());
    std::vector<TranslationReadResult> translations;
    if (std::error_code error; !user_folder.empty() && std::filesystem::is_directory(user_folder, error)) {
        for (const std::filesystem::path& file : deck_files_in(user_folder)) {
            add_file(library, read_deck_or_translation_file(file, options), translations, file.string());
        }
    }
    for (const std::filesystem::path& path : extra_paths) {
        std::error_code error;
        // A path that cannot be looked at (a symlink loop) is read below, which says why.
        if (!std::filesystem::exists(path, error) && !error) {
            library.problems.push_back(coded_diagnostic(path.string(), {}, Severity::error, {"problems.library.missing_path", {}}));
            ++library.rejected_files;
            continue;
        }
        for (const std::filesystem::path& file : deck_files_in(path)) {
            add_file(library, read_deck_or_translation_file(file, options), translations, file.string());
        }
    }
    add_translations(library, translations);
    library.as_written = library.decks;
    return library;
}

}  // namespace kindling::app
