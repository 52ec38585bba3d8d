#pragma once
// Builds the commands for everything the editor can do to cards, single and in bulk. Each
// returns nullptr when there is nothing to change, so no empty step lands on the undo stack.

#include "commands.hpp"

#include <string>
#include <vector>

namespace kindling::editor {

// One card's new contents (typing in the form). `merge_tag` names the field being typed in.
CommandPtr edit_card(const EditableDeck& deck, CardKey key, Card after, const std::string& description,
                     const std::string& merge_tag = {});

CommandPtr set_level(const EditableDeck& deck, const std::vector<CardKey>& keys, int level);
CommandPtr set_theme(const EditableDeck& deck, const std::vector<CardKey>& keys, const std::string& theme);
CommandPtr set_intensity(const EditableDeck& deck, const std::vector<CardKey>& keys, Intensity intensity);
// Who answers follows the kind while it was the old kind's default; a deliberate choice stays.
// Used by both the form (one card) and the bulk edit, so both behave the same.
void change_kind(Card& card, CardKind kind);
CommandPtr set_kind(const EditableDeck& deck, const std::vector<CardKey>& keys, CardKind kind);
CommandPtr add_tag(const EditableDeck& deck, const std::vector<CardKey>& keys, const std::string& tag);
CommandPtr remove_tag(const EditableDeck& deck, const std::vector<CardKey>& keys, const std::string& tag);

CommandPtr delete_cards(const EditableDeck& deck, const std::vector<CardKey>& keys);
// The status line after deleting `count` cards: "Delete 1 card (Ctrl+Z brings it back)".
std::string deleted_cards_message(std::size_t count);

// A new card after `after` (or at the end); `new_key` receives its key.
CommandPtr add_card(const EditableDeck& deck, std::optional<CardKey> after, Card card, CardKey& new_key);
// A blank card of the deck's theme, ready to be written.
Card new_card_for(const Deck& deck, CardKind kind = CardKind::question);
// Copies placed right after their originals; ids get a free "-2", "-3" suffix.
CommandPtr duplicate_cards(const EditableDeck& deck, const std::vector<CardKey>& keys, std::vector<CardKey>& new_keys);
// Moves the cards so the first lands at `to_index` of the deck without them (reordering).
CommandPtr move_cards(const EditableDeck& deck, const std::vector<CardKey>& keys, std::size_t to_index);

// Moving cards to another open deck: the removal for the source and the insertion for the
// target. Custom themes the cards use are added to the target and ids that clash get a suffix,
// so the moved cards stay valid there.
struct CrossDeckMove {
    CommandPtr remove_from_source;
    CommandPtr insert_into_target;
    std::vector<CardKey> target_keys;
};
CrossDeckMove move_cards_to_deck(const EditableDeck& source, const EditableDeck& target,
                                 const std::vector<CardKey>& keys, const std::string& target_name);
// Appends cards (CSV import into an open deck).
CommandPtr append_cards(const EditableDeck& deck, const std::vector<Card>& cards, const std::string& description);

// Deck fields. Changing the default theme also moves the cards that followed the old default.
CommandPtr edit_deck_info(const EditableDeck& deck, DeckInfo after, const std::string& description,
                          const std::string& merge_tag = {});

// A card id not used in the deck: `base`, else base-2, base-3, ...
std::string unused_card_id(const Deck& deck, const std::string& base);

}  // namespace kindling::editor
