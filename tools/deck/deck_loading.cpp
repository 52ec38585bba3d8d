#include "deck_loading.hpp"

#include "core/data_paths.hpp"
#include "core/text_similarity.hpp"

#include <algorithm>
#include <map>

namespace kindling::deck_tool {

namespace fs = std::filesystem;

std::vector<LoadedDeck> load_decks(const std::vector<std::string>& paths,
                                   const DeckReadOptions& options) {
    std::vector<LoadedDeck> decks;
    for (const std::string& path : paths) {
        std::error_code error;
        if (!fs::exists(path, error)) {
            LoadedDeck missing{path, {}};
            missing.result.diagnostics.push_back(
                {path, {}, Severity::error, "no such file or folder"});
            decks.push_back(std::move(missing));
            continue;
        }
        const auto files = deck_files_in(path);
        if (files.empty()) {
            LoadedDeck empty{path, {}};
            empty.result.diagnostics.push_back(
                {path, {}, Severity::warning, "no deck files (*.yaml, *.yml) in this folder"});
            empty.result.read_completely = true;
            decks.push_back(std::move(empty));
            continue;
        }
        for (const fs::path& file : files) decks.push_back({file, read_deck_file(file, options)});
    }
    return decks;
}

void check_across_decks(std::vector<LoadedDeck>& decks) {
    std::map<std::string, const LoadedDeck*> by_id;
    struct CardRef {
        LoadedDeck* deck;
        std::size_t card;
    };
    std::vector<CardRef> refs;
    std::vector<std::string_view> texts;
    for (LoadedDeck& loaded : decks) {
        const Deck& deck = loaded.result.deck;
        if (!loaded.result.ok()) continue;
        if (const auto [it, inserted] = by_id.emplace(deck.id, &loaded); !inserted) {
            loaded.result.diagnostics.push_back(
                {loaded.path.string(), {1, 1}, Severity::warning,
                 "the deck id \"" + deck.id + "\" is also used by " + it->second->path.string() +
                     "; only one of them can be loaded at a time"});
        }
        for (std::size_t i = 0; i < deck.cards.size(); ++i) {
            refs.push_back({&loaded, i});
            texts.push_back(deck.cards[i].text);
        }
    }
    for (const SimilarPair& pair : find_near_duplicates(texts)) {
        const CardRef& first = refs[pair.first];
        const CardRef& second = refs[pair.second];
        if (first.deck == second.deck) continue;  // each deck reported its own already
        const SourcePosition at = second.deck->result.card_positions[second.card];
        const SourcePosition other = first.deck->result.card_positions[first.card];
        Diagnostic warning{second.deck->path.string(), at, Severity::warning,
                           "this card is very similar to the card at " + first.deck->path.string() +
                               ":" + std::to_string(other.line),
                           static_cast<int>(second.card), "text"};
        second.deck->result.diagnostics.push_back(std::move(warning));
    }
    for (LoadedDeck& loaded : decks) {
        auto& list = loaded.result.diagnostics;
        std::stable_sort(list.begin(), list.end(), [](const Diagnostic& a, const Diagnostic& b) {
            return a.position.line != b.position.line ? a.position.line < b.position.line
                                                      : a.position.column < b.position.column;
        });
    }
}

}  // namespace kindling::deck_tool
