#include "editable_deck.hpp"

#include <stdexcept>

namespace kindling::editor {

DeckInfo info_of(const Deck& deck) {
    DeckInfo info;
    header_of(info) = header_of(deck);
    info.theme = deck.theme;
    info.themes = deck.themes;
    return info;
}

void apply_info(Deck& deck, const DeckInfo& info) {
    header_of(deck) = header_of(info);
    deck.theme = info.theme;
    deck.themes = info.themes;
}

EditableDeck::EditableDeck(Deck deck) { reset(std::move(deck)); }

void EditableDeck::reset(Deck deck) {
    deck_ = std::move(deck);
    keys_.clear();
    keys_.reserve(deck_.cards.size());
    for (std::size_t i = 0; i < deck_.cards.size(); ++i) keys_.push_back(new_key());
    invalidate_index();
}

std::optional<std::size_t> EditableDeck::index_of(CardKey key) const {
    if (!index_valid_) {
        index_.clear();
        index_.reserve(keys_.size());
        for (std::size_t i = 0; i < keys_.size(); ++i) index_.emplace(keys_[i], i);
        index_valid_ = true;
    }
    const auto it = index_.find(key);
    if (it == index_.end()) return std::nullopt;
    return it->second;
}

const Card* EditableDeck::find(CardKey key) const {
    const auto index = index_of(key);
    return index ? &deck_.cards[*index] : nullptr;
}

void EditableDeck::insert(std::size_t index, CardKey key, Card card) {
    if (index > deck_.cards.size()) throw std::out_of_range("card insert position");
    deck_.cards.insert(deck_.cards.begin() + static_cast<std::ptrdiff_t>(index), std::move(card));
    keys_.insert(keys_.begin() + static_cast<std::ptrdiff_t>(index), key);
    if (key >= next_key_) next_key_ = key + 1;
    invalidate_index();
}

Card EditableDeck::remove(std::size_t index) {
    Card card = std::move(deck_.cards.at(index));
    deck_.cards.erase(deck_.cards.begin() + static_cast<std::ptrdiff_t>(index));
    keys_.erase(keys_.begin() + static_cast<std::ptrdiff_t>(index));
    invalidate_index();
    return card;
}

void EditableDeck::replace(std::size_t index, Card card) { deck_.cards.at(index) = std::move(card); }

void EditableDeck::set_info(const DeckInfo& info) { apply_info(deck_, info); }

}  // namespace kindling::editor
