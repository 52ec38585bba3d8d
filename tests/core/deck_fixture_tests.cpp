// Every problematic deck in tests/fixtures/decks/invalid is paired with the exact diagnostics it
// must produce (NAME.expected); every deck in valid/ must read without any diagnostic. Translation
// files (a `translation_of:` line) are read as translations, on their own.
#include "core/deck/translation_reader.hpp"
#include "core/format/ui_strings.hpp"
#include "support/fixtures.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>

using namespace kindling;
using kindling::testing::fixtures_directory;
using kindling::testing::read_text_file;

namespace {

std::string diagnostics_text(const DeckFileRead& result) {
    std::string text;
    for (const Diagnostic& diagnostic : result.diagnostics()) text += format_diagnostic(diagnostic) + "\n";
    return text;
}

}  // namespace

TEST_CASE("Each invalid fixture deck produces exactly its expected diagnostics") {
    const auto directory = fixtures_directory() / "decks" / "invalid";
    const auto decks = kindling::testing::files_with_extension(directory, ".yaml");
    REQUIRE(decks.size() >= 20);
    // KINDLING_WRITE_EXPECTED=1 writes missing .expected files for review (never in CI).
    const bool write_missing = std::getenv("KINDLING_WRITE_EXPECTED") != nullptr;
    for (const auto& path : decks) {
        const std::string name = path.filename().string();
        const DeckFileRead result = read_deck_or_translation(read_text_file(path), name);
        const auto expected_path = std::filesystem::path(path).replace_extension(".expected");
        if (write_missing && !std::filesystem::exists(expected_path)) {
            std::ofstream(expected_path, std::ios::binary) << diagnostics_text(result);
        }
        INFO("fixture " << name);
        const std::string expected = read_text_file(expected_path);
        CHECK(diagnostics_text(result) == expected);
        // Fixtures whose problems are only warnings still give a playable deck.
        CHECK(result.ok() == (expected.find(": error: ") == std::string::npos));
    }
}

TEST_CASE("Every problem an invalid fixture deck gets is coded, with words in English and German") {
    const UiStrings english = load_ui_strings("en").strings;
    const UiStrings german = load_ui_strings("de").strings;
    const auto decks = kindling::testing::files_with_extension(fixtures_directory() / "decks" / "invalid", ".yaml");
    for (const auto& path : decks) {
        const std::string name = path.filename().string();
        const DeckFileRead result = read_deck_or_translation(read_text_file(path), name);
        for (const Diagnostic& diagnostic : result.diagnostics()) {
            INFO("fixture " << name << ": " << diagnostic.message);
            REQUIRE_FALSE(diagnostic.code.empty());
            CHECK(english.has(diagnostic.code));
            CHECK(german.has(diagnostic.code));
            CHECK(diagnostic_words(diagnostic, english) == diagnostic.message);
            CHECK(diagnostic_words(diagnostic, german) != diagnostic.message);
        }
    }
}

TEST_CASE("Each valid fixture deck reads without diagnostics") {
    const auto decks = kindling::testing::files_with_extension(fixtures_directory() / "decks" / "valid", ".yaml");
    REQUIRE(!decks.empty());
    for (const auto& path : decks) {
        INFO("fixture " << path.filename().string());
        const DeckFileRead result = read_deck_or_translation(read_text_file(path), path.filename().string());
        CHECK(diagnostics_text(result).empty());
        CHECK(result.ok());
    }
}
