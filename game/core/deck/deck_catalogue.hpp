#pragma once
// The one place every program finds and reads decks: the game, the editor and kindling-deck.
//
// Two levels. read_deck_path() turns one path (a file or a folder) into the deck and translation
// files it names, each read with its diagnostics; the programs that show every file on its own
// (kindling-deck, the editor's library panel) stop there. DeckCatalogue goes on to what a night
// is dealt from: the built-in decks, the player's own folder and any extra paths, with the files
// that have errors left out (their problems kept), translations checked against their base decks
// and every deck shown in the players' language where a translation exists.
//
// A path that is not a regular file (a named pipe, a socket, a symlink loop) is refused by the
// reader without blocking, with a located message; the other files are still read.

#include "core/deck/deck.hpp"
#include "core/deck/deck_translation.hpp"
#include "core/deck/translation_reader.hpp"
#include "core/format/data_paths.hpp"
#include "core/format/diagnostics.hpp"

#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kindling {

// One file a deck path led to, read as a deck or as a translation.
struct FoundDeckFile {
    std::filesystem::path path;
    DeckFileRead read;
};

// What one path holds: nothing at all (`missing`), or its deck files, none for a folder without any.
struct DeckPathContents {
    std::filesystem::path path;
    bool missing = false;
    std::vector<FoundDeckFile> files;
};

// Reads the file a path names, or every *.yaml and *.yml file under a folder, sorted by path.
DeckPathContents read_deck_path(const std::filesystem::path& path, const DeckReadOptions& options);

// "PATH: error: no such file or folder" and "PATH: warning: no deck files in this folder", the same
// in every program.
Diagnostic missing_path_diagnostic(const std::string& path);
Diagnostic empty_folder_diagnostic(const std::string& path);

// How the game and the editor's library read decks: the style hints for authors are left to lint
// and the editor's open document.
DeckReadOptions catalogue_read_options();

struct DeckCatalogue {
    // The decks as players see them: in `language` where a translation exists, else as written.
    // Ids and card ids never change with the language, so a night can be dealt from either.
    std::vector<Deck> decks;
    std::vector<Diagnostic> problems;  // the errors of the files left out, to show in any language
    std::size_t rejected_files = 0;
    // Built-in decks whose data-folder file could not be read and whose built-in copy is dealt.
    std::vector<std::string> replaced_builtin_files;
    // The first `builtin_decks` of `decks` are the built-in ones; the player's own follow.
    std::size_t builtin_decks = 0;

    std::vector<DeckTranslation> translations;  // checked against their base decks
    std::string language;                        // what `decks` are shown in; empty: as written
    // The decks as their files wrote them, in the order of `decks`; filled by the loaders (and
    // taken from `decks` by the first show_in_language when empty).
    std::vector<Deck> as_written;
    // Decks of follow-up prompts (purpose: follow-up), kept apart from `decks`: never dealt and
    // never listed among a night's decks, only offered by "Dig deeper". Shown and as written,
    // like the others.
    std::vector<Deck> follow_ups;
    std::vector<Deck> follow_ups_as_written;

    // Shows every deck in `language` where a translation exists ("de-AT" falls back to "de"),
    // else in the deck's own words.
    void show_in_language(std::string_view language);

    [[nodiscard]] const Deck* find(std::string_view id) const;
    // The theme a card of `deck_id` uses, from that deck's own themes or the built-in ones.
    [[nodiscard]] const Theme* theme(std::string_view deck_id, std::string_view theme_id) const;
};

// Built-in decks first, then the decks in `user_folder` (the player's own, e.g. written with the
// editor; skipped when empty or absent), then `extra_paths` (files or folders, e.g. from --deck).
DeckCatalogue load_deck_catalogue(const std::vector<std::filesystem::path>& extra_paths, bool include_builtin = true,
                                  const std::filesystem::path& user_folder = {});

// Where the player's own decks live: $XDG_DATA_HOME/kindling/decks (the editor saves there).
std::filesystem::path user_decks_folder();

// The built-in part of the above from given sources (the data folder's files, or the embedded
// copies): a source that fails is replaced by the embedded file of the same name when there is
// one, and its problems are still reported.
void add_builtin_decks(DeckCatalogue& catalogue, const std::vector<DeckSource>& sources,
                       std::span<const EmbeddedFile> embedded);

}  // namespace kindling
