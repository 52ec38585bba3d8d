#include "deck_library.hpp"

#include "core/deck/deck_catalogue.hpp"

#include <algorithm>

namespace kindling::editor {

namespace fs = std::filesystem;

namespace {

LibraryEntry entry_from(const DeckReadResult& result, const fs::path& path) {
    LibraryEntry entry;
    entry.path = path;
    entry.title = result.deck.title.empty() ? path.filename().string() : result.deck.title;
    entry.id = result.deck.id;
    entry.cards = result.deck.cards.size();
    entry.errors = result.error_count();
    return entry;
}

LibraryEntry entry_from(const DeckFileRead& read, const fs::path& path) {
    if (!read.is_translation) return entry_from(read.deck, path);
    const DeckTranslation& t = read.translation.translation;
    LibraryEntry entry;
    entry.path = path;
    entry.title = (t.title.empty() ? path.filename().string() : t.title) + " (translation of " + t.translation_of +
                  ", " + t.language + ")";
    entry.id = t.id;
    entry.cards = t.cards.size();
    entry.errors = read.translation.error_count();
    return entry;
}

}  // namespace

std::vector<LibraryEntry> scan_user_decks(const fs::path& folder) {
    std::vector<LibraryEntry> entries;
    std::error_code code;
    if (!fs::is_directory(folder, code)) return entries;
    for (const FoundDeckFile& file : read_deck_path(folder, catalogue_read_options()).files) {
        entries.push_back(entry_from(file.read, file.path));
    }
    std::sort(entries.begin(), entries.end(), [](const LibraryEntry& a, const LibraryEntry& b) { return a.title < b.title; });
    return entries;
}

DeckLibrary scan_library(const fs::path& user_decks_folder) {
    DeckLibrary library;
    library.user_decks = scan_user_decks(user_decks_folder);
    library.built_in_sources = builtin_deck_sources();
    const DeckReadOptions options = catalogue_read_options();
    for (std::size_t i = 0; i < library.built_in_sources.size(); ++i) {
        const DeckSource& source = library.built_in_sources[i];
        LibraryEntry entry = entry_from(read_deck_or_translation(source.bytes, source.name, options), source.name);
        entry.built_in = true;
        entry.built_in_index = i;
        library.built_in_decks.push_back(std::move(entry));
    }
    std::sort(library.built_in_decks.begin(), library.built_in_decks.end(),
              [](const LibraryEntry& a, const LibraryEntry& b) { return a.title < b.title; });
    return library;
}

}  // namespace kindling::editor
