#pragma once
// Every change to a deck is a Command: it can be applied and reverted exactly, which is what
// makes undo/redo cover everything, bulk edits included.

#include "editable_deck.hpp"

#include <memory>
#include <string>
#include <vector>

namespace kindling::editor {

class Command {
public:
    virtual ~Command() = default;
    virtual void apply(EditableDeck& deck) = 0;
    virtual void revert(EditableDeck& deck) = 0;
    // What the change was, for "Undo <description>" in menus.
    [[nodiscard]] virtual std::string description() const = 0;
    // Folds `next` (already applied) into this command, so typing a word in one field is one
    // undo step rather than one per letter. Returns false when the two do not belong together.
    virtual bool absorb(Command& next);

protected:
    Command() = default;
    Command(const Command&) = default;
    Command& operator=(const Command&) = default;
};

using CommandPtr = std::unique_ptr<Command>;

struct CardChange {
    CardKey key = 0;
    Card before;
    Card after;
};

// Changes the contents of existing cards: one field of one card, or a bulk edit of many.
class EditCardsCommand final : public Command {
public:
    // `merge_tag` lets consecutive edits of the same single card with the same tag merge
    // (typing); empty means never merge.
    EditCardsCommand(std::vector<CardChange> changes, std::string description,
                     std::string merge_tag = {});
    void apply(EditableDeck& deck) override;
    void revert(EditableDeck& deck) override;
    [[nodiscard]] std::string description() const override { return description_; }
    bool absorb(Command& next) override;
    [[nodiscard]] const std::vector<CardChange>& changes() const noexcept { return changes_; }

private:
    std::vector<CardChange> changes_;
    std::string description_;
    std::string merge_tag_;
};

struct CardInsertion {
    std::size_t index = 0;  // position in the deck after the insertion
    CardKey key = 0;
    Card card;
};

// Adds cards (new, duplicated, pasted, imported or moved in from another deck).
class InsertCardsCommand final : public Command {
public:
    // Insertions must be sorted by index.
    InsertCardsCommand(std::vector<CardInsertion> insertions, std::string description);
    void apply(EditableDeck& deck) override;
    void revert(EditableDeck& deck) override;
    [[nodiscard]] std::string description() const override { return description_; }
    [[nodiscard]] const std::vector<CardInsertion>& insertions() const noexcept { return insertions_; }

private:
    std::vector<CardInsertion> insertions_;
    std::string description_;
};

// Removes cards (delete, or the source half of moving cards to another deck).
class RemoveCardsCommand final : public Command {
public:
    // Captures the cards to remove from `deck` as it is now; unknown keys are ignored.
    RemoveCardsCommand(const EditableDeck& deck, const std::vector<CardKey>& keys,
                       std::string description);
    void apply(EditableDeck& deck) override;
    void revert(EditableDeck& deck) override;
    [[nodiscard]] std::string description() const override { return description_; }
    [[nodiscard]] std::size_t count() const noexcept { return removed_.size(); }

private:
    std::vector<CardInsertion> removed_;  // sorted by index, as they were before removal
    std::string description_;
};

// Changes the deck's own fields and themes.
class EditDeckInfoCommand final : public Command {
public:
    EditDeckInfoCommand(DeckInfo before, DeckInfo after, std::string description,
                        std::string merge_tag = {});
    void apply(EditableDeck& deck) override;
    void revert(EditableDeck& deck) override;
    [[nodiscard]] std::string description() const override { return description_; }
    bool absorb(Command& next) override;

private:
    DeckInfo before_;
    DeckInfo after_;
    std::string description_;
    std::string merge_tag_;
};

// Replaces the whole deck, e.g. when reloading a file another program changed.
class ReplaceDeckCommand final : public Command {
public:
    ReplaceDeckCommand(const EditableDeck& before, Deck after, std::string description);
    void apply(EditableDeck& deck) override;
    void revert(EditableDeck& deck) override;
    [[nodiscard]] std::string description() const override { return description_; }

private:
    Deck before_;
    std::vector<CardKey> before_keys_;
    Deck after_;
    std::vector<CardKey> after_keys_;
    std::string description_;
};

// Several commands as one undo step (changing the default theme also moves the cards that
// followed it, reordering is a removal plus an insertion).
class CompositeCommand final : public Command {
public:
    CompositeCommand(std::vector<CommandPtr> parts, std::string description);
    void apply(EditableDeck& deck) override;
    void revert(EditableDeck& deck) override;
    [[nodiscard]] std::string description() const override { return description_; }

private:
    std::vector<CommandPtr> parts_;
    std::string description_;
};

}  // namespace kindling::editor
