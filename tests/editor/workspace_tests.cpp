// Opening, creating, duplicating, moving between decks and CSV through the workspace.
#include "editor_test_decks.hpp"

#include "model/card_edits.hpp"
#include "model/document_saver.hpp"
#include "model/workspace.hpp"

#include "core/deck/deck_code.hpp"
#include "core/deck/deck_csv.hpp"
#include "core/deck/deck_writer.hpp"
#include "deck-generator/deck_generator.hpp"
#include "support/fixtures.hpp"
#include "support/special_files.hpp"

#include <catch2/catch.hpp>

#include <thread>

using namespace kindling;
using namespace kindling::editor;
using kindling::testing::read_text_file;
using kindling::testing::TemporaryDirectory;
namespace fs = std::filesystem;

namespace {

EditorPaths paths_in(const fs::path& root) { return {root / "data" / "decks", root / "state", root / "config"}; }

fs::path write_deck_file(const fs::path& file, const Deck& deck) {
    fs::create_directories(file.parent_path());
    REQUIRE(write_file_atomically(file, write_deck(deck)));
    return file;
}

}  // namespace

TEST_CASE("Opening a deck twice switches to it, a missing path becomes a new deck there") {
    TemporaryDirectory root;
    Workspace workspace(paths_in(root.path()), false);
    const fs::path file = write_deck_file(root.path() / "a.yaml", test_decks::sample_deck());
    DeckDocument* first = workspace.open_file(file).document;
    REQUIRE(first);
    workspace.open_file(write_deck_file(root.path() / "b.yaml", test_decks::sample_deck()));
    CHECK(workspace.active() != first);
    CHECK(workspace.open_file(root.path() / "." / "a.yaml").document == first);
    CHECK(workspace.active() == first);
    CHECK(workspace.documents().size() == 2);

    const OpenResult created = workspace.open_file(root.path() / "wedding.yaml");
    REQUIRE(created.document);
    CHECK(created.document->origin() == DocumentOrigin::new_deck);
    CHECK(created.document->has_unsaved_changes());
    CHECK(created.message.find("will be created") != std::string::npos);
    CHECK_FALSE(fs::exists(root.path() / "wedding.yaml"));

    const OpenResult folder = workspace.open_file(root.path());
    CHECK(folder.document == nullptr);
    CHECK(folder.message.find(root.path().string()) != std::string::npos);
}

TEST_CASE("Closing picks a neighbour and refuses to drop unsaved changes") {
    TemporaryDirectory root;
    Workspace workspace(paths_in(root.path()), false);
    DeckDocument* a = workspace.open_file(write_deck_file(root.path() / "a.yaml", test_decks::sample_deck())).document;
    DeckDocument* b = workspace.open_file(write_deck_file(root.path() / "b.yaml", test_decks::sample_deck())).document;
    REQUIRE(b->execute(set_level(b->cards(), {b->cards().key(0)}, 3)));
    CHECK(workspace.unsaved_documents() == std::vector<DeckDocument*>{b});
    CHECK_FALSE(workspace.close(*b));
    CHECK(workspace.close(*b, true));
    CHECK(workspace.active() == a);
    CHECK(workspace.unsaved_documents().empty());
}

TEST_CASE("Built-in decks open read-only and can be duplicated into the user's decks") {
    TemporaryDirectory root;
    Workspace workspace(paths_in(root.path()), false);
    workspace.refresh_library();
    REQUIRE_FALSE(workspace.library().built_in_decks.empty());
    const LibraryEntry& entry = workspace.library().built_in_decks.front();
    DeckDocument* built_in = workspace.open_built_in(entry.built_in_index).document;
    REQUIRE(built_in);
    CHECK(built_in->read_only());
    CHECK(workspace.open_built_in(entry.built_in_index).document == built_in);  // not twice

    const OpenResult copy = workspace.duplicate_to_my_decks(*built_in);
    REQUIRE(copy.document);
    CHECK_FALSE(copy.document->read_only());
    CHECK_FALSE(copy.document->has_unsaved_changes());
    CHECK(copy.document->path().parent_path() == workspace.paths().user_decks);
    CHECK(copy.document->deck().id == "my-" + built_in->deck().id);
    CHECK(copy.document->deck().cards == built_in->deck().cards);
    REQUIRE(workspace.library().user_decks.size() == 1);
    CHECK(workspace.library().user_decks.front().title == built_in->deck().title + " (my copy)");
}

TEST_CASE("A template deck is proposed in the user's decks and saved there") {
    TemporaryDirectory root;
    Workspace workspace(paths_in(root.path()), false);
    const OpenResult created = workspace.create_from_template(deck_templates()[2], "Sam & Alex's Wedding");
    REQUIRE(created.document);
    CHECK(created.document->path() == workspace.paths().user_decks / "sam-alex-s-wedding.yaml");
    REQUIRE(workspace.save(*created.document).ok());
    CHECK(fs::exists(created.document->path()));
}

TEST_CASE("Moving cards between open decks is an undo step in each") {
    TemporaryDirectory root;
    Workspace workspace(paths_in(root.path()), false);
    DeckDocument* from = workspace.open_file(write_deck_file(root.path() / "a.yaml", test_decks::sample_deck())).document;
    Deck other = test_decks::sample_deck();
    other.id = "other";
    other.title = "Other";
    DeckDocument* to = workspace.open_file(write_deck_file(root.path() / "b.yaml", other)).document;

    std::vector<CardKey> moved;
    REQUIRE(workspace.move_cards(*from, *to, {from->cards().key(1), from->cards().key(2)}, moved));
    CHECK(from->deck().cards.size() == 3);
    CHECK(to->deck().cards.size() == 7);
    CHECK(to->deck().cards[5].id == "moon-2");
    REQUIRE(moved.size() == 2);
    CHECK(to->cards().index_of(moved[0]) == 5u);
    CHECK(from->history().undo_description() == "Move 2 cards to Other");
    from->undo();
    to->undo();
    CHECK(from->deck() == test_decks::sample_deck());
    CHECK(to->deck() == other);
    CHECK_FALSE(workspace.move_cards(*from, *from, {from->cards().key(0)}, moved));
}

TEST_CASE("CSV export and import use kindling-deck's layout") {
    TemporaryDirectory root;
    Workspace workspace(paths_in(root.path()), false);
    DeckDocument* document = workspace.open_file(write_deck_file(root.path() / "a.yaml", test_decks::sample_deck())).document;
    const fs::path csv = root.path() / "a.csv";
    REQUIRE(workspace.export_csv(*document, csv));
    CHECK(read_text_file(csv) == deck_to_csv(test_decks::sample_deck()));

    const std::size_t before = document->deck().cards.size();
    REQUIRE(write_file_atomically(csv, "kind,text,level\ndare,\"Wink, slowly\",2\nquestion,What made you laugh today?,1\n"));
    const DeckReadResult imported = workspace.import_csv(*document, csv);
    CHECK(imported.error_count() == 0);
    REQUIRE(document->deck().cards.size() == before + 2);
    CHECK(document->deck().cards[before].text == "Wink, slowly");
    CHECK(document->deck().cards[before].theme == "play");
    CHECK(document->history().undo_description() == "Import 2 cards from a.csv");

    REQUIRE(write_file_atomically(csv, "kind,text,level\ndare,Fine,2\nquestoin,Typo kind,1\n"));
    const DeckReadResult rejected = workspace.import_csv(*document, csv);
    REQUIRE(rejected.error_count() == 1);
    CHECK(rejected.diagnostics.front().position.line == 3);
    CHECK(document->deck().cards.size() == before + 2);  // nothing imported from a bad file
}

TEST_CASE("A plain-text list becomes a new deck in the user's decks, a list with errors opens nothing") {
    TemporaryDirectory root;
    Workspace workspace(paths_in(root.path()), false);
    const fs::path list = root.path() / "notes" / "Our wedding.txt";
    fs::create_directories(list.parent_path());
    REQUIRE(write_file_atomically(list, "# Play\nWink at me across the room.\n3: What do you hope we never lose?\n"));
    DeckReadResult result;
    const OpenResult opened = workspace.import_text(list, result);
    REQUIRE(opened.document);
    CHECK(result.ok());
    CHECK(opened.document->origin() == DocumentOrigin::new_deck);
    CHECK(opened.document->path() == paths_in(root.path()).user_decks / "our-wedding.yaml");
    CHECK(opened.document->deck().title == "Our wedding");
    REQUIRE(opened.document->deck().cards.size() == 2);
    CHECK(opened.document->deck().cards[0].theme == "play");
    CHECK(opened.document->deck().cards[1].level == 3);
    CHECK_FALSE(fs::exists(opened.document->path()));  // saved only when the author saves

    // The deck code follows the document, unsaved edits included, and undo brings it back.
    const std::string code = opened.document->code();
    CHECK(code == deck_code(opened.document->deck()));
    Card changed = opened.document->deck().cards[0];
    changed.text = "Wink at me twice across the room.";
    REQUIRE(opened.document->execute(edit_card(opened.document->cards(), opened.document->cards().key(0), changed, "Edit text")));
    CHECK(opened.document->code() != code);
    REQUIRE(opened.document->undo());
    CHECK(opened.document->code() == code);

    REQUIRE(write_file_atomically(list, "A fine card\n7: Too deep\n"));
    const std::size_t open_before = workspace.documents().size();
    DeckReadResult broken;
    CHECK(workspace.import_text(list, broken).document == nullptr);
    REQUIRE(broken.error_count() == 1);
    CHECK(broken.diagnostics.front().position == SourcePosition{2, 1});
    CHECK(workspace.documents().size() == open_before);
}

TEST_CASE("Large decks are validated in the background and the report catches up") {
    TemporaryDirectory root;
    Workspace workspace(paths_in(root.path()), false);
    kindling::testing::DeckShape shape;
    shape.cards = Workspace::background_validation_cards + 500;
    shape.tricky_text = false;
    Deck big = kindling::testing::random_deck(7, shape);
    DeckDocument* document = workspace.open_file(write_deck_file(root.path() / "big.yaml", big)).document;
    REQUIRE(document);
    Card blank = document->deck().cards[1234];
    blank.text = " ";
    const CardKey key = document->cards().key(1234);
    REQUIRE(document->execute(edit_card(document->cards(), key, blank, "Edit text")));

    // Poll like the editor's frames do, until the worker is done (bounded, not timed).
    for (int frame = 0; frame < 6000 && workspace.validating(*document); ++frame) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    REQUIRE_FALSE(workspace.validating(*document));
    const auto problems = workspace.report(*document).for_card(key, "text");
    REQUIRE_FALSE(problems.empty());
    CHECK(problems.front()->message.find("blank") != std::string::npos);
    CHECK(problems.front()->card_number == 1235);
}

TEST_CASE("Opening a named pipe, a socket, a folder or a symlink loop says what it is and blocks nothing") {
    TemporaryDirectory root;
    Workspace workspace(paths_in(root.path()), false);
    for (const auto& special : kindling::testing::make_special_paths(root.path())) {
        INFO(special.kind);
        const OpenResult opened = workspace.open_file(special.path);
        CHECK(opened.document == nullptr);
        CHECK(opened.message.find(special.expected_words) != std::string::npos);
    }
    CHECK(workspace.documents().empty());
}

TEST_CASE("A file with a syntax error opens as its text with the located error first, never as guessed fields") {
    TemporaryDirectory root;
    Workspace workspace(paths_in(root.path()), false);
    const fs::path file = root.path() / "bad-indent.yaml";
    const std::string bytes =
        "kindling_deck: 1\n"
        "id: bad-indent\n"
        "title: Bad indent\n"
        "cards:\n"
        "  - id: one\n"
        "    kind: questoin\n"
        "    text: \"First\"\n"
        "  - id: two\n"
        "      kind: gesture\n"  // line 9: indented deeper than its card
        "    text: \"Second\"\n";
    REQUIRE(write_file_atomically(file, bytes));
    DeckDocument* document = workspace.open_file(file).document;
    REQUIRE(document);

    CHECK(document->unreadable());
    CHECK(document->read_only());
    CHECK(document->unreadable_text() == bytes);
    // Nothing is taken from the part before the error: not the id and title, not a card whose
    // misspelt kind would have become a question.
    CHECK(document->deck() == Deck{});
    REQUIRE_FALSE(document->load_diagnostics().empty());
    CHECK(document->load_diagnostics().front().position.line == 9);
    const ValidationReport& report = workspace.report(*document);
    REQUIRE_FALSE(report.diagnostics.empty());
    CHECK(report.diagnostics.front().message.starts_with(file.string() + ":9:"));
    CHECK(report.diagnostics.size() == document->load_diagnostics().size());

    // It is never written, not even as a copy, and the file stays as it was.
    DeckInfo titled = info_of(document->deck());
    titled.title = "Guessed";
    CHECK_FALSE(document->execute(edit_deck_info(document->cards(), titled, "Edit deck title")));
    CHECK_FALSE(save_document(*document).ok());
    SaveRequest copy;
    copy.path = root.path() / "copy.yaml";
    CHECK_FALSE(save_document(*document, copy).ok());
    CHECK_FALSE(fs::exists(copy.path));
    CHECK(read_text_file(file) == bytes);

    // Fixed in a text editor and reloaded, it opens as a deck.
    std::string fixed = bytes;
    fixed.replace(fixed.find("      kind: gesture"), 19, "    kind: gesture");
    REQUIRE(write_file_atomically(file, fixed));
    std::string error;
    REQUIRE(document->reload(error));
    CHECK_FALSE(document->unreadable());
    CHECK_FALSE(document->read_only());
    CHECK(document->deck().title == "Bad indent");
    CHECK(document->deck().cards.size() == 2);
}

TEST_CASE("Save As of a deck file makes a second deck with its own id and title") {
    TemporaryDirectory root;
    Workspace workspace(paths_in(root.path()), false);
    const fs::path original = write_deck_file(root.path() / "sample.yaml", test_decks::sample_deck());
    const std::string original_bytes = read_text_file(original);
    DeckDocument* document = workspace.open_file(original).document;
    REQUIRE(document);

    SaveRequest request;
    request.path = root.path() / "Party Night.yaml";
    const SaveOutcome saved = workspace.save(*document, request);
    REQUIRE(saved.ok());
    CHECK(saved.message.find("party-night") != std::string::npos);
    const DeckReadResult copy = read_deck_file(request.path);
    CHECK(copy.deck.id == "party-night");
    CHECK(copy.deck.title == "Sample (copy)");
    CHECK(read_text_file(original) == original_bytes);

    // Saving the copy again under its own name keeps what it has.
    REQUIRE(workspace.save(*document).ok());
    CHECK(read_deck_file(request.path).deck.title == "Sample (copy)");
}

TEST_CASE("The library counts an open deck's cards as they are now, not as they were saved") {
    TemporaryDirectory root;
    Workspace workspace(paths_in(root.path()), false);
    const fs::path file = write_deck_file(workspace.paths().user_decks / "sample.yaml", test_decks::sample_deck());
    workspace.refresh_library();
    REQUIRE(workspace.library().user_decks.size() == 1);
    const LibraryEntry& entry = workspace.library().user_decks.front();
    CHECK(workspace.card_count(entry) == 5);
    DeckDocument* document = workspace.open_file(file).document;
    REQUIRE(document);
    REQUIRE(document->execute(delete_cards(document->cards(), {document->cards().key(0)})));
    CHECK(workspace.card_count(entry) == 4);
}
