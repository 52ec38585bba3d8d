#pragma once
// The deck as the editor changes it: the core's Deck plus a stable key per card, so that a
// selection, a jump from a diagnostic or an open form keeps pointing at the same card while
// cards are sorted, inserted, deleted and brought back by undo.

#include "core/deck/deck.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace kindling::editor {

using CardKey = std::uint64_t;

// Everything about a deck except its cards, edited as one unit in the deck's properties.
struct DeckInfo : DeckHeader {
    std::string theme;
    std::vector<Theme> themes;
    friend bool operator==(const DeckInfo&, const DeckInfo&) = default;
};

DeckInfo info_of(const Deck& deck);
void apply_info(Deck& deck, const DeckInfo& info);

class EditableDeck {
public:
    EditableDeck() = default;
    explicit EditableDeck(Deck deck);

    [[nodiscard]] const Deck& deck() const noexcept { return deck_; }
    [[nodiscard]] std::size_t size() const noexcept { return deck_.cards.size(); }
    [[nodiscard]] const Card& card(std::size_t index) const { return deck_.cards.at(index); }
    [[nodiscard]] CardKey key(std::size_t index) const { return keys_.at(index); }
    [[nodiscard]] const std::vector<CardKey>& keys() const noexcept { return keys_; }
    [[nodiscard]] std::optional<std::size_t> index_of(CardKey key) const;
    [[nodiscard]] const Card* find(CardKey key) const;

    // Keys are never reused within a deck, so an undone insert cannot alias a later card.
    // Handing out a key does not change the deck, hence const.
    CardKey new_key() const noexcept { return next_key_++; }

    void insert(std::size_t index, CardKey key, Card card);
    Card remove(std::size_t index);
    void replace(std::size_t index, Card card);
    void set_info(const DeckInfo& info);
    // Replaces everything (reloading from disk); every card gets a fresh key.
    void reset(Deck deck);

private:
    void invalidate_index() noexcept { index_valid_ = false; }

    Deck deck_;
    std::vector<CardKey> keys_;
    mutable CardKey next_key_ = 1;
    mutable std::unordered_map<CardKey, std::size_t> index_;
    mutable bool index_valid_ = false;
};

}  // namespace kindling::editor
