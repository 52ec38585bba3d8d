#pragma once
// The decks a night can be dealt from: the built-in ones and any given with --deck. A deck
// with errors is left out and its problems are kept for the players (and printed), never fatal.
// A damaged built-in deck in the data folder is replaced by the copy built into the program, so
// a night can always be dealt.
// Translation files (data/decks/README.md, "Translations") are never dealt as decks: the library
// keeps them and shows its decks in the players' language where one exists.

#include "core/format/data_paths.hpp"
#include "core/deck/deck.hpp"
#include "core/deck/deck_translation.hpp"
#include "core/format/diagnostics.hpp"

#include <filesystem>
#include <span>
#include <string>
#include <vector>

namespace kindling::app {

struct DeckLibrary {
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

    // Shows every deck in `language` where a translation exists ("de-AT" falls back to "de"),
    // else in the deck's own words.
    void show_in_language(std::string_view language);

    [[nodiscard]] const Deck* find(std::string_view id) const;
    // The theme a card of `deck_id` uses, from that deck's own themes or the built-in ones.
    [[nodiscard]] const Theme* theme(std::string_view deck_id, std::string_view theme_id) const;
};

// Built-in decks first, then the decks in `user_folder` (the player's own, e.g. written with the
// editor; skipped when empty or absent), then `extra_paths` (files or folders from --deck).
DeckLibrary load_deck_library(const std::vector<std::filesystem::path>& extra_paths, bool include_builtin = true,
                              const std::filesystem::path& user_folder = {});

// Where the player's own decks live: $XDG_DATA_HOME/kindling/decks (the editor saves there).
std::filesystem::path user_decks_folder();

// The built-in part of the above from given sources (the data folder's files, or the embedded
// copies): a source that fails is replaced by the embedded file of the same name when there is
// one, and its problems are still reported.
void add_builtin_decks(DeckLibrary& library, const std::vector<DeckSource>& sources,
                       std::span<const EmbeddedFile> embedded);

}  // namespace kindling::app
