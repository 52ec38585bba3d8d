#include "commands.hpp"

#include <algorithm>
#include <stdexcept>

namespace kindling::editor {

bool Command::absorb(Command&) { return false; }

EditCardsCommand::EditCardsCommand(std::vector<CardChange> changes, std::string description,
                                   std::string merge_tag)
    : changes_(std::move(changes)), description_(std::move(description)), merge_tag_(std::move(merge_tag)) {}

void EditCardsCommand::apply(EditableDeck& deck) {
    for (const CardChange& change : changes_) {
        const auto index = deck.index_of(change.key);
        if (!index) throw std::logic_error("edit of a card that is not in the deck");
        deck.replace(*index, change.after);
    }
}

void EditCardsCommand::revert(EditableDeck& deck) {
    for (auto it = changes_.rbegin(); it != changes_.rend(); ++it) {
        const auto index = deck.index_of(it->key);
        if (!index) throw std::logic_error("undo of an edit of a card that is not in the deck");
        deck.replace(*index, it->before);
    }
}

bool EditCardsCommand::absorb(Command& next) {
    auto* other = dynamic_cast<EditCardsCommand*>(&next);
    if (!other || merge_tag_.empty() || other->merge_tag_ != merge_tag_) return false;
    if (changes_.size() != 1 || other->changes_.size() != 1) return false;
    if (changes_.front().key != other->changes_.front().key) return false;
    changes_.front().after = other->changes_.front().after;
    return true;
}

InsertCardsCommand::InsertCardsCommand(std::vector<CardInsertion> insertions, std::string description)
    : insertions_(std::move(insertions)), description_(std::move(description)) {
    if (!std::is_sorted(insertions_.begin(), insertions_.end(),
                        [](const CardInsertion& a, const CardInsertion& b) { return a.index < b.index; })) {
        throw std::invalid_argument("card insertions must be sorted by position");
    }
}

void InsertCardsCommand::apply(EditableDeck& deck) {
    for (const CardInsertion& insertion : insertions_) deck.insert(insertion.index, insertion.key, insertion.card);
}

void InsertCardsCommand::revert(EditableDeck& deck) {
    for (auto it = insertions_.rbegin(); it != insertions_.rend(); ++it) deck.remove(it->index);
}

RemoveCardsCommand::RemoveCardsCommand(const EditableDeck& deck, const std::vector<CardKey>& keys,
                                       std::string description)
    : description_(std::move(description)) {
    for (CardKey key : keys) {
        if (const auto index = deck.index_of(key)) removed_.push_back({*index, key, deck.card(*index)});
    }
    std::sort(removed_.begin(), removed_.end(),
              [](const CardInsertion& a, const CardInsertion& b) { return a.index < b.index; });
    removed_.erase(std::unique(removed_.begin(), removed_.end(),
                               [](const CardInsertion& a, const CardInsertion& b) { return a.index == b.index; }),
                   removed_.end());
}

void RemoveCardsCommand::apply(EditableDeck& deck) {
    for (auto it = removed_.rbegin(); it != removed_.rend(); ++it) deck.remove(it->index);
}

void RemoveCardsCommand::revert(EditableDeck& deck) {
    for (const CardInsertion& card : removed_) deck.insert(card.index, card.key, card.card);
}

EditDeckInfoCommand::EditDeckInfoCommand(DeckInfo before, DeckInfo after, std::string description,
                                         std::string merge_tag)
    : before_(std::move(before)), after_(std::move(after)), description_(std::move(description)),
      merge_tag_(std::move(merge_tag)) {}

void EditDeckInfoCommand::apply(EditableDeck& deck) { deck.set_info(after_); }
void EditDeckInfoCommand::revert(EditableDeck& deck) { deck.set_info(before_); }

bool EditDeckInfoCommand::absorb(Command& next) {
    auto* other = dynamic_cast<EditDeckInfoCommand*>(&next);
    if (!other || merge_tag_.empty() || other->merge_tag_ != merge_tag_) return false;
    after_ = other->after_;
    return true;
}

ReplaceDeckCommand::ReplaceDeckCommand(const EditableDeck& before, Deck after, std::string description)
    : before_(before.deck()), before_keys_(before.keys()), after_(std::move(after)),
      description_(std::move(description)) {}

void ReplaceDeckCommand::apply(EditableDeck& deck) {
    // The new cards get keys once; redo gives them the same keys again.
    if (after_keys_.empty()) {
        for (std::size_t i = 0; i < after_.cards.size(); ++i) after_keys_.push_back(deck.new_key());
    }
    while (deck.size() > 0) deck.remove(deck.size() - 1);
    deck.set_info(info_of(after_));
    for (std::size_t i = 0; i < after_.cards.size(); ++i) deck.insert(i, after_keys_[i], after_.cards[i]);
}

void ReplaceDeckCommand::revert(EditableDeck& deck) {
    while (deck.size() > 0) deck.remove(deck.size() - 1);
    deck.set_info(info_of(before_));
    for (std::size_t i = 0; i < before_.cards.size(); ++i) deck.insert(i, before_keys_[i], before_.cards[i]);
}

CompositeCommand::CompositeCommand(std::vector<CommandPtr> parts, std::string description)
    : parts_(std::move(parts)), description_(std::move(description)) {}

void CompositeCommand::apply(EditableDeck& deck) {
    for (const CommandPtr& part : parts_) part->apply(deck);
}

void CompositeCommand::revert(EditableDeck& deck) {
    for (auto it = parts_.rbegin(); it != parts_.rend(); ++it) (*it)->revert(deck);
}

}  // namespace kindling::editor
