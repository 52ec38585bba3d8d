#include "card_edits.hpp"

#include <algorithm>
#include <functional>
#include <set>

namespace kindling::editor {

namespace {

std::string plural(std::size_t count, const std::string& one, const std::string& many) {
    return count == 1 ? "1 " + one : std::to_string(count) + " " + many;
}

// Applies `change` to a copy of every card; keeps only cards that really changed.
CommandPtr bulk_edit(const EditableDeck& deck, const std::vector<CardKey>& keys,
                     const std::function<void(Card&)>& change, const std::string& what) {
    std::vector<CardChange> changes;
    std::set<CardKey> seen;
    for (CardKey key : keys) {
        const Card* card = deck.find(key);
        if (!card || !seen.insert(key).second) continue;
        Card after = *card;
        change(after);
        if (after != *card) changes.push_back({key, *card, std::move(after)});
    }
    if (changes.empty()) return nullptr;
    const std::string description = what + (changes.size() > 1 ? " of " + plural(changes.size(), "card", "cards") : "");
    return std::make_unique<EditCardsCommand>(std::move(changes), description);
}

std::vector<std::size_t> sorted_indices(const EditableDeck& deck, const std::vector<CardKey>& keys) {
    std::vector<std::size_t> indices;
    for (CardKey key : keys) {
        if (const auto index = deck.index_of(key)) indices.push_back(*index);
    }
    std::sort(indices.begin(), indices.end());
    indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
    return indices;
}

std::string id_with_suffix(const std::string& base, int n) { return base + "-" + std::to_string(n); }

}  // namespace

std::string unused_card_id(const Deck& deck, const std::string& base) {
    const auto used = [&](const std::string& id) {
        return std::any_of(deck.cards.begin(), deck.cards.end(), [&](const Card& c) { return c.id == id; });
    };
    if (!used(base)) return base;
    // "dream-2" copied again becomes "dream-3", not "dream-2-2".
    std::string stem = base;
    if (const auto dash = base.rfind('-'); dash != std::string::npos && dash + 1 < base.size() &&
                                           std::all_of(base.begin() + static_cast<std::ptrdiff_t>(dash) + 1, base.end(),
                                                       [](char c) { return c >= '0' && c <= '9'; })) {
        stem = base.substr(0, dash);
    }
    for (int n = 2;; ++n) {
        if (!used(id_with_suffix(stem, n))) return id_with_suffix(stem, n);
    }
}

CommandPtr edit_card(const EditableDeck& deck, CardKey key, Card after, const std::string& description,
                     const std::string& merge_tag) {
    const Card* before = deck.find(key);
    if (!before || *before == after) return nullptr;
    return std::make_unique<EditCardsCommand>(std::vector<CardChange>{{key, *before, std::move(after)}},
                                              description, merge_tag);
}

CommandPtr set_level(const EditableDeck& deck, const std::vector<CardKey>& keys, int level) {
    return bulk_edit(deck, keys, [&](Card& c) { c.level = level; }, "Set level " + std::to_string(level));
}

CommandPtr set_theme(const EditableDeck& deck, const std::vector<CardKey>& keys, const std::string& theme) {
    return bulk_edit(deck, keys, [&](Card& c) { c.theme = theme; }, "Set theme " + theme);
}

CommandPtr set_intensity(const EditableDeck& deck, const std::vector<CardKey>& keys, Intensity intensity) {
    return bulk_edit(deck, keys, [&](Card& c) { c.intensity = intensity; },
                     "Set intensity " + std::string(to_string(intensity)));
}

void change_kind(Card& card, CardKind kind) {
    if (card.answers == default_answerer(card.kind)) card.answers = default_answerer(kind);
    card.kind = kind;
}

CommandPtr set_kind(const EditableDeck& deck, const std::vector<CardKey>& keys, CardKind kind) {
    return bulk_edit(deck, keys, [&](Card& c) { change_kind(c, kind); }, "Set kind " + std::string(to_string(kind)));
}

std::string deleted_cards_message(std::size_t count) {
    return "Delete " + plural(count, "card", "cards") + (count == 1 ? " (Ctrl+Z brings it back)" : " (Ctrl+Z brings them back)");
}

CommandPtr add_tag(const EditableDeck& deck, const std::vector<CardKey>& keys, const std::string& tag) {
    if (tag.empty()) return nullptr;
    return bulk_edit(deck, keys, [&](Card& c) {
        if (std::find(c.tags.begin(), c.tags.end(), tag) == c.tags.end()) c.tags.push_back(tag);
    }, "Add tag " + tag);
}

CommandPtr remove_tag(const EditableDeck& deck, const std::vector<CardKey>& keys, const std::string& tag) {
    return bulk_edit(deck, keys, [&](Card& c) { std::erase(c.tags, tag); }, "Remove tag " + tag);
}

CommandPtr delete_cards(const EditableDeck& deck, const std::vector<CardKey>& keys) {
    const std::size_t count = sorted_indices(deck, keys).size();
    if (count == 0) return nullptr;
    return std::make_unique<RemoveCardsCommand>(deck, keys, "Delete " + plural(count, "card", "cards"));
}

Card new_card_for(const Deck& deck, CardKind kind) {
    Card card;
    card.kind = kind;
    card.answers = default_answerer(kind);
    card.theme = deck.theme;
    return card;
}

CommandPtr add_card(const EditableDeck& deck, std::optional<CardKey> after, Card card, CardKey& new_key) {
    std::size_t index = deck.size();
    if (after) {
        if (const auto position = deck.index_of(*after)) index = *position + 1;
    }
    new_key = deck.new_key();
    return std::make_unique<InsertCardsCommand>(std::vector<CardInsertion>{{index, new_key, std::move(card)}},
                                                "Add card");
}

CommandPtr duplicate_cards(const EditableDeck& deck, const std::vector<CardKey>& keys, std::vector<CardKey>& new_keys) {
    const std::vector<std::size_t> indices = sorted_indices(deck, keys);
    if (indices.empty()) return nullptr;
    std::vector<CardInsertion> insertions;
    Deck ids_so_far = deck.deck();  // so two copies of one id get different suffixes
    new_keys.clear();
    for (std::size_t n = 0; n < indices.size(); ++n) {
        Card copy = deck.card(indices[n]);
        if (!copy.id.empty()) copy.id = unused_card_id(ids_so_far, copy.id);
        ids_so_far.cards.push_back(copy);
        const CardKey key = deck.new_key();
        new_keys.push_back(key);
        // Each earlier copy shifts the later originals down by one.
        insertions.push_back({indices[n] + n + 1, key, std::move(copy)});
    }
    return std::make_unique<InsertCardsCommand>(std::move(insertions),
                                                "Duplicate " + plural(indices.size(), "card", "cards"));
}

CommandPtr move_cards(const EditableDeck& deck, const std::vector<CardKey>& keys, std::size_t to_index) {
    const std::vector<std::size_t> indices = sorted_indices(deck, keys);
    if (indices.empty()) return nullptr;
    const std::size_t remaining = deck.size() - indices.size();
    to_index = std::min(to_index, remaining);
    // Unchanged when the cards are already consecutive at that place.
    bool unchanged = true;
    for (std::size_t n = 0; n < indices.size(); ++n) unchanged = unchanged && indices[n] == to_index + n;
    if (unchanged) return nullptr;
    std::vector<CardKey> ordered;
    std::vector<CardInsertion> insertions;
    for (std::size_t n = 0; n < indices.size(); ++n) {
        insertions.push_back({to_index + n, deck.key(indices[n]), deck.card(indices[n])});
        ordered.push_back(deck.key(indices[n]));
    }
    const std::string description = "Move " + plural(indices.size(), "card", "cards");
    std::vector<CommandPtr> parts;
    parts.push_back(std::make_unique<RemoveCardsCommand>(deck, ordered, description));
    parts.push_back(std::make_unique<InsertCardsCommand>(std::move(insertions), description));
    return std::make_unique<CompositeCommand>(std::move(parts), description);
}

CrossDeckMove move_cards_to_deck(const EditableDeck& source, const EditableDeck& target,
                                 const std::vector<CardKey>& keys, const std::string& target_name) {
    CrossDeckMove move;
    const std::vector<std::size_t> indices = sorted_indices(source, keys);
    if (indices.empty()) return move;
    const std::string description = "Move " + plural(indices.size(), "card", "cards") + " to " + target_name;

    DeckInfo info = info_of(target.deck());
    Deck ids_so_far = target.deck();
    std::vector<CardInsertion> insertions;
    for (std::size_t n = 0; n < indices.size(); ++n) {
        Card card = source.card(indices[n]);
        if (card.theme.empty()) card.theme = target.deck().theme;
        if (!card.theme.empty() && !find_builtin_theme(card.theme) &&
            std::none_of(info.themes.begin(), info.themes.end(), [&](const Theme& t) { return t.id == card.theme; })) {
            const auto& source_themes = source.deck().themes;
            const auto theme = std::find_if(source_themes.begin(), source_themes.end(),
                                            [&](const Theme& t) { return t.id == card.theme; });
            if (theme != source_themes.end()) info.themes.push_back(*theme);
        }
        if (!card.id.empty()) card.id = unused_card_id(ids_so_far, card.id);
        ids_so_far.cards.push_back(card);
        const CardKey key = target.new_key();
        move.target_keys.push_back(key);
        insertions.push_back({target.size() + n, key, std::move(card)});
    }
    std::vector<CommandPtr> parts;
    if (info != info_of(target.deck())) {
        parts.push_back(std::make_unique<EditDeckInfoCommand>(info_of(target.deck()), info, description));
    }
    parts.push_back(std::make_unique<InsertCardsCommand>(std::move(insertions), description));
    move.insert_into_target = std::make_unique<CompositeCommand>(std::move(parts), description);
    move.remove_from_source = std::make_unique<RemoveCardsCommand>(source, keys, description);
    return move;
}

CommandPtr append_cards(const EditableDeck& deck, const std::vector<Card>& cards, const std::string& description) {
    if (cards.empty()) return nullptr;
    std::vector<CardInsertion> insertions;
    for (std::size_t n = 0; n < cards.size(); ++n) insertions.push_back({deck.size() + n, deck.new_key(), cards[n]});
    return std::make_unique<InsertCardsCommand>(std::move(insertions), description);
}

CommandPtr edit_deck_info(const EditableDeck& deck, DeckInfo after, const std::string& description,
                          const std::string& merge_tag) {
    const DeckInfo before = info_of(deck.deck());
    if (before == after) return nullptr;
    if (before.theme == after.theme) {
        return std::make_unique<EditDeckInfoCommand>(before, std::move(after), description, merge_tag);
    }
    // Cards that showed the old default follow the new one; cards with their own theme stay.
    std::vector<CommandPtr> parts;
    const std::string new_theme = after.theme;
    parts.push_back(std::make_unique<EditDeckInfoCommand>(before, std::move(after), description));
    std::vector<CardKey> followers;
    for (std::size_t i = 0; i < deck.size(); ++i) {
        if (deck.card(i).theme == before.theme) followers.push_back(deck.key(i));
    }
    if (CommandPtr cards = set_theme(deck, followers, new_theme)) parts.push_back(std::move(cards));
    return std::make_unique<CompositeCommand>(std::move(parts), description);
}

}  // namespace kindling::editor
