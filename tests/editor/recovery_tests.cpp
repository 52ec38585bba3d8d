// Unsaved work survives a crash: recovery files, their discovery after a crash, and the rule
// that they go only when the work is saved or discarded.
#include "editor_test_decks.hpp"

#include "model/card_edits.hpp"
#include "model/deck_json.hpp"
#include "model/recovery_store.hpp"
#include "model/workspace.hpp"

#include "core/deck/deck_writer.hpp"
#include "core/deck/translation_reader.hpp"
#include "support/fixtures.hpp"

#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

using namespace kindling;
using namespace kindling::editor;
using kindling::testing::TemporaryDirectory;
namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

EditorPaths paths_in(const fs::path& root) {
    return {root / "data" / "decks", root / "state", root / "config"};
}

// A session that edits `deck_file`, autosaves and then dies without any cleanup, in a child
// process, exactly like a crash: no destructors run, the kernel drops its lock.
void crash_while_editing(const EditorPaths& paths, const fs::path& deck_file, const std::string& new_text) {
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        int status = 1;
        {
            Workspace workspace(paths, true);
            const OpenResult opened = workspace.open_file(deck_file);
            if (opened.document) {
                DeckDocument& document = *opened.document;
                Card card = document.deck().cards[1];
                card.text = new_text;
                document.execute(edit_card(document.cards(), document.cards().key(1), card, "Edit text"));
                if (workspace.autosave(AutosaveSchedule::Clock::now()).empty()) status = 0;
            }
            ::_exit(status);  // the crash: nothing after this point runs
        }
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);
}

fs::path write_sample(const fs::path& folder) {
    fs::create_directories(folder);
    const fs::path file = folder / "sample.yaml";
    REQUIRE(write_file_atomically(file, write_deck(test_decks::sample_deck())));
    return file;
}

int recovered_level(const fs::path& file) {
    return deck_from_json(nlohmann::json::parse(kindling::testing::read_text_file(file)).at("deck")).cards.at(0).level;
}

std::size_t recovery_files_under(const fs::path& root) {
    std::size_t count = 0;
    std::error_code code;
    for (const auto& entry : fs::recursive_directory_iterator(root, code)) {
        if (entry.path().extension() == ".json") ++count;
    }
    return count;
}

}  // namespace

TEST_CASE("After a crash the next start offers the unsaved work, and recovering keeps it safe") {
    TemporaryDirectory root;
    const EditorPaths paths = paths_in(root.path());
    const fs::path deck_file = write_sample(paths.user_decks);
    const std::string unsaved_text = "Tell me about a smell that takes you home \xF0\x9F\x8F\xA1";
    crash_while_editing(paths, deck_file, unsaved_text);
    CHECK(recovery_files_under(paths.recovery()) == 1);

    Workspace workspace(paths, true);
    REQUIRE(workspace.pending_recovery().size() == 1);
    const RecoveryEntry& entry = workspace.pending_recovery().front();
    CHECK(entry.original_path == deck_file);
    CHECK(entry.deck.cards[1].text == unsaved_text);

    SECTION("recover, then save") {
        const OpenResult recovered = workspace.recover(0);
        REQUIRE(recovered.document);
        DeckDocument& document = *recovered.document;
        CHECK(document.has_unsaved_changes());
        CHECK(document.path() == deck_file);
        CHECK(document.deck().cards[1].text == unsaved_text);
        CHECK(workspace.pending_recovery().empty());
        // The work now lives in this session's folder, not the crashed one.
        CHECK(recovery_files_under(paths.recovery()) == 1);
        CHECK(workspace.recovery()->has_file_for(document));

        REQUIRE(workspace.save(document).ok());
        CHECK_FALSE(workspace.recovery()->has_file_for(document));
        CHECK(recovery_files_under(paths.recovery()) == 0);
        CHECK(read_deck_file(deck_file).deck.cards[1].text == unsaved_text);
    }
    SECTION("discard") {
        std::string error;
        REQUIRE(workspace.discard_recovery(0, error));
        CHECK(recovery_files_under(paths.recovery()) == 0);
        CHECK(read_deck_file(deck_file).deck == test_decks::sample_deck());
    }
    SECTION("decide later: the entry stays for the next start") {
        Workspace next_start(paths, true);
        CHECK(next_start.pending_recovery().size() == 1);
    }
}

TEST_CASE("A running session's recovery files are not offered to another editor") {
    TemporaryDirectory root;
    const EditorPaths paths = paths_in(root.path());
    const fs::path deck_file = write_sample(paths.user_decks);
    Workspace first(paths, true);
    DeckDocument& document = *first.open_file(deck_file).document;
    REQUIRE(document.execute(set_level(document.cards(), {document.cards().key(0)}, 3)));
    REQUIRE(first.autosave(AutosaveSchedule::Clock::now()).empty());
    REQUIRE(first.recovery()->has_file_for(document));

    Workspace second(paths, true);
    CHECK(second.pending_recovery().empty());
}

TEST_CASE("Recovery files are written at most every 30 seconds and removed only on save or discard") {
    TemporaryDirectory root;
    const EditorPaths paths = paths_in(root.path());
    const fs::path deck_file = write_sample(paths.user_decks);
    Workspace workspace(paths, true);
    DeckDocument& document = *workspace.open_file(deck_file).document;
    RecoveryStore& store = *workspace.recovery();
    const auto start = AutosaveSchedule::Clock::now();
    const CardKey key = document.cards().key(0);

    workspace.autosave(start);
    CHECK_FALSE(store.has_file_for(document));  // nothing unsaved, nothing written

    document.execute(set_level(document.cards(), {key}, 2));
    workspace.autosave(start);
    REQUIRE(store.has_file_for(document));
    const fs::path file = store.session_folder() / document.recovery_name();

    document.execute(set_level(document.cards(), {key}, 3));
    workspace.autosave(start + 10s);
    CHECK(recovered_level(file) == 2);  // too soon: not rewritten
    workspace.autosave(start + 30s);
    CHECK(recovered_level(file) == 3);

    // Undoing back to the saved text is neither a save nor a discard: the file stays.
    document.undo();
    document.undo();
    CHECK_FALSE(document.has_unsaved_changes());
    workspace.autosave(start + 60s);
    CHECK(store.has_file_for(document));

    SECTION("closing with discard removes it") {
        document.execute(set_level(document.cards(), {key}, 2));
        CHECK_FALSE(workspace.close(document));  // unsaved: refuses
        CHECK(fs::exists(file));
        CHECK(workspace.close(document, true));
        CHECK_FALSE(fs::exists(file));
    }
    SECTION("saving removes it") {
        document.execute(set_level(document.cards(), {key}, 2));
        REQUIRE(workspace.save(document).ok());
        CHECK_FALSE(fs::exists(file));
    }
}

TEST_CASE("A failed save keeps the recovery file") {
    TemporaryDirectory root;
    const EditorPaths paths = paths_in(root.path());
    const fs::path deck_file = write_sample(paths.user_decks);
    Workspace workspace(paths, true);
    DeckDocument& document = *workspace.open_file(deck_file).document;
    document.execute(set_level(document.cards(), {document.cards().key(0)}, 2));
    workspace.autosave(AutosaveSchedule::Clock::now());
    REQUIRE(workspace.recovery()->has_file_for(document));

    fs::remove(deck_file);
    fs::create_directory(deck_file);  // a folder where the file was: the save must fail
    SaveRequest request;
    request.overwrite_changes_on_disk = true;
    CHECK_FALSE(workspace.save(document, request).ok());
    CHECK(workspace.recovery()->has_file_for(document));
    CHECK(document.has_unsaved_changes());
}

TEST_CASE("Recovery files keep values the deck format would reject") {
    Deck deck = test_decks::sample_deck();
    deck.cards[0].level = 7;
    deck.cards[1].text = "";
    deck.cards[2].note = std::string("bytes \xFF\xFE kept");
    deck.cards[3].timer_seconds = 90;
    deck.purpose = DeckPurpose::follow_up;
    CHECK(deck_from_json(nlohmann::json::parse(deck_to_json(deck).dump())) == deck);
}

TEST_CASE("A recovery entry that matches the file on disk is not offered") {
    TemporaryDirectory root;
    const EditorPaths paths = paths_in(root.path());
    const fs::path deck_file = write_sample(paths.user_decks);
    // The crashed session's unsaved text was saved by the user some other way meanwhile.
    crash_while_editing(paths, deck_file, "Same text");
    Deck saved = test_decks::sample_deck();
    saved.cards[1].text = "Same text";
    REQUIRE(write_file_atomically(deck_file, write_deck(saved)));

    Workspace workspace(paths, true);
    CHECK(workspace.pending_recovery().empty());
    CHECK(recovery_files_under(paths.recovery()) == 0);
}

TEST_CASE("Unsaved work on a translation comes back as a translation after a crash") {
    TemporaryDirectory root;
    const EditorPaths paths = paths_in(root.path());
    fs::create_directories(paths.user_decks);
    const fs::path file = paths.user_decks / "closeness-ladder.de.yaml";
    REQUIRE(write_file_atomically(
        file, kindling::testing::read_text_file(kindling::testing::data_directory() / "decks" / "closeness-ladder.de.yaml")));
    crash_while_editing(paths, file, "Was hörst du gerade am liebsten?");

    Workspace workspace(paths, true);
    REQUIRE(workspace.pending_recovery().size() == 1);
    const OpenResult recovered = workspace.recover(0);
    REQUIRE(recovered.document);
    REQUIRE(recovered.document->translation());
    REQUIRE(workspace.save(*recovered.document).ok());
    const DeckFileRead saved = read_deck_or_translation_file(file);
    REQUIRE(saved.is_translation);
    CHECK(saved.ok());
    CHECK(saved.translation.translation.translation_of == "closeness-ladder");
    CHECK(saved.translation.translation.mode);
    CHECK(saved.translation.translation.cards.at(1).text == "Was hörst du gerade am liebsten?");
}
