#include "alike_cards.hpp"

#include "core/deck/card_likeness.hpp"
#include "core/text/text_similarity.hpp"

#include <algorithm>
#include <set>
#include <utility>

namespace kindling::deck_tool {

namespace {

struct CardRef {
    LoadedDeck* deck;
    std::size_t card;
};

std::string card_name(const CardRef& ref) {
    const Deck& deck = ref.deck->result.deck;
    const Card& card = deck.cards[ref.card];
    if (!card.id.empty()) return deck.id + "/" + card.id;
    return "card " + std::to_string(ref.card + 1) + " of " + deck.id;
}

std::string location(const CardRef& ref) {
    return ref.deck->path.string() + ":" + std::to_string(ref.deck->result.card_positions[ref.card].line);
}

}  // namespace

void check_alike_cards(std::vector<LoadedDeck>& decks, const TwinList& twins, double threshold) {
    std::vector<CardRef> refs;
    std::vector<std::string_view> texts;
    for (LoadedDeck& loaded : decks) {
        if (!loaded.result.ok() || loaded.is_translation()) continue;
        for (std::size_t i = 0; i < loaded.result.deck.cards.size(); ++i) {
            refs.push_back({&loaded, i});
            texts.push_back(loaded.result.deck.cards[i].text);
        }
    }
    std::set<std::pair<std::size_t, std::size_t>> reported_by_reader;
    for (const SimilarPair& pair : find_near_duplicates(texts)) {
        if (refs[pair.first].deck == refs[pair.second].deck) reported_by_reader.emplace(pair.first, pair.second);
    }
    for (const SimilarPair& pair : find_alike_texts(texts, threshold)) {
        if (reported_by_reader.contains({pair.first, pair.second})) continue;
        const CardRef& first = refs[pair.first];
        const CardRef& second = refs[pair.second];
        const std::string first_name = card_name(first);
        const std::string second_name = card_name(second);
        if (twins.allows(first_name, second_name)) continue;
        second.deck->result.diagnostics.push_back(
            {second.deck->path.string(), second.deck->result.card_positions[second.card], Severity::warning,
             "this card asks much the same as " + first_name + " (" + location(first) +
                 "); reword one, or list the pair in a --twins file if they are meant alike",
             static_cast<int>(second.card), "text"});
    }
    for (LoadedDeck& loaded : decks) {
        std::stable_sort(loaded.result.diagnostics.begin(), loaded.result.diagnostics.end(),
                         [](const Diagnostic& a, const Diagnostic& b) {
                             return a.position.line != b.position.line ? a.position.line < b.position.line
                                                                       : a.position.column < b.position.column;
                         });
    }
}

std::vector<Diagnostic> stale_twin_entries(const std::vector<LoadedDeck>& decks, const TwinList& twins) {
    std::vector<Diagnostic> stale;
    const auto check = [&](const TwinPair& pair, const std::string& name) {
        const std::string deck_id = name.substr(0, name.find('/'));
        const std::string card_id = name.substr(name.find('/') + 1);
        for (const LoadedDeck& loaded : decks) {
            if (loaded.is_translation() || !loaded.result.ok() || loaded.result.deck.id != deck_id) continue;
            for (const Card& card : loaded.result.deck.cards) {
                if (card.id == card_id) return;
            }
            stale.push_back({twins.file.string(), pair.position, Severity::warning,
                             "the deck \"" + deck_id + "\" has no card \"" + card_id + "\"; remove or update this pair"});
            return;
        }
    };
    for (const TwinPair& pair : twins.pairs) {
        check(pair, pair.first);
        check(pair, pair.second);
    }
    return stale;
}

}  // namespace kindling::deck_tool
