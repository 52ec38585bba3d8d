// Saving never loses work: every failing step leaves exactly the old or the new file, the
// document stays unsaved and the message says what and where.
#include "editor_test_decks.hpp"

#include "model/card_edits.hpp"
#include "model/deck_validation.hpp"
#include "model/document_saver.hpp"

#include "core/deck/deck_reader.hpp"
#include "core/deck/deck_writer.hpp"
#include "support/failing_file_calls.hpp"
#include "support/fixtures.hpp"
#include "support/run_command.hpp"

#include <catch2/catch.hpp>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

using namespace kindling;
using namespace kindling::editor;
using kindling::testing::read_text_file;
using kindling::testing::TemporaryDirectory;
namespace fs = std::filesystem;

namespace {

using Step = kindling::testing::FileStep;
using FailingCalls = kindling::testing::FailingFileCalls;
constexpr auto step_name = kindling::testing::file_step_name;

DeckDocument open_document(const fs::path& path) {
    std::string error;
    auto document = DeckDocument::open_file(path, error);
    REQUIRE(document);
    return std::move(*document);
}

void change_something(DeckDocument& document) {
    Card card = document.deck().cards[0];
    card.text = "Whistle a tune from when we met \xF0\x9F\x8E\xB6";
    REQUIRE(document.execute(edit_card(document.cards(), document.cards().key(0), card, "Edit text")));
}

std::size_t files_in(const fs::path& folder) {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(folder), fs::directory_iterator()));
}

}  // namespace

TEST_CASE("Saving writes the canonical deck, which reads back as the edited deck") {
    TemporaryDirectory folder;
    const fs::path file = folder.path() / "sample.yaml";
    REQUIRE(write_file_atomically(file, write_deck(test_decks::sample_deck())));
    DeckDocument document = open_document(file);
    change_something(document);

    const SaveOutcome outcome = save_document(document);
    REQUIRE(outcome.ok());
    CHECK(outcome.message == "Saved " + file.string());
    CHECK_FALSE(document.has_unsaved_changes());
    const DeckReadResult reread = read_deck_file(file);
    CHECK(reread.ok());
    CHECK(reread.deck == document.deck());
}

TEST_CASE("A failure at any step of saving keeps the old or the new file whole and the document unsaved") {
    const Step step = GENERATE(Step::open, Step::write, Step::sync, Step::close, Step::rename, Step::sync_directory);
    const int error = GENERATE(ENOSPC, EIO, EROFS);
    INFO(step_name(step) << " fails with " << std::strerror(error));

    TemporaryDirectory folder;
    const fs::path file = folder.path() / "sample.yaml";
    const std::string old_bytes = write_deck(test_decks::sample_deck());
    REQUIRE(write_file_atomically(file, old_bytes));
    DeckDocument document = open_document(file);
    change_something(document);
    const std::string new_bytes = document_bytes(document);

    FailingCalls calls(step, error);
    const SaveOutcome outcome = save_document(document, {}, calls);
    CHECK(outcome.status == SaveStatus::failed);
    CHECK(document.has_unsaved_changes());
    CHECK(outcome.message.find(folder.path().string()) != std::string::npos);  // says where
    CHECK(outcome.message.find(std::strerror(error)) != std::string::npos);    // and what
    CHECK(outcome.message.find("Save As") != std::string::npos);               // and what to do

    const std::string on_disk = read_text_file(file);
    CHECK((on_disk == old_bytes || on_disk == new_bytes));
    if (step == Step::sync_directory) {
        CHECK(on_disk == new_bytes);  // renamed already; only durability is in doubt
    } else {
        CHECK(on_disk == old_bytes);
    }
    // No temporary file is left behind (the first backup may exist after the rename step).
    for (const auto& entry : fs::directory_iterator(folder.path())) {
        CHECK(entry.path().filename().string().find(".tmp-") == std::string::npos);
    }

    // The next save with working calls succeeds without a false "changed on disk" alarm.
    const SaveOutcome retry = save_document(document);
    CHECK(retry.ok());
    CHECK(read_text_file(file) == new_bytes);
    CHECK_FALSE(document.has_unsaved_changes());
}

TEST_CASE("Saving keeps the last three versions as backups") {
    TemporaryDirectory folder;
    const fs::path file = folder.path() / "sample.yaml";
    REQUIRE(write_file_atomically(file, write_deck(test_decks::sample_deck())));
    DeckDocument document = open_document(file);
    std::vector<std::string> versions{read_text_file(file)};
    for (int level : {2, 3, 1, 2, 3}) {
        REQUIRE(document.execute(set_level(document.cards(), {document.cards().key(0)}, level)));
        REQUIRE(save_document(document).ok());
        versions.push_back(read_text_file(file));
    }
    CHECK(read_text_file(file) == versions[5]);
    CHECK(read_text_file(file.string() + "~1") == versions[4]);
    CHECK(read_text_file(file.string() + "~2") == versions[3]);
    CHECK(read_text_file(file.string() + "~3") == versions[2]);
    CHECK_FALSE(fs::exists(file.string() + "~4"));
    CHECK(files_in(folder.path()) == 4);
}

TEST_CASE("Saving keeps the file's permissions and writes through a symlink") {
    TemporaryDirectory folder;
    const fs::path real = folder.path() / "real.yaml";
    const fs::path link = folder.path() / "link.yaml";
    REQUIRE(write_file_atomically(real, write_deck(test_decks::sample_deck())));
    REQUIRE(::chmod(real.c_str(), 0600) == 0);
    fs::create_symlink("real.yaml", link);

    DeckDocument document = open_document(link);
    change_something(document);
    REQUIRE(save_document(document).ok());
    CHECK(fs::is_symlink(link));
    CHECK(read_text_file(real) == document_bytes(document));
    struct stat info {};
    REQUIRE(::stat(real.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
}

TEST_CASE("A deck changed by another program is not overwritten without asking") {
    TemporaryDirectory folder;
    const fs::path file = folder.path() / "sample.yaml";
    REQUIRE(write_file_atomically(file, write_deck(test_decks::sample_deck())));
    DeckDocument document = open_document(file);
    change_something(document);

    Deck theirs = test_decks::sample_deck();
    theirs.title = "Changed elsewhere";
    const std::string their_bytes = write_deck(theirs);
    REQUIRE(write_file_atomically(file, their_bytes));

    SaveOutcome outcome = save_document(document);
    CHECK(outcome.status == SaveStatus::changed_on_disk);
    CHECK(outcome.message.find("changed by another program") != std::string::npos);
    CHECK(read_text_file(file) == their_bytes);
    CHECK(document.has_unsaved_changes());

    SECTION("overwrite") {
        SaveRequest request;
        request.overwrite_changes_on_disk = true;
        REQUIRE(save_document(document, request).ok());
        CHECK(read_text_file(file) == document_bytes(document));
    }
    SECTION("save as") {
        SaveRequest request;
        request.path = folder.path() / "mine.yaml";
        REQUIRE(save_document(document, request).ok());
        CHECK(read_text_file(file) == their_bytes);
        CHECK(document.path() == request.path);
    }
    SECTION("reload, which undo can take back") {
        std::string error;
        REQUIRE(document.reload(error));
        CHECK(document.deck().title == "Changed elsewhere");
        CHECK_FALSE(document.has_unsaved_changes());
        REQUIRE(save_document(document).ok());  // no longer a conflict
        document.undo();
        CHECK(document.deck().title == "Sample");
        CHECK(document.has_unsaved_changes());
    }
    SECTION("deleted") {
        fs::remove(file);
        outcome = save_document(document);
        CHECK(outcome.status == SaveStatus::changed_on_disk);
        CHECK(outcome.message.find("deleted") != std::string::npos);
    }
}

TEST_CASE("A file touched without changes is not a conflict") {
    TemporaryDirectory folder;
    const fs::path file = folder.path() / "sample.yaml";
    const std::string bytes = write_deck(test_decks::sample_deck());
    REQUIRE(write_file_atomically(file, bytes));
    DeckDocument document = open_document(file);
    change_something(document);
    REQUIRE(write_file_atomically(file, bytes));  // rewritten with the same contents
    CHECK(save_document(document).ok());
}

TEST_CASE("Overwriting a file with comments asks first, a file with a syntax error is never overwritten") {
    TemporaryDirectory folder;
    const fs::path file = folder.path() / "commented.yaml";
    const std::string original = "# my notes\n" + write_deck(test_decks::sample_deck());
    REQUIRE(write_file_atomically(file, original));
    DeckDocument document = open_document(file);
    REQUIRE(document.overwrite_warnings().size() == 1);
    change_something(document);

    const SaveOutcome outcome = save_document(document);
    CHECK(outcome.status == SaveStatus::needs_confirmation);
    CHECK(outcome.message.find("comments") != std::string::npos);
    CHECK(read_text_file(file) == original);

    SaveRequest request;
    request.accept_warnings = true;
    REQUIRE(save_document(document, request).ok());
    CHECK(document.overwrite_warnings().empty());

    const fs::path broken = folder.path() / "broken.yaml";
    REQUIRE(write_file_atomically(broken, "kindling_deck: 1\nid: x\ntitle: [unclosed\n"));
    DeckDocument partial = open_document(broken);
    CHECK_FALSE(partial.load_diagnostics().empty());
    // It holds no deck, only the file's text (see workspace_tests.cpp), so there is nothing to save.
    SaveRequest anyway;
    anyway.accept_warnings = true;
    CHECK(save_document(partial, anyway).status == SaveStatus::failed);
    CHECK(read_text_file(broken) == "kindling_deck: 1\nid: x\ntitle: [unclosed\n");
}

TEST_CASE("Built-in and never-saved decks ask where to save") {
    DeckDocument built_in(test_decks::sample_deck(), DocumentOrigin::built_in, "built-in:sample.yaml");
    CHECK(save_document(built_in).status == SaveStatus::needs_path);
    DeckDocument untitled(test_decks::sample_deck(), DocumentOrigin::new_deck);
    CHECK(save_document(untitled).status == SaveStatus::needs_path);

    TemporaryDirectory folder;
    SaveRequest request;
    request.path = folder.path() / "copy.yaml";
    REQUIRE(save_document(built_in, request).ok());
    CHECK_FALSE(built_in.read_only());
    CHECK(read_deck_file(request.path).deck == test_decks::sample_deck());
}

TEST_CASE("A new deck is created in a folder that does not exist yet") {
    TemporaryDirectory folder;
    const fs::path file = folder.path() / "kindling" / "decks" / "new.yaml";
    DeckDocument document(test_decks::sample_deck(), DocumentOrigin::new_deck, file);
    REQUIRE(save_document(document).ok());
    CHECK(fs::exists(file));
    CHECK_FALSE(document.has_unsaved_changes());
}

TEST_CASE("unused_deck_path never proposes an existing file") {
    TemporaryDirectory folder;
    CHECK(unused_deck_path(folder.path(), "party") == folder.path() / "party.yaml");
    REQUIRE(write_file_atomically(folder.path() / "party.yaml", "x"));
    REQUIRE(write_file_atomically(folder.path() / "party-2.yaml", "x"));
    CHECK(unused_deck_path(folder.path(), "party") == folder.path() / "party-3.yaml");
}

TEST_CASE("A translation opens with its cards and saves as the same translation, edits kept") {
    TemporaryDirectory folder;
    const fs::path file = folder.path() / "closeness-ladder.de.yaml";
    const std::string original = read_text_file(kindling::testing::data_directory() / "decks" / "closeness-ladder.de.yaml");
    REQUIRE(write_file_atomically(file, original));
    DeckDocument document = open_document(file);
    REQUIRE(document.translation());
    CHECK(document.translation()->translation_of == "closeness-ladder");
    CHECK(document.load_diagnostics().empty());
    CHECK(document.display_name() == "Die Nähe-Leiter (translation of closeness-ladder, de)");
    REQUIRE(document.deck().cards.size() == 36);
    CHECK(document.deck().cards[0].id == "ladder-1-01");

    // Saved unchanged, the file stays byte for byte what it was (it is in canonical form).
    CHECK(document_bytes(document) == original);
    change_something(document);
    REQUIRE(save_document(document).ok());
    const std::string saved = read_text_file(file);
    CHECK(saved.find("translation_of: closeness-ladder\nlanguage: de\n") != std::string::npos);
    CHECK(saved.find("kind:") == std::string::npos);
    CHECK(saved.find("Whistle a tune from when we met") != std::string::npos);

    // The live check uses the translation rules: the German file is clean, a blank text is an
    // error on its card.
    const ValidationReport clean = validate_translation(document.cards(), *document.translation());
    CHECK(clean.errors == 0);
    Card blank = document.deck().cards[2];
    blank.text = " ";
    REQUIRE(document.execute(edit_card(document.cards(), document.cards().key(2), blank, "Blank")));
    const ValidationReport report = validate_translation(document.cards(), *document.translation());
    REQUIRE(report.errors == 1);
    CHECK(report.diagnostics[0].card_number == 3);
    CHECK(report.diagnostics[0].field == "text");

    // A broken translation opens too, with located errors.
    const fs::path broken = folder.path() / "broken.yaml";
    REQUIRE(write_file_atomically(broken, "kindling_deck: 1\nid: b-de\ntranslation_of: b\nlanguage: de\ncards:\n  - id: a\n    level: 2\n    text: Hallo\n"));
    DeckDocument opened = open_document(broken);
    REQUIRE(opened.load_diagnostics().size() == 1);
    CHECK(format_diagnostic(opened.load_diagnostics()[0]).starts_with(broken.string() + ":7:5: error: \"level\" cannot be set"));
}

TEST_CASE("What the editor saves is what kindling-deck fmt writes, so fmt --check passes") {
    TemporaryDirectory folder;
    const auto fmt_check = [](const fs::path& file) {
        return kindling::testing::run_command(kindling::testing::shell_quote(KINDLING_DECK_TOOL) + " fmt --check " +
                                              kindling::testing::shell_quote(file.string()));
    };
    SECTION("a new deck") {
        const fs::path file = folder.path() / "new.yaml";
        DeckDocument document(test_decks::sample_deck(), DocumentOrigin::new_deck, file);
        REQUIRE(save_document(document).ok());
        const auto check = fmt_check(file);
        INFO(check.output);
        CHECK(check.exit_code == 0);
    }
    SECTION("a file with and without a schema line, edited") {
        for (const std::string first_line : {"", "# yaml-language-server: $schema=https://example.org/deck.json\n"}) {
            const fs::path file = folder.path() / "edited.yaml";
            REQUIRE(write_file_atomically(file, first_line + write_deck(test_decks::sample_deck(), {.schema_line = ""})));
            DeckDocument document = open_document(file);
            change_something(document);
            REQUIRE(save_document(document).ok());
            CHECK(read_text_file(file).starts_with(first_line + "kindling_deck: 1\n"));
            const auto check = fmt_check(file);
            INFO(check.output);
            CHECK(check.exit_code == 0);
        }
    }
    SECTION("a copy of a built-in deck") {
        DeckDocument built_in(test_decks::sample_deck(), DocumentOrigin::built_in, "built-in:sample.yaml");
        SaveRequest request;
        request.path = folder.path() / "copy.yaml";
        REQUIRE(save_document(built_in, request).ok());
        const auto check = fmt_check(request.path);
        INFO(check.output);
        CHECK(check.exit_code == 0);
    }
}
