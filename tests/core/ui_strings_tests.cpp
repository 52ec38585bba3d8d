// The game's words: string files read with located errors, placeholders, plurals, English as
// the fallback, and every built-in language complete.
#include "core/format/data_paths.hpp"
#include "core/format/ui_strings.hpp"
#include "support/fixtures.hpp"

#include <catch2/catch.hpp>

#include <regex>

using namespace kindling;

namespace {

std::string messages(const std::vector<Diagnostic>& diagnostics) {
    std::string text;
    for (const auto& d : diagnostics) text += format_diagnostic(d) + "\n";
    return text;
}

StringFile read_ok(std::string_view text) {
    StringFileReadResult result = read_string_file(text, "test.yaml");
    INFO(messages(result.diagnostics));
    REQUIRE(result.diagnostics.empty());
    REQUIRE(result.file);
    return std::move(*result.file);
}

StringFile builtin(std::string_view language) {
    const auto source = builtin_data_file("strings", std::string(language) + ".yaml");
    REQUIRE(source);
    return read_ok(source->bytes);
}

}  // namespace

TEST_CASE("Nested keys become dotted keys") {
    const StringFile file = read_ok(
        "kindling_strings: 1\nlanguage: en\nname: English\nstrings:\n  title:\n    start: Start a night\n"
        "    resume:\n      one: \"{count} card\"\n  plain: Hello\n");
    CHECK(file.language == "en");
    CHECK(file.name == "English");
    CHECK(file.texts.at("title.start") == "Start a night");
    CHECK(file.texts.at("title.resume.one") == "{count} card");
    CHECK(file.texts.at("plain") == "Hello");
    CHECK(file.positions.at("title.start") == SourcePosition{6, 12});
}

TEST_CASE("Problems in a string file are located") {
    const auto result = read_string_file(
        "kindling_strings: 1\nlanguage: \"english!\"\nname: English\nstrings:\n  Title: Hi\n  list: [a, b]\n"
        "  fine: Yes\nextra: 1\n",
        "en.yaml");
    CHECK(messages(result.diagnostics) ==
          "en.yaml:8:1: warning: unknown field \"extra\" in a string file; known fields are \"kindling_strings\", "
          "\"language\", \"name\" or \"strings\"\n"
          "en.yaml:2:11: error: \"language\" must be a language tag like \"en\" or \"de\", not \"english!\"\n"
          "en.yaml:5:3: error: \"Title\" is not a string key; use lowercase letters, digits, \"_\" and \"-\"\n"
          "en.yaml:6:9: error: \"list\" must be text, not a list\n");
    // Without a language the file cannot be used at all.
    CHECK_FALSE(result.file);
    const UiStrings german = load_ui_strings("de").strings;
    REQUIRE(result.diagnostics.size() == 4);
    CHECK(format_diagnostic(result.diagnostics[2], german) ==
          "en.yaml:5:3: error: \"Title\" ist kein Textschlüssel; nimm Kleinbuchstaben, Ziffern, \"_\" und \"-\"");
}

TEST_CASE("A file that is not a string file says what is missing") {
    CHECK(messages(read_string_file("strings: 3\n", "x.yaml").diagnostics) ==
          "x.yaml:1:1: error: missing required field \"kindling_strings\" (the format version, 1)\n"
          "x.yaml:1:1: error: missing required field \"language\" (a language tag like \"de\")\n"
          "x.yaml:1:1: error: missing required field \"name\" (the language's own name, like \"Deutsch\")\n"
          "x.yaml:1:10: error: \"strings\" must be a mapping of keys to texts, not \"3\"\n");
    CHECK(messages(read_string_file("- a\n", "x.yaml").diagnostics).starts_with("x.yaml:1:1: error: a string file must be a mapping"));
    CHECK(messages(read_string_file("strings: {a: [1\n", "x.yaml").diagnostics).starts_with("x.yaml:1:"));
}

TEST_CASE("Placeholders are found and filled, and unknown ones stay as written") {
    CHECK(placeholders_in("{name} and {other_one}, {Not} {} {x") == std::vector<std::string>{"name", "other_one"});
    CHECK(fill_placeholders("{name} answers", {{"name", "Sam"}}) == "Sam answers");
    CHECK(fill_placeholders("{a}{b} {c}", {{"a", "1"}, {"b", "2"}}) == "12 {c}");
    CHECK(fill_placeholders("{ {name}", {{"name", "x"}}) == "{ x");
}

TEST_CASE("A missing text falls back to English, then to its key") {
    StringFile english = read_ok("kindling_strings: 1\nlanguage: en\nname: English\nstrings:\n  a: Apple\n  b: Bread\n"
                                 "  n:\n    one: \"{count} card\"\n    other: \"{count} cards\"\n");
    StringFile german = read_ok("kindling_strings: 1\nlanguage: de\nname: Deutsch\nstrings:\n  a: Apfel\n");
    const UiStrings strings(english, german);
    CHECK(strings.language() == "de");
    CHECK(strings.text("a") == "Apfel");
    CHECK(strings.text("b") == "Bread");
    CHECK(strings.text("no.such.key") == "no.such.key");
    CHECK(strings.count("n", 1) == "1 card");
    CHECK(strings.count("n", 5) == "5 cards");
}

TEST_CASE("Every built-in language has every English key, with the same placeholders") {
    const StringFile english = builtin("en");
    CHECK(english.texts.size() > 150);
    const auto languages = available_languages();
    REQUIRE(languages.size() >= 2);
    CHECK(languages.front().code == "en");
    for (const LanguageInfo& language : languages) {
        CAPTURE(language.code);
        const StringFile file = builtin(language.code);
        CHECK(file.name == language.name);
        // Printed in full so a translator sees every gap at once.
        CHECK(missing_keys(english, file) == std::vector<std::string>{});
        CHECK(missing_keys(file, english) == std::vector<std::string>{});
        CHECK(placeholder_mismatches(english, file) == std::vector<std::string>{});
    }
}

TEST_CASE("The German words are German and say du") {
    const UiStrings strings = load_ui_strings("de").strings;
    CHECK(strings.language() == "de");
    CHECK(strings.text("title.start") == "Einen Abend beginnen");
    CHECK(strings.format("card.turn", {{"name", "Sam"}}) == "Sam ist dran");
    CHECK(strings.format("consent.handoff_title", {{"name", "Sam"}}) == "Gib das Gerät bitte an Sam");
}

TEST_CASE("German says du and ihr everywhere, never the formal Sie or Ihre") {
    const StringFile german = builtin("de");
    static const std::regex formal(R"((^|[^A-Za-zÄÖÜäöüß])(Sie|Ihre[mnrs]?|Ihnen)([^A-Za-zÄÖÜäöüß]|$))");
    for (const auto& [key, text] : german.texts) {
        CAPTURE(key, text);
        CHECK_FALSE(std::regex_search(text, formal));
    }
}

TEST_CASE("A regional language uses its base language, and an unknown one gives English with a warning") {
    CHECK(load_ui_strings("de-AT").strings.language() == "de");
    const UiStringsLoad unknown = load_ui_strings("xx");
    CHECK(unknown.strings.language() == "en");
    REQUIRE(unknown.diagnostics.size() == 1);
    CHECK(unknown.diagnostics[0].message == "no words for the language \"xx\"; using English");
    CHECK(unknown.strings.text("title.start") == "Start a night");
}
