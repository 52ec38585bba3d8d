// What Kindling's YAML reader says about input it refuses: the exact message and where it
// points, for encoding problems, refused YAML features, syntax errors and limits.
#include "core/format/yaml_reader.hpp"
#include "core/format/ui_strings.hpp"
#include "support/yaml_reading.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace kindling;
using kindling::test::first_yaml_error;
using kindling::test::read_yaml;

namespace {

// Reading stopped with exactly one error and no tree.
void check_single_error(std::string_view text, std::string_view expected) {
    const test::YamlRead read = read_yaml(text);
    INFO(text);
    CHECK(first_yaml_error(text) == expected);
    CHECK(read.diagnostics.error_count() == 1);
    CHECK_FALSE(read.result.root.has_value());
    CHECK_FALSE(read.result.complete);
}

}  // namespace

TEST_CASE("UTF-16 and UTF-32 text gets one clear error") {
    using namespace std::string_view_literals;
    for (const std::string_view text : {"\xFF\xFE" "a\0:\0 \0b\0"sv, "\xFE\xFF\0a\0:"sv,
                                        "a\0:\0 \0b\0\n\0"sv}) {
        const test::YamlRead read = read_yaml(text);
        REQUIRE(read.diagnostics.items().size() == 1);
        CHECK(read.diagnostics.items()[0].message == "the file is UTF-16 encoded; save it as UTF-8");
        CHECK(read.diagnostics.items()[0].position == SourcePosition{});
    }
    const test::YamlRead utf32 = read_yaml("\xFF\xFE\0\0a\0\0\0"sv);
    REQUIRE(utf32.diagnostics.items().size() == 1);
    CHECK(utf32.diagnostics.items()[0].message == "the file is UTF-32 encoded; save it as UTF-8");
    CHECK(first_yaml_error("a\0\0\0:\0\0\0 \0\0\0b\0\0\0"sv) ==
          "0:0: the file is UTF-32 encoded; save it as UTF-8");
}

TEST_CASE("Encoding problems are worded in the reader's language: German for German strings") {
    const UiStrings german = load_ui_strings("de").strings;
    const test::YamlRead read = read_yaml("a: \xC3(\nb: \x01\nc: \xEF\xBF\xBE\n");
    const auto& items = read.diagnostics.items();
    REQUIRE(items.size() == 3);
    CHECK(diagnostic_words(items[0], german) == "das ist kein gültiger UTF-8-Text (Byte 0xC3); speichere die Datei als UTF-8");
    CHECK(diagnostic_words(items[1], german) ==
          "das Steuerzeichen U+0001 ist in einer YAML-Datei nicht erlaubt; entferne es");
    CHECK(diagnostic_words(items[2], german) == "das Zeichen U+FFFE ist in einer YAML-Datei nicht erlaubt; entferne es");
    using namespace std::string_view_literals;
    const test::YamlRead wide = read_yaml("\xFF\xFE" "a\0:\0 \0b\0"sv);
    REQUIRE(wide.diagnostics.items().size() == 1);
    CHECK(diagnostic_words(wide.diagnostics.items()[0], german) ==
          "die Datei ist in UTF-16 gespeichert; speichere sie als UTF-8");
    DiagnosticList large("big.yaml");
    yaml::ReadLimits limits;
    limits.max_bytes = 1024 * 1024;
    (void)yaml::read_document(std::string(limits.max_bytes + 1, 'a'), large, limits);
    REQUIRE(large.items().size() == 1);
    CHECK(format_diagnostic(large.items()[0], german) ==
          "big.yaml: error: die Datei ist zu groß (1048577 Bytes); Kindling liest Dateien bis höchstens 1 MiB");
}

TEST_CASE("YAML syntax problems are worded in the reader's language: German for German strings") {
    const UiStrings german = load_ui_strings("de").strings;
    const auto german_error = [&](std::string_view text) {
        const test::YamlRead read = read_yaml(text);
        REQUIRE(read.diagnostics.items().size() == 1);
        const Diagnostic& item = read.diagnostics.items()[0];
        return std::to_string(item.position.line) + ":" + std::to_string(item.position.column) + ": " +
               diagnostic_words(item, german);
    };
    CHECK(german_error("a: 1\na: 2\n") == "2:1: doppelter Schlüssel \"a\"; er steht schon in Zeile 1");
    CHECK(german_error("a:\n\tb: 1\n") ==
          "2:1: diese Zeile ist mit einem Tabulator eingerückt; rücke YAML nur mit Leerzeichen ein");
    CHECK(german_error("a: \"open\n") == "1:4: der Text in Anführungszeichen, der hier beginnt, wird nie geschlossen");
    CHECK(german_error("a: &x 1\n") == "1:4: Decks verwenden keine YAML-Anker (&name); schreib den Wert ganz aus");
    CHECK(german_error("[a]: 1\n") == "1:1: ein Schlüssel muss Text sein, nicht eine Liste");
    CHECK(german_error("a: [1, 2\n") == "1:4: die Liste, die hier beginnt, wird nie mit \"]\" geschlossen");
    CHECK(german_error("- a\nb: 1\n") ==
          "2:1: hier sollte \"- \" den nächsten Eintrag der Liste beginnen, gefunden wurde \"b\"");
    CHECK(german_error("%YAML 1.2\na: 1\n") ==
          "2:1: nach der %YAML-Zeile sollte \"---\" stehen, gefunden wurde \"a\"");
    CHECK(german_error("a: {b: [1}\n") == "1:10: dieses \"}\" schließt nicht die Liste aus Zeile 1; schließ sie mit \"]\"");
}

TEST_CASE("Invalid UTF-8 and control characters are each reported and nothing is parsed") {
    const test::YamlRead read = read_yaml("a: \xC3(\nb: \x01\n\xC3\xA9: \x7F\nc: \xC2\x85 \xEF\xBF\xBE\n"
                                          "d: \xED\xA0\x80 [unclosed\n");
    const auto& items = read.diagnostics.items();
    REQUIRE(items.size() == 6);
    CHECK(items[0].position == SourcePosition{1, 4});
    CHECK(items[0].message == "this is not valid UTF-8 text (byte 0xC3); save the file as UTF-8");
    CHECK(items[1].position == SourcePosition{2, 4});
    CHECK(items[1].message == "the control character U+0001 is not allowed in a YAML file; remove it");
    CHECK(items[2].position == SourcePosition{3, 4});
    CHECK(items[2].message == "the control character U+007F is not allowed in a YAML file; remove it");
    CHECK(items[3].position == SourcePosition{4, 4});
    CHECK(items[3].message == "the control character U+0085 is not allowed in a YAML file; remove it");
    CHECK(items[4].position == SourcePosition{4, 6});
    CHECK(items[4].message == "the character U+FFFE is not allowed in a YAML file; remove it");
    CHECK(items[5].position == SourcePosition{5, 4});  // an encoded surrogate is not UTF-8
    CHECK_FALSE(read.result.root.has_value());
    CHECK_FALSE(read.result.complete);
    CHECK(first_yaml_error("a: x\r\nb: \x1B\n") ==
          "2:4: the control character U+001B is not allowed in a YAML file; remove it");
    CHECK(first_yaml_error(std::string_view{"a: \0", 4}) ==
          "1:4: the control character U+0000 is not allowed in a YAML file; remove it");
}

TEST_CASE("A file full of bad bytes gives a capped list of errors") {
    const std::string text(100'000, '\x01');
    const test::YamlRead read = read_yaml(text);
    CHECK(read.diagnostics.items().size() == DiagnosticList::default_limit);
    CHECK(read.diagnostics.items().back().message.rfind("too many problems", 0) == 0);
}

TEST_CASE("Files over the size limit are refused before reading") {
    yaml::ReadLimits limits;
    limits.max_bytes = 10;
    CHECK(first_yaml_error("a: 1234567890\n", limits) ==
          "0:0: the file is too large (14 bytes); Kindling reads files of at most 0 MiB");
    limits.max_bytes = 4u * 1024u * 1024u;
    const std::string big(limits.max_bytes + 1, ' ');
    CHECK(first_yaml_error(big, limits) ==
          "0:0: the file is too large (4194305 bytes); Kindling reads files of at most 4 MiB");
}

TEST_CASE("Anchors, aliases, tags and explicit keys are refused where they stand") {
    check_single_error("a: &x 1\n", "1:4: decks do not use YAML anchors (&name); write the value out in full");
    check_single_error("a: 1\nb: *x\n", "2:4: decks do not use YAML aliases (*name); write the value out in full");
    check_single_error("- [1, *x]\n", "1:7: decks do not use YAML aliases (*name); write the value out in full");
    check_single_error("a: !!str 1\n", "1:4: decks do not use YAML tags such as \"!!str\"; remove the tag "
                                       "and put the text in quotes if it must stay text");
    check_single_error("{a: !x b}\n", "1:5: decks do not use YAML tags such as \"!!str\"; remove the tag "
                                      "and put the text in quotes if it must stay text");
    check_single_error("? a\n: b\n", "1:1: decks do not use \"?\" to mark keys; write the key followed by \":\"");
    check_single_error("{? a: b}\n", "1:2: decks do not use \"?\" to mark keys; write the key followed by \":\"");
    check_single_error("%TAG ! tag:x\n---\na: 1\n", "1:1: decks do not use YAML tags (%TAG); remove this line");
}

TEST_CASE("Keys must be text") {
    check_single_error("[a]: b\n", "1:1: a key must be text, not a list");
    check_single_error("x: 1\n{a: 1}: b\n", "2:1: a key must be text, not a mapping");
    check_single_error("key: [a]: b\n", "1:6: a key must be text, not a list");
    check_single_error("{[a]: b}\n", "1:2: a key must be text, not a list");
    check_single_error("[[a]: b]\n", "1:2: a key must be text, not a list");
    check_single_error(": x\n", "1:1: a key is missing before \":\"");
    check_single_error("{: x}\n", "1:2: a key is missing before \":\"");
}

TEST_CASE("Duplicate keys name both positions") {
    check_single_error("kind: a\ntext: x\nlevel: 1\ntext: y\n",
                       "4:1: duplicate key \"text\"; it was first given at line 2");
    check_single_error("{a: 1, b: 2, a: 3}\n", "1:14: duplicate key \"a\"; it was first given at line 1");
    check_single_error("'a': 1\n\"a\": 2\n", "2:1: duplicate key \"a\"; it was first given at line 1");
    std::string many;
    for (int i = 0; i < 40; ++i) many += "key" + std::to_string(i) + ": x\n";
    check_single_error(many + "key3: again\n", "41:1: duplicate key \"key3\"; it was first given at line 4");
}

TEST_CASE("Only one document per file") {
    const std::string message = "more than one YAML document; a deck file holds exactly one";
    check_single_error("a: 1\n---\nb: 2\n", "2:1: " + message);
    check_single_error("a: 1\n...\nb: 2\n", "3:1: " + message);
    check_single_error("--- a\n--- b\n", "2:1: " + message);
    check_single_error("a: 1\n...\n%YAML 1.2\n---\n", "4:1: " + message);
}

TEST_CASE("Directives other than %YAML 1.1 or 1.2 are refused") {
    check_single_error("%YAML 2.0\n---\na: 1\n",
                       "1:7: this file declares YAML version \"2.0\"; Kindling reads YAML 1.2 (and 1.1)");
    check_single_error("%YAML 1.2\n%YAML 1.2\n---\n", "2:1: the %YAML line is given twice");
    check_single_error("%FOO bar\n---\n", "1:1: unknown directive \"%FOO\"; the only line starting "
                                          "with \"%\" a deck may have is \"%YAML 1.2\"");
    check_single_error("%YAML 1.2\na: 1\n", "2:1: expected \"---\" after the %YAML line, found \"a\"");
}

TEST_CASE("Tabs used as indentation are refused") {
    check_single_error("a:\n\tb: 1\n", "2:1: this line is indented with a tab; indent YAML with spaces only");
    check_single_error("a:\n  \tb: 1\n", "2:3: this line is indented with a tab; indent YAML with spaces only");
    // After "- " yaml-cpp reads a tab as the end of the indentation, and then the rest of the line.
    check_single_error("-\t- b\n", "1:3: a list item \"- \" cannot start here; check the indentation");
    CHECK(test::yaml_outcome("- a\tb: c\n") == "[{\"a\\tb\": \"c\"}]");
    check_single_error("\tkey: 1\n", "1:1: this line is indented with a tab; indent YAML with spaces only");
    // A tab as separation after an indicator or inside a line is fine.
    CHECK(test::yaml_outcome("a:\tb\n-\n") == "error 2:1: expected a key of the mapping here, found \"-\"");
    CHECK(test::yaml_outcome("a:\t[b,\tc]\t# c\n") == R"({"a": ["b", "c"]})");
}

TEST_CASE("Syntax errors point at the offending character and say what was expected") {
    check_single_error("title: x\ntext\n", "2:5: expected \":\" after the key \"text\"");
    check_single_error("title: x\ntext # comment\n", "2:1: expected a key of the mapping here, found \"t\"");
    check_single_error("a: 1\n\"b\" 2\n", "2:4: expected \":\" after the key \"b\"");
    check_single_error("a: 1\n  b: 2\n", "2:3: this line is indented more than the key \"a\" above it");
    check_single_error("a: \"x\"\n  b: 2\n", "2:3: this line is indented more than the key \"a\" above it");
    check_single_error("a:\n  b: 1\n c: 2\n", "3:2: this line is indented more than the key \"a\" above it");
    check_single_error("- a\n  b: 1\n", "2:3: this line is indented more than the line above it");
    check_single_error("  a: 1\n  b: 2\nc: 3\n",
                       "3:1: this line is indented less than the first line of the document (line 1); "
                       "line them up");
    check_single_error("text: Note: be kind\n",
                       "1:11: the text \"Note\" is followed by \": \", which starts a new key; put the "
                       "whole text in quotes");
    check_single_error("key: - a\n", "1:6: a list cannot start on the same line as its key \"key\"; "
                                     "start it on the next line");
    check_single_error("- a\nb: 1\n", "2:1: expected \"- \" to start the next item of the list, found \"b\"");
    check_single_error("a:\n  - x\n  b: 1\n", "3:3: this line is indented more than the key \"a\" above it");
    check_single_error("- \"x\"\n   y\n", "2:4: this line is indented more than the \"-\" above it");
    check_single_error("\"a\"\nb\n", "2:1: found \"b\" after the end of the text that starts at line 1, "
                                     "which is the whole document");
    check_single_error("--- a: 1\n", "1:6: a key is missing before \":\"");
    check_single_error("--- - a\n", "1:5: a list item \"- \" cannot start here; check the indentation");
    check_single_error("a: \"x\" y\n", "1:8: expected the end of the line after the value, found \"y\"");
    // yaml-cpp reads a "#" right after a closing quote as a comment.
    CHECK(test::yaml_outcome("a: \"x\"#c\n") == R"({"a": "x"})");
    check_single_error("a: ]\n", "1:4: unexpected \"]\" without a matching \"[\" before it");
    check_single_error("[a, b]]\n", "1:7: unexpected \"]\" without a matching \"[\" before it");
    check_single_error("a: @x\n", "1:4: a text cannot start with \"@\" here; put the text in quotes");
    check_single_error("a: `x\n", "1:4: a text cannot start with \"`\" here; put the text in quotes");
    check_single_error("a: ,x\n", "1:4: expected the end of the line after the value, found \",\"");
    check_single_error("a: %x\n", "1:4: a text cannot start with \"%\" here; put the text in quotes");
}

TEST_CASE("Unclosed quotes and brackets point at where they start") {
    check_single_error("a: \"abc\n", "1:4: the quoted text that starts here is never closed");
    check_single_error("a: 'abc\n\n", "1:4: the quoted text that starts here is never closed");
    check_single_error("- text: \"What is\n- text: x\n", "1:9: the quoted text that starts here is never closed");
    check_single_error("a: \"x\n---\n", "1:4: the quoted text that starts here is never closed");
    check_single_error("a: [1, 2\n", "1:4: the list that starts here is never closed with \"]\"");
    check_single_error("a: {b: 1\n...\n", "2:1: expected \",\" or \"}\" after the value, found \".\"");
    check_single_error("a: [1, 2\nb: 3\n", "2:2: expected \",\" or \"]\" after the item, found \":\"");
    // yaml-cpp accepts a closing bracket at the start of a line.
    CHECK(test::yaml_outcome("a: [1,\n  2\n]\n") == R"({"a": ["1", "2"]})");
    CHECK(test::yaml_outcome("- {a: 1,\n   b: 2\n }\n") == R"([{"a": "1", "b": "2"}])");
    check_single_error("a: [1, 2}\n", "1:9: this \"}\" does not close the list that starts at line 1; close it with \"]\"");
    check_single_error("{a: 1 b: 2}\n", "1:8: expected \",\" or \"}\" after the value, found \":\"");
    check_single_error("[a, , b]\n", "1:5: unexpected \",\"; an item is missing before it");
    check_single_error("{a: 1, , b}\n", "1:8: unexpected \",\"; an entry is missing before it");
    check_single_error("{\"a\" b}\n", "1:6: expected \",\" or \"}\" after the value, found \"b\"");
    CHECK(test::yaml_outcome("{a b}\n") == R"({"a b": ~})");
}

TEST_CASE("Malformed scalars are reported at the bad part") {
    check_single_error("a: |x\n", "1:5: text cannot follow \"|\" on its line; start the text on the next line, indented");
    check_single_error("a: > text\n", "1:6: text cannot follow \">\" on its line; start the text on the next line, indented");
    check_single_error("a: |0\n", "1:5: the indentation number after \"|\" or \">\" must be 1 to 9");
    check_single_error("a: |\n    \n  x\n", "3:3: this line is indented more than the key \"a\" above it");
    check_single_error("a: \"x\\qy\"\n", "1:6: \"\\q\" is not a valid escape in double-quoted text; "
                                         "to write a backslash, write it twice: \"\\\\\"");
    // A character of several bytes after the backslash is quoted whole (found by the fuzzer: the
    // message held half a character, which is not valid UTF-8).
    check_single_error("a: \"x\\\u00e9y\"\n", "1:6: \"\\\u00e9\" is not a valid escape in double-quoted text; "
                                              "to write a backslash, write it twice: \"\\\\\"");
    check_single_error("a: \"\\x4\"\n", "1:5: this escape must be followed by hexadecimal digits (0-9, A-F)");
    check_single_error("a: \"\\ud800\"\n", "1:5: this escape is half of a UTF-16 surrogate pair; write the "
                                           "character itself or as \\U and 8 hex digits");
    check_single_error("a: \"\\U00110000\"\n", "1:5: this escape does not name a Unicode character");
    check_single_error("[ |\n x]\n", "1:3: a block text (\"|\" or \">\") cannot be used inside [ ] or { }; "
                                     "use a quoted text");
    check_single_error("[- a]\n", "1:2: unexpected \"-\"; inside [ ] the items are separated by commas, "
                                  "not started with \"-\"");
    check_single_error("\"a\nb\": 1\n", "1:3: expected \":\" after the key \"\\\"a\"");
}

TEST_CASE("Nesting deeper than the limit is refused at the collection that goes too deep") {
    const std::string message = "nested more than 16 levels deep";
    check_single_error(std::string(17, '[') + std::string(17, ']'), "1:17: " + message);
    // Never closed, yaml-cpp makes each "[" a key of a mapping, so the limit comes sooner.
    check_single_error(std::string(17, '['), "1:9: " + message);
    CHECK(test::yaml_outcome(std::string(16, '[') + std::string(16, ']')).rfind("[[", 0) == 0);
    std::string block;
    for (int i = 0; i < 17; ++i) block += "- ";
    check_single_error(block + "x\n", "1:33: " + message);
    std::string mapping;
    for (int i = 0; i < 17; ++i) mapping += std::string(static_cast<std::size_t>(i), ' ') + "k:\n";
    check_single_error(mapping + std::string(17, ' ') + "v\n", "17:17: " + message);
    yaml::ReadLimits limits;
    limits.max_depth = 2;
    CHECK(first_yaml_error("a:\n  b: [c]\n", limits) == "2:6: nested more than 2 levels deep");
}

TEST_CASE("Hostile nesting cannot overflow the stack") {
    const std::string brackets(1'000'000, '[');
    CHECK(first_yaml_error(brackets) == "1:9: nested more than 16 levels deep");
    std::string dashes;
    for (int i = 0; i < 100'000; ++i) dashes += "- ";
    CHECK(first_yaml_error(dashes) == "1:33: nested more than 16 levels deep");
}

TEST_CASE("Node limits stop reading with a located error") {
    yaml::ReadLimits limits;
    limits.max_nodes_total = 5;
    CHECK(first_yaml_error("[1, 2, 3, 4, 5]\n", limits) ==
          "1:14: the file holds more than 5 values, more than Kindling reads from one file");
    limits = {};
    limits.max_nodes_in_memory = 4;
    CHECK(first_yaml_error("a: 1\nb: 2\nc: 3\n", limits) ==
          "2:4: the file holds more than 4 values that would have to be kept in memory at once; "
          "split it into smaller files");
}

TEST_CASE("yaml-cpp's syntax errors are said in a deck author's words, where the cause is") {
    // A tab in the indentation, wherever yaml-cpp notices the damage it does.
    check_single_error("cards:\n\t- kind: dare\n", "2:1: this line is indented with a tab; indent YAML with spaces only");
    check_single_error("cards:\n  - kind: dare\n  \t text: hop\n",
                       "3:3: this line is indented with a tab; indent YAML with spaces only");
    // An unclosed quote, in a block (yaml-cpp would end it at the end of the file) and in { }.
    check_single_error("title: \"Hello\ncards: []\n", "1:8: the quoted text that starts here is never closed");
    check_single_error("cards:\n  - {kind: dare, text: 'hop}\n",
                       "2:24: the quoted text that starts here is never closed");
    // A line indented more than the key above it.
    check_single_error("cards:\n  - kind: question\n      text: x\n",
                       "3:7: this line is indented more than the key \"kind\" above it");
    // A missing ":", on its own line or before the next key.
    check_single_error("id: a\ntitle A\n", "2:8: expected \":\" after the key \"title A\"");
    check_single_error("id: a\ntitle A\ncards: []\n", "2:8: expected \":\" after the key \"title A\"");
    // Anything else keeps yaml-cpp's own words, with the position.
    check_single_error("a: \"x\"\n? b\n", "2:1: decks do not use \"?\" to mark keys; write the key followed by \":\"");
}

TEST_CASE("Columns count characters, also in yaml-cpp's syntax errors") {
    // "título: éé: x": the second ":" is the 11th character but its 14th byte.
    check_single_error("t\xC3\xADtulo: \xC3\xA9\xC3\xA9: x\n", "1:11: the text \"\xC3\xA9\xC3\xA9\" is followed by "
                                                              "\": \", which starts a new key; put the whole text in quotes");
    check_single_error("\xF0\x9F\x98\x80: {a: 1 b: 2}\n", "1:11: expected \",\" or \"}\" after the value, found \":\"");
    check_single_error("- \xE6\x97\xA5\xE6\x9C\xAC: *x\n", "1:7: decks do not use YAML aliases (*name); write the value out in full");
}

TEST_CASE("The value budget stops a 4-million-item flow list early") {
    std::string text = "cards: [";
    for (int i = 0; i < 4'000'000; ++i) text += "1,";
    text += "1]\n";
    yaml::ReadLimits limits;
    limits.max_bytes = 16u * 1024u * 1024u;  // 8 MB of text: past the usual limit, to test the budget
    // Kept in memory: the 500,001st value is item 499,997 (after the mapping, the key and the list).
    CHECK(first_yaml_error(text, limits) == "1:" + std::to_string(9 + 2 * 499'997) +
                                        ": the file holds more than 500000 values that would have to be kept in "
                                        "memory at once; split it into smaller files");
    // Streamed item by item, the total stops it at the 1,000,001st value.
    class DroppingSink final : public yaml::StreamingSink {
    public:
        [[nodiscard]] bool streams(std::string_view) const override { return true; }
        void item(std::string_view, std::size_t, yaml::Node&&) override { ++items; }
        std::size_t items = 0;
    } sink;
    const test::YamlRead streamed = read_yaml(text, limits, &sink);
    REQUIRE(streamed.diagnostics.items().size() == 1);
    CHECK(streamed.diagnostics.items()[0].position == SourcePosition{1, 9 + 2 * 999'997});
    CHECK(sink.items == 999'997);
}

TEST_CASE("A bracketed list at the start of a line is read in bounded memory") {
    // yaml-cpp holds such a list back until it ends; the reader stops it at 100,000 brackets and
    // commas.
    std::string text = "- [";
    for (int i = 0; i < 1'000'000; ++i) text += "1,";
    check_single_error(text, "1:3: this list or mapping in brackets is too long to read (more than 100000 "
                             "brackets and commas); write it with one \"- \" item per line instead");
}
