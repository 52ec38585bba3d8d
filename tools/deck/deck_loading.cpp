#include "deck_loading.hpp"

#include "core/deck/translation_checks.hpp"

#include <algorithm>
#include <map>

namespace kindling::deck_tool {

namespace fs = std::filesystem;

std::vector<LoadedDeck> load_decks(const std::vector<std::string>& paths,
                                   const DeckReadOptions& options) {
    std::vector<LoadedDeck> decks;
    for (const std::string& path : paths) {
        DeckPathContents contents = read_deck_path(path, options);
        if (contents.missing || contents.files.empty()) {
            LoadedDeck nothing{path, {}};
            nothing.result.diagnostics.push_back(contents.missing ? missing_path_diagnostic(path)
                                                                  : empty_folder_diagnostic(path));
            nothing.result.read_completely = !contents.missing;
            decks.push_back(std::move(nothing));
            continue;
        }
        for (FoundDeckFile& file : contents.files) {
            DeckFileRead& read = file.read;
            if (!read.is_translation) {
                decks.push_back({file.path, std::move(read.deck), std::nullopt});
                continue;
            }
            LoadedDeck loaded{file.path, {}, std::move(read.translation)};
            loaded.result.diagnostics = std::move(loaded.translation->diagnostics);
            loaded.translation->diagnostics.clear();
            loaded.result.read_completely = loaded.translation->read_completely;
            decks.push_back(std::move(loaded));
        }
    }
    return decks;
}

void check_across_decks(std::vector<LoadedDeck>& decks) {
    std::map<std::string, const LoadedDeck*> by_id;
    for (LoadedDeck& loaded : decks) {
        const Deck& deck = loaded.result.deck;
        if (!loaded.result.ok() || loaded.is_translation()) continue;
        if (const auto [it, inserted] = by_id.emplace(deck.id, &loaded); !inserted) {
            loaded.result.diagnostics.push_back(
                coded_diagnostic(loaded.path.string(), {1, 1}, Severity::error,
                                 {"problems.library.id_used_twice", {{"id", deck.id}, {"file", it->second->path.string()}}}));
        }
    }
    for (LoadedDeck& loaded : decks) {
        auto& list = loaded.result.diagnostics;
        std::stable_sort(list.begin(), list.end(), [](const Diagnostic& a, const Diagnostic& b) {
            return a.position.line != b.position.line ? a.position.line < b.position.line
                                                      : a.position.column < b.position.column;
        });
    }
}

void check_translations_across(std::vector<LoadedDeck>& decks) {
    std::vector<Deck> bases;
    std::vector<TranslationReadResult*> translations;
    for (LoadedDeck& loaded : decks) {
        if (!loaded.result.ok()) continue;
        if (loaded.is_translation()) translations.push_back(&*loaded.translation);
        else bases.push_back(loaded.result.deck);
    }
    if (translations.empty()) return;
    // A translation linted without its base deck is checked against the base deck next to it.
    for (const TranslationReadResult* translation : translations) {
        const std::string& base_id = translation->translation.translation_of;
        if (std::any_of(bases.begin(), bases.end(), [&](const Deck& deck) { return deck.id == base_id; })) continue;
        std::error_code error;
        const fs::path folder = fs::path(translation->file).parent_path();
        if (!fs::is_directory(folder.empty() ? fs::path(".") : folder, error)) continue;
        DeckPathContents neighbours = read_deck_path(folder.empty() ? fs::path(".") : folder, catalogue_read_options());
        for (FoundDeckFile& file : neighbours.files) {
            DeckFileRead& read = file.read;
            if (!read.is_translation && read.ok() && read.deck.deck.id == base_id) {
                bases.push_back(std::move(read.deck.deck));
                break;
            }
        }
    }
    check_translations(bases, translations);
    for (LoadedDeck& loaded : decks) {
        if (!loaded.is_translation()) continue;
        auto& found = loaded.translation->diagnostics;
        loaded.result.diagnostics.insert(loaded.result.diagnostics.end(), found.begin(), found.end());
        found.clear();
        std::stable_sort(loaded.result.diagnostics.begin(), loaded.result.diagnostics.end(),
                         [](const Diagnostic& a, const Diagnostic& b) {
                             return a.position.line != b.position.line ? a.position.line < b.position.line
                                                                       : a.position.column < b.position.column;
                         });
    }
}

}  // namespace kindling::deck_tool
