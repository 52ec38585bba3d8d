// The deck catalogue every program reads decks through: which files a path names, what is read
// from them, and what a night may be dealt from (core/deck/deck_catalogue.hpp).
#include "core/deck/deck_catalogue.hpp"
#include "support/fixtures.hpp"
#include "support/special_files.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>

using namespace kindling;
using namespace kindling::testing;

namespace {

namespace fs = std::filesystem;

void write(const fs::path& path, const std::string& text) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
}

std::string one_card_deck(const std::string& id, const std::string& title) {
    return "kindling_deck: 1\nid: " + id + "\ntitle: " + title +
           "\ncards:\n  - id: first\n    kind: question\n    text: What made you smile this week?\n";
}

std::vector<std::string> messages(const std::vector<Diagnostic>& problems) {
    std::vector<std::string> texts;
    for (const Diagnostic& problem : problems) texts.push_back(format_diagnostic(problem));
    return texts;
}

bool any_contains(const std::vector<std::string>& texts, const std::string& part) {
    return std::any_of(texts.begin(), texts.end(), [&](const std::string& text) { return text.find(part) != std::string::npos; });
}

}  // namespace

TEST_CASE("A folder names its deck files in subfolders too, sorted by path, other files are not decks") {
    TemporaryDirectory folder;
    write(folder.path() / "b.yaml", one_card_deck("bee", "Bee"));
    write(folder.path() / "a" / "inner.yml", one_card_deck("inner", "Inner"));
    write(folder.path() / "notes.txt", "not a deck");
    const DeckPathContents contents = read_deck_path(folder.path(), catalogue_read_options());
    CHECK_FALSE(contents.missing);
    REQUIRE(contents.files.size() == 2);
    CHECK(contents.files[0].path == folder.path() / "a" / "inner.yml");
    CHECK(contents.files[0].read.ok());
    CHECK(contents.files[0].read.deck.deck.id == "inner");
    CHECK(contents.files[1].read.deck.deck.title == "Bee");
}

TEST_CASE("A path with nothing there is missing, an empty folder is not, and names no files") {
    TemporaryDirectory folder;
    const DeckPathContents absent = read_deck_path(folder.path() / "absent.yaml", {});
    CHECK(absent.missing);
    CHECK(absent.files.empty());
    CHECK(format_diagnostic(missing_path_diagnostic((folder.path() / "absent.yaml").string()))
              .ends_with("absent.yaml: error: no such file or folder"));

    const DeckPathContents empty = read_deck_path(folder.path(), {});
    CHECK_FALSE(empty.missing);
    CHECK(empty.files.empty());
    CHECK(format_diagnostic(empty_folder_diagnostic(folder.path().string())).find("warning: no deck files") != std::string::npos);
}

TEST_CASE("A translation file is read as a translation, not as a deck") {
    TemporaryDirectory folder;
    write(folder.path() / "ours.de.yaml",
          "kindling_deck: 1\nid: ours-de\ntranslation_of: ours\nlanguage: de\ncards:\n  - id: first\n    text: Was hat dich diese Woche zum Lächeln gebracht?\n");
    const DeckPathContents contents = read_deck_path(folder.path() / "ours.de.yaml", {});
    REQUIRE(contents.files.size() == 1);
    CHECK(contents.files[0].read.is_translation);
    CHECK(contents.files[0].read.translation.translation.translation_of == "ours");
}

TEST_CASE("Named pipes, sockets and symlink loops under a deck path are refused with their path, never blocking the other files") {
    TemporaryDirectory folder;
    const auto specials = make_special_paths(folder.path(), "odd");
    write(folder.path() / "ours.yaml", one_card_deck("ours", "Ours"));
    const DeckPathContents contents = read_deck_path(folder.path(), catalogue_read_options());
    const auto ours = std::find_if(contents.files.begin(), contents.files.end(),
                                   [&](const FoundDeckFile& file) { return file.path == folder.path() / "ours.yaml"; });
    REQUIRE(ours != contents.files.end());
    CHECK(ours->read.ok());
    for (const SpecialPath& special : specials) {
        if (special.kind == "folder") continue;  // searched for decks, not read
        INFO(special.kind);
        const auto found = std::find_if(contents.files.begin(), contents.files.end(),
                                        [&](const FoundDeckFile& file) { return file.path == special.path; });
        REQUIRE(found != contents.files.end());
        CHECK_FALSE(found->read.ok());
        CHECK(any_contains(messages(found->read.diagnostics()), special.expected_words));
    }
}

TEST_CASE("The catalogue deals from the user's folder and extra paths, a second copy of an id and a missing path are problems") {
    TemporaryDirectory folder;
    write(folder.path() / "mine" / "ours.yaml", one_card_deck("ours", "Ours"));
    write(folder.path() / "extra" / "theirs.yaml", one_card_deck("theirs", "Theirs"));
    write(folder.path() / "extra" / "ours-again.yaml", one_card_deck("ours", "Ours again"));
    const DeckCatalogue catalogue = load_deck_catalogue({folder.path() / "extra", folder.path() / "nowhere"}, false,
                                                        folder.path() / "mine");
    REQUIRE(catalogue.decks.size() == 2);
    CHECK(catalogue.decks[0].id == "ours");
    CHECK(catalogue.find("ours")->title == "Ours");  // the first copy stays
    CHECK(catalogue.find("theirs") != nullptr);
    CHECK(catalogue.builtin_decks == 0);
    CHECK(catalogue.rejected_files == 2);
    const auto texts = messages(catalogue.problems);
    CHECK(any_contains(texts, "ours-again.yaml: error: a deck with the id \"ours\" is already loaded"));
    CHECK(any_contains(texts, "nowhere: error: no such file or folder"));
    CHECK(catalogue.as_written == catalogue.decks);
}

TEST_CASE("The catalogue shows a deck in the players' language when a translation fits, falling back from region to language") {
    TemporaryDirectory folder;
    write(folder.path() / "ours.yaml", one_card_deck("ours", "Ours"));
    write(folder.path() / "ours.de.yaml",
          "kindling_deck: 1\nid: ours-de\ntranslation_of: ours\nlanguage: de\ntitle: Unseres\ncards:\n"
          "  - id: first\n    text: Was hat dich diese Woche zum Lächeln gebracht?\n");
    DeckCatalogue catalogue = load_deck_catalogue({}, false, folder.path());
    REQUIRE(catalogue.problems.empty());
    REQUIRE(catalogue.decks.size() == 1);  // the translation is not a deck of its own
    REQUIRE(catalogue.translations.size() == 1);

    catalogue.show_in_language("de-AT");
    CHECK(catalogue.language == "de-AT");
    CHECK(catalogue.find("ours")->title == "Unseres");
    CHECK(catalogue.find("ours")->cards.at(0).id == "first");
    CHECK(catalogue.as_written.at(0).title == "Ours");

    catalogue.show_in_language("en");
    CHECK(catalogue.find("ours")->title == "Ours");
}

TEST_CASE("A built-in deck whose data-folder file is broken is replaced by the copy built into the program") {
    const std::vector<EmbeddedFile> embedded{{"ours.yaml", "kindling_deck: 1\nid: ours\ntitle: Ours\ncards:\n  - kind: question\n    text: Who do you miss?\n"}};
    DeckCatalogue catalogue;
    add_builtin_decks(catalogue, {DeckSource{"/data/decks/ours.yaml", "kindling_deck: 1\nid: [", false}}, embedded);
    REQUIRE(catalogue.decks.size() == 1);
    CHECK(catalogue.builtin_decks == 1);
    CHECK(catalogue.replaced_builtin_files == std::vector<std::string>{"/data/decks/ours.yaml"});
    CHECK_FALSE(catalogue.problems.empty());  // the broken file is still reported
    CHECK(catalogue.find("ours")->cards.at(0).text == "Who do you miss?");
}
