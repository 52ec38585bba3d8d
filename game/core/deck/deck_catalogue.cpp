#include "core/deck/deck_catalogue.hpp"

#include "core/deck/deck_reader.hpp"
#include "core/deck/translation_checks.hpp"

#include <algorithm>

namespace kindling {

namespace fs = std::filesystem;

DeckPathContents read_deck_path(const fs::path& path, const DeckReadOptions& options) {
    DeckPathContents contents;
    contents.path = path;
    std::error_code error;
    // A path that cannot be looked at (a symlink loop) is read below, which says why.
    if (!fs::exists(path, error) && !error) {
        contents.missing = true;
        return contents;
    }
    for (const fs::path& file : deck_files_in(path)) {
        contents.files.push_back({file, read_deck_or_translation_file(file, options)});
    }
    return contents;
}

Diagnostic missing_path_diagnostic(const std::string& path) {
    return coded_diagnostic(path, {}, Severity::error, {"problems.library.missing_path", {}});
}

Diagnostic empty_folder_diagnostic(const std::string& path) {
    return coded_diagnostic(path, {}, Severity::warning, {"problems.library.empty_folder", {}});
}

DeckReadOptions catalogue_read_options() {
    DeckReadOptions options;
    options.style_warnings = false;
    return options;
}

namespace {

void add_problems(DeckCatalogue& catalogue, const std::vector<Diagnostic>& diagnostics) {
    for (const Diagnostic& diagnostic : diagnostics) {
        if (diagnostic.severity == Severity::error) catalogue.problems.push_back(diagnostic);
    }
}

// Checks translations against the catalogue's decks (and the translations it already has) and
// keeps the good ones; a translation with problems is left out like a deck with problems.
void add_translations(DeckCatalogue& catalogue, std::vector<TranslationReadResult>& read) {
    std::vector<TranslationReadResult*> checked;
    for (TranslationReadResult& result : read) {
        if (result.ok()) checked.push_back(&result);
        else {
            add_problems(catalogue, result.diagnostics);
            ++catalogue.rejected_files;
        }
    }
    check_translations(catalogue.decks, checked);
    for (TranslationReadResult* result : checked) {
        add_problems(catalogue, result->diagnostics);
        if (!result->ok()) {
            ++catalogue.rejected_files;
            continue;
        }
        const DeckTranslation& translation = result->translation;
        const bool duplicate = std::any_of(catalogue.translations.begin(), catalogue.translations.end(), [&](const DeckTranslation& other) {
            return other.translation_of == translation.translation_of && same_language(other.language, translation.language);
        });
        if (duplicate) {
            catalogue.problems.push_back(coded_diagnostic(
                result->file, {}, Severity::error,
                {"problems.library.translation_loaded",
                 {{"deck", translation.translation_of}, {"language", translation.language}}}));
            ++catalogue.rejected_files;
            continue;
        }
        catalogue.translations.push_back(std::move(result->translation));
    }
    read.clear();
}

void add_deck(DeckCatalogue& catalogue, DeckReadResult result, const std::string& source) {
    add_problems(catalogue, result.diagnostics);
    if (!result.ok()) {
        ++catalogue.rejected_files;
        return;
    }
    // A deck given twice (the same id) keeps its first copy: built-in decks come first, so a
    // copy of a built-in deck cannot replace it by accident.
    const bool follow_up_loaded = std::any_of(catalogue.follow_ups_as_written.begin(), catalogue.follow_ups_as_written.end(),
                                               [&](const Deck& deck) { return deck.id == result.deck.id; });
    if (catalogue.find(result.deck.id) != nullptr || follow_up_loaded) {
        catalogue.problems.push_back(
            coded_diagnostic(source, {}, Severity::error, {"problems.library.deck_loaded", {{"id", result.deck.id}}}));
        ++catalogue.rejected_files;
        return;
    }
    catalogue.decks.push_back(std::move(result.deck));
}

// Sorts a file into the decks or the translations still to be checked.
void add_file(DeckCatalogue& catalogue, DeckFileRead read, std::vector<TranslationReadResult>& translations,
              const std::string& source) {
    if (read.is_translation) translations.push_back(std::move(read.translation));
    else add_deck(catalogue, std::move(read.deck), source);
}

void add_files(DeckCatalogue& catalogue, DeckPathContents contents, std::vector<TranslationReadResult>& translations) {
    for (FoundDeckFile& file : contents.files) add_file(catalogue, std::move(file.read), translations, file.path.string());
}

// Follow-up decks wait apart from the decks a night deals from (see DeckCatalogue::follow_ups).
void set_follow_ups_apart(DeckCatalogue& catalogue) {
    const auto follow_up = [](const Deck& deck) { return deck.purpose == DeckPurpose::follow_up; };
    for (const Deck& deck : catalogue.decks) {
        if (follow_up(deck)) catalogue.follow_ups_as_written.push_back(deck);
    }
    std::erase_if(catalogue.decks, follow_up);
    catalogue.follow_ups = catalogue.follow_ups_as_written;
}

}  // namespace

void DeckCatalogue::show_in_language(std::string_view wanted) {
    if (as_written.size() != decks.size()) as_written = decks;
    decks = localize_decks(as_written, translations, wanted);
    follow_ups = localize_decks(follow_ups_as_written, translations, wanted);
    language = std::string(wanted);
}

const Deck* DeckCatalogue::find(std::string_view id) const {
    const auto found = std::find_if(decks.begin(), decks.end(), [&](const Deck& deck) { return deck.id == id; });
    return found == decks.end() ? nullptr : &*found;
}

const Theme* DeckCatalogue::theme(std::string_view deck_id, std::string_view theme_id) const {
    if (const Deck* deck = find(deck_id)) return find_theme(*deck, theme_id);
    return find_builtin_theme(theme_id);
}

void add_builtin_decks(DeckCatalogue& catalogue, const std::vector<DeckSource>& sources,
                       std::span<const EmbeddedFile> embedded) {
    const DeckReadOptions options = catalogue_read_options();
    std::vector<TranslationReadResult> translations;
    for (const DeckSource& source : sources) {
        DeckFileRead read = read_deck_or_translation(source.bytes, source.name, options);
        if (!read.ok() && !source.embedded) {
            const std::string file_name = fs::path(source.name).filename().string();
            const auto copy = std::find_if(embedded.begin(), embedded.end(),
                                           [&](const EmbeddedFile& file) { return file.path == file_name; });
            if (copy != embedded.end()) {
                DeckFileRead built_in = read_deck_or_translation(copy->bytes, "built-in:" + file_name, options);
                if (built_in.ok()) {
                    add_problems(catalogue, read.diagnostics());
                    catalogue.replaced_builtin_files.push_back(source.name);
                    read = std::move(built_in);
                }
            }
        }
        add_file(catalogue, std::move(read), translations, source.name);
    }
    add_translations(catalogue, translations);
    set_follow_ups_apart(catalogue);
    catalogue.as_written = catalogue.decks;
    catalogue.builtin_decks = catalogue.decks.size();
}

fs::path user_decks_folder() { return user_data_directory() / "decks"; }

DeckCatalogue load_deck_catalogue(const std::vector<fs::path>& extra_paths, bool include_builtin,
                                  const fs::path& user_folder) {
    DeckCatalogue catalogue;
    const DeckReadOptions options = catalogue_read_options();
    if (include_builtin) add_builtin_decks(catalogue, builtin_deck_sources(), embedded_decks());
    std::vector<TranslationReadResult> translations;
    if (std::error_code error; !user_folder.empty() && fs::is_directory(user_folder, error)) {
        add_files(catalogue, read_deck_path(user_folder, options), translations);
    }
    for (const fs::path& path : extra_paths) {
        DeckPathContents contents = read_deck_path(path, options);
        if (contents.missing) {
            catalogue.problems.push_back(missing_path_diagnostic(path.string()));
            ++catalogue.rejected_files;
            continue;
        }
        add_files(catalogue, std::move(contents), translations);
    }
    add_translations(catalogue, translations);
    set_follow_ups_apart(catalogue);
    catalogue.as_written = catalogue.decks;
    return catalogue;
}

}  // namespace kindling
