// Commands, the undo stack and the unsaved-changes state, without a window.
#include "editor_test_decks.hpp"

#include "model/card_edits.hpp"
#include "model/deck_document.hpp"

#include <catch2/catch.hpp>

using namespace kindling;
using namespace kindling::editor;
using kindling::editor::test_decks::sample_deck;

namespace {

std::vector<CardKey> keys_at(const DeckDocument& document, std::initializer_list<std::size_t> indices) {
    std::vector<CardKey> keys;
    for (std::size_t i : indices) keys.push_back(document.cards().key(i));
    return keys;
}

Card with_text(const DeckDocument& document, std::size_t index, std::string text) {
    Card card = document.deck().cards[index];
    card.text = std::move(text);
    return card;
}

}  // namespace

TEST_CASE("A freshly opened document has no unsaved changes, an edit and its undo toggle that") {
    DeckDocument document(sample_deck(), DocumentOrigin::file, "/tmp/sample.yaml");
    CHECK_FALSE(document.has_unsaved_changes());
    CHECK_FALSE(document.history().can_undo());

    const CardKey key = document.cards().key(1);
    REQUIRE(document.execute(edit_card(document.cards(), key, with_text(document, 1, "Rename the sun?"), "Edit text")));
    CHECK(document.has_unsaved_changes());
    CHECK(document.deck().cards[1].text == "Rename the sun?");
    CHECK(document.history().undo_description() == "Edit text");

    REQUIRE(document.undo());
    CHECK_FALSE(document.has_unsaved_changes());
    CHECK(document.deck() == sample_deck());
    REQUIRE(document.redo());
    CHECK(document.has_unsaved_changes());
    CHECK(document.deck().cards[1].text == "Rename the sun?");
}

TEST_CASE("Edits that change nothing do not land on the undo stack") {
    DeckDocument document(sample_deck(), DocumentOrigin::file, "/tmp/sample.yaml");
    const CardKey key = document.cards().key(0);
    CHECK_FALSE(document.execute(edit_card(document.cards(), key, document.deck().cards[0], "Edit")));
    CHECK_FALSE(document.execute(set_level(document.cards(), {key}, 1)));
    CHECK_FALSE(document.history().can_undo());
    CHECK_FALSE(document.has_unsaved_changes());
}

TEST_CASE("Typing in one field is one undo step until the field is left") {
    DeckDocument document(sample_deck(), DocumentOrigin::file, "/tmp/sample.yaml");
    const CardKey key = document.cards().key(0);
    for (const std::string text : {"H", "Ho", "Hop"}) {
        document.execute(edit_card(document.cards(), key, with_text(document, 0, text), "Edit text", "text"));
    }
    CHECK(document.history().undo_count() == 1);
    document.seal_edit_group();  // the field lost focus
    document.execute(edit_card(document.cards(), key, with_text(document, 0, "Hop!"), "Edit text", "text"));
    CHECK(document.history().undo_count() == 2);

    document.undo();
    CHECK(document.deck().cards[0].text == "Hop");
    document.undo();
    CHECK(document.deck().cards[0].text == sample_deck().cards[0].text);
}

TEST_CASE("Typing right after a save starts a new step, so undo can return to the saved text") {
    DeckDocument document(sample_deck(), DocumentOrigin::file, "/tmp/sample.yaml");
    const CardKey key = document.cards().key(0);
    document.execute(edit_card(document.cards(), key, with_text(document, 0, "A"), "Edit text", "text"));
    document.saved_to("/tmp/sample.yaml", "bytes");
    CHECK_FALSE(document.has_unsaved_changes());
    document.execute(edit_card(document.cards(), key, with_text(document, 0, "AB"), "Edit text", "text"));
    CHECK(document.has_unsaved_changes());
    document.undo();
    CHECK(document.deck().cards[0].text == "A");
    CHECK_FALSE(document.has_unsaved_changes());
}

TEST_CASE("Undoing past the saved state and editing makes the saved state unreachable") {
    DeckDocument document(sample_deck(), DocumentOrigin::file, "/tmp/sample.yaml");
    const auto keys = keys_at(document, {0});
    document.execute(set_level(document.cards(), keys, 2));
    document.saved_to("/tmp/sample.yaml", "bytes");
    document.undo();
    CHECK(document.has_unsaved_changes());
    document.execute(set_level(document.cards(), keys, 3));  // a different branch
    CHECK(document.has_unsaved_changes());
    document.undo();
    CHECK(document.has_unsaved_changes());  // level 1 is not what was saved (level 2)
    CHECK(document.redo());
    CHECK(document.has_unsaved_changes());
}

TEST_CASE("New and recovered decks are unsaved from the start") {
    CHECK(DeckDocument(sample_deck(), DocumentOrigin::new_deck).has_unsaved_changes());
    CHECK(DeckDocument(sample_deck(), DocumentOrigin::recovered).has_unsaved_changes());
}

TEST_CASE("Built-in decks are read-only") {
    DeckDocument document(sample_deck(), DocumentOrigin::built_in, "built-in:sample.yaml");
    CHECK(document.read_only());
    CHECK_FALSE(document.execute(set_level(document.cards(), keys_at(document, {0}), 3)));
    CHECK(document.deck() == sample_deck());
}

TEST_CASE("Bulk edits change every selected card in one undo step") {
    DeckDocument document(sample_deck(), DocumentOrigin::file, "/tmp/sample.yaml");
    const auto selection = keys_at(document, {0, 2, 4});

    SECTION("level") {
        REQUIRE(document.execute(set_level(document.cards(), selection, 3)));
        CHECK(document.history().undo_description() == "Set level 3 of 2 cards");  // card 4 was level 3
        for (std::size_t i : {0u, 2u, 4u}) CHECK(document.deck().cards[i].level == 3);
        CHECK(document.deck().cards[1].level == 1);
    }
    SECTION("theme") {
        REQUIRE(document.execute(set_theme(document.cards(), selection, "closeness")));
        for (std::size_t i : {0u, 2u, 4u}) CHECK(document.deck().cards[i].theme == "closeness");
        CHECK(document.deck().cards[3].theme == "play");
    }
    SECTION("intensity") {
        REQUIRE(document.execute(set_intensity(document.cards(), selection, Intensity::private_)));
        for (std::size_t i : {0u, 2u, 4u}) CHECK(document.deck().cards[i].intensity == Intensity::private_);
    }
    SECTION("add a tag, once per card") {
        REQUIRE(document.execute(add_tag(document.cards(), selection, "music")));
        CHECK(document.deck().cards[0].tags == std::vector<std::string>{"music"});
        CHECK(document.deck().cards[2].tags == std::vector<std::string>{"calm", "touch", "music"});
        CHECK(document.deck().cards[4].tags == std::vector<std::string>{"music"});
    }
    SECTION("remove a tag") {
        REQUIRE(document.execute(remove_tag(document.cards(), selection, "touch")));
        CHECK(document.deck().cards[2].tags == std::vector<std::string>{"calm"});
        CHECK(document.history().undo_description() == "Remove tag touch");
    }
    SECTION("delete") {
        REQUIRE(document.execute(delete_cards(document.cards(), selection)));
        REQUIRE(document.deck().cards.size() == 2);
        CHECK(document.deck().cards[0].id == "moon");
        CHECK(document.deck().cards[1].id == "future");
        CHECK(document.history().undo_description() == "Delete 3 cards");
    }
    CHECK(document.history().undo_count() == 1);
    REQUIRE(document.undo());
    CHECK(document.deck() == sample_deck());
    CHECK_FALSE(document.has_unsaved_changes());
    // Keys survive the round trip, so selections made before the edit still point right.
    CHECK(keys_at(document, {0, 2, 4}) == selection);
}

TEST_CASE("Changing the kind of several cards moves who answers to the new kind's default, like one card") {
    Deck deck = sample_deck();
    deck.cards[1] = deck.cards[0];  // three dares, answered by the reader as dares are by default
    deck.cards[1].id = "hum-2";
    deck.cards[3] = deck.cards[0];
    deck.cards[3].id = "hum-3";
    deck.cards[3].answers = Answerer::left;  // a deliberate choice, not the dare's default
    DeckDocument document(deck, DocumentOrigin::file, "/tmp/sample.yaml");

    REQUIRE(document.execute(set_kind(document.cards(), keys_at(document, {0, 1, 3}), CardKind::gesture)));
    CHECK(document.deck().cards[0].answers == Answerer::both);
    CHECK(document.deck().cards[1].answers == Answerer::both);
    CHECK(document.deck().cards[3].answers == Answerer::left);

    Card alone = deck.cards[0];
    change_kind(alone, CardKind::gesture);
    CHECK(alone == document.deck().cards[0]);
}

TEST_CASE("Duplicating places copies after their originals with fresh ids") {
    DeckDocument document(sample_deck(), DocumentOrigin::file, "/tmp/sample.yaml");
    std::vector<CardKey> copies;
    REQUIRE(document.execute(duplicate_cards(document.cards(), keys_at(document, {0, 1}), copies)));
    const auto& cards = document.deck().cards;
    REQUIRE(cards.size() == 7);
    CHECK(cards[0].id == "hum");
    CHECK(cards[1].id == "hum-2");
    CHECK(cards[2].id == "moon");
    CHECK(cards[3].id == "moon-2");
    CHECK(cards[1].text == cards[0].text);
    REQUIRE(copies.size() == 2);
    CHECK(document.cards().index_of(copies[0]) == 1u);
    CHECK(document.cards().index_of(copies[1]) == 3u);

    std::vector<CardKey> again;
    document.execute(duplicate_cards(document.cards(), {copies[0]}, again));
    CHECK(document.deck().cards[2].id == "hum-3");
    document.undo();
    document.undo();
    CHECK(document.deck() == sample_deck());
}

TEST_CASE("Adding a card puts it after the selected card with the deck's theme") {
    DeckDocument document(sample_deck(), DocumentOrigin::file, "/tmp/sample.yaml");
    CardKey added = 0;
    Card card = new_card_for(document.deck(), CardKind::gesture);
    CHECK(card.answers == Answerer::both);
    CHECK(card.theme == "play");
    REQUIRE(document.execute(add_card(document.cards(), document.cards().key(1), card, added)));
    CHECK(document.cards().index_of(added) == 2u);
    CHECK(document.deck().cards.size() == 6);
    document.undo();
    CHECK_FALSE(document.cards().index_of(added).has_value());
}

TEST_CASE("Reordering moves cards and undo puts them back") {
    DeckDocument document(sample_deck(), DocumentOrigin::file, "/tmp/sample.yaml");
    REQUIRE(document.execute(move_cards(document.cards(), keys_at(document, {3, 4}), 0)));
    std::vector<std::string> ids;
    for (const Card& card : document.deck().cards) ids.push_back(card.id);
    CHECK(ids == std::vector<std::string>{"future", "thanks", "hum", "moon", "hands"});
    CHECK(move_cards(document.cards(), keys_at(document, {0, 1}), 0) == nullptr);  // already there
    document.undo();
    CHECK(document.deck() == sample_deck());
}

TEST_CASE("Moving cards to another deck brings their custom theme and keeps ids unique") {
    Deck source_deck = sample_deck();
    source_deck.themes.push_back({"wedding", "Wedding", "", "#c0567a", ""});
    source_deck.cards[1].theme = "wedding";
    Deck target_deck = sample_deck();
    target_deck.id = "other";
    target_deck.cards.resize(1);  // holds "hum" too

    const EditableDeck source(source_deck);
    const EditableDeck target(target_deck);
    CrossDeckMove move = move_cards_to_deck(source, target, {source.key(0), source.key(1)}, "Other");
    REQUIRE(move.insert_into_target);
    REQUIRE(move.remove_from_source);

    EditableDeck changed_source = source;
    EditableDeck changed_target = target;
    move.remove_from_source->apply(changed_source);
    move.insert_into_target->apply(changed_target);
    CHECK(changed_source.size() == 3);
    REQUIRE(changed_target.size() == 3);
    CHECK(changed_target.card(1).id == "hum-2");
    CHECK(changed_target.card(2).theme == "wedding");
    REQUIRE(changed_target.deck().themes.size() == 1);
    CHECK(changed_target.deck().themes[0].id == "wedding");
    CHECK(move.insert_into_target->description() == "Move 2 cards to Other");

    move.insert_into_target->revert(changed_target);
    move.remove_from_source->revert(changed_source);
    CHECK(changed_target.deck() == target_deck);
    CHECK(changed_source.deck() == source_deck);
}

TEST_CASE("Changing the deck's default theme moves the cards that followed it, in one step") {
    Deck deck = sample_deck();
    deck.cards[2].theme = "closeness";  // has its own theme
    DeckDocument document(deck, DocumentOrigin::file, "/tmp/sample.yaml");
    DeckInfo info = info_of(document.deck());
    info.theme = "inner-world";
    REQUIRE(document.execute(edit_deck_info(document.cards(), info, "Set default theme")));
    CHECK(document.deck().theme == "inner-world");
    CHECK(document.deck().cards[0].theme == "inner-world");
    CHECK(document.deck().cards[2].theme == "closeness");
    CHECK(document.history().undo_count() == 1);
    document.undo();
    CHECK(document.deck() == deck);
}

TEST_CASE("Typing a deck title merges into one step") {
    DeckDocument document(sample_deck(), DocumentOrigin::file, "/tmp/sample.yaml");
    for (const std::string title : {"S", "Sa", "Sam"}) {
        DeckInfo info = info_of(document.deck());
        info.title = title;
        document.execute(edit_deck_info(document.cards(), info, "Edit title", "title"));
    }
    CHECK(document.history().undo_count() == 1);
    CHECK(document.deck().title == "Sam");
    document.undo();
    CHECK(document.deck().title == "Sample");
}

TEST_CASE("unused_card_id counts up from an existing suffix") {
    Deck deck = sample_deck();
    CHECK(unused_card_id(deck, "new") == "new");
    CHECK(unused_card_id(deck, "moon") == "moon-2");
    deck.cards[0].id = "moon-2";
    CHECK(unused_card_id(deck, "moon-2") == "moon-3");
}

TEST_CASE("The message after deleting says it or them as the count asks") {
    DeckDocument document(sample_deck(), DocumentOrigin::file, "/tmp/sample.yaml");
    REQUIRE(document.execute(delete_cards(document.cards(), keys_at(document, {1}))));
    CHECK(deleted_cards_message(1) == document.history().undo_description() + " (Ctrl+Z brings it back)");
    CHECK(deleted_cards_message(1) == "Delete 1 card (Ctrl+Z brings it back)");
    CHECK(deleted_cards_message(3) == "Delete 3 cards (Ctrl+Z brings them back)");
}
