// What Kindling's YAML reader makes of valid input: scalar styles, folding, escapes, block
// scalars, collections, comments, document markers, line breaks and positions.
#include "core/format/yaml_reader.hpp"
#include "support/yaml_reading.hpp"
#include "support/yaml_tree_text.hpp"

#include <catch2/catch.hpp>

using namespace kindling;
using kindling::test::read_yaml;
using kindling::test::yaml_outcome;

namespace {

// The root of a text that must read without problems.
yaml::Node root_of(std::string_view text) {
    test::YamlRead read = read_yaml(text);
    INFO(text);
    REQUIRE(read.diagnostics.items().empty());
    REQUIRE(read.result.complete);
    REQUIRE(read.result.root.has_value());
    return std::move(*read.result.root);
}

// The value of key `a` in a one-key mapping.
yaml::Node value_of_a(std::string_view text) {
    yaml::Node root = root_of(text);
    REQUIRE(root.is_mapping());
    const yaml::Node* value = root.find("a");
    REQUIRE(value != nullptr);
    return *value;
}

SourcePosition at(int line, int column) { return {line, column}; }

}  // namespace

TEST_CASE("Plain scalars keep inner indicators and lose comments and outer spaces") {
    CHECK(yaml_outcome("a: hello world\n") == R"({"a": "hello world"})");
    CHECK(yaml_outcome("a: b:c d#e f-g\n") == R"({"a": "b:c d#e f-g"})");
    CHECK(yaml_outcome("a:    x   # a comment\n") == R"({"a": "x"})");
    CHECK(yaml_outcome("a: -1\nb: -x\nc: ?y\nd: :z\n") == R"({"a": "-1", "b": "-x", "c": "?y", "d": ":z"})");
    CHECK(yaml_outcome("a: x: \n") == "error 1:5: the text \"x\" is followed by \": \", which starts a "
                                       "new key; put the whole text in quotes");
    CHECK(yaml_outcome("just text") == R"("just text")");
    CHECK(yaml_outcome("a: [b]c\n") == "error 1:7: expected the end of the line after the value, found \"c\"");
}

TEST_CASE("Multi-line plain scalars fold line breaks") {
    CHECK(yaml_outcome("a: one\n  two\n\n  three\n\n\n  four\nb: 2\n") ==
          R"({"a": "one two\nthree\n\nfour", "b": "2"})");
    CHECK(yaml_outcome("one\ntwo\n  three\n") == R"("one two three")");
    CHECK(yaml_outcome("- a\n  - b\n- c\n") == R"(["a - b", "c"])");
    CHECK(yaml_outcome("a: one\n  two # comment\n  # more comment\nb: x\n") ==
          R"({"a": "one two", "b": "x"})");
    // A tab may separate words on a continuation line, but not stand for indentation.
    CHECK(yaml_outcome("a: x\n\t  y\n") ==
          "error 2:1: this line is indented with a tab; indent YAML with spaces only");
    CHECK(yaml_outcome("a: x\n  \ty\n") == R"({"a": "x y"})");
}

TEST_CASE("Plain scalars inside brackets stop at flow indicators") {
    CHECK(yaml_outcome("[a:b, c d, e#f, g]\n") == R"(["a:b", "c d", "e#f", "g"])");
    CHECK(yaml_outcome("{a: b,c: d}\n") == R"({"a": "b", "c": "d"})");
    CHECK(yaml_outcome("[one\n two, three]\n") == R"(["one two", "three"])");
    CHECK(yaml_outcome("[a, b #c\n ]\n") == R"(["a", "b"])");
}

TEST_CASE("Single-quoted scalars: doubled quotes, no escapes, folding") {
    CHECK(value_of_a("a: 'it''s'\n").value == "it's");
    CHECK(value_of_a("a: '#not: a comment'\n").value == "#not: a comment");
    CHECK(value_of_a("a: 'c:\\d'\n").value == "c:\\d");
    CHECK(value_of_a("a: 'one\n  two\n\n  three'\n").value == "one two\nthree");
    CHECK(value_of_a("a: 'x   \n  y'\n").value == "x y");
    CHECK(value_of_a("a: ''\n").value.empty());
    CHECK(value_of_a("a: ' padded '\n").value == " padded ");
    CHECK(value_of_a("a: 'x'\n").style == yaml::ScalarStyle::single_quoted);
}

TEST_CASE("Double-quoted scalars decode every YAML escape") {
    const yaml::Node node = value_of_a(
        "a: \"\\0\\a\\b\\t\\\t\\n\\v\\f\\r\\e\\ \\\"\\/\\\\\\N\\_\\L\\P\\x41\\u00e9\\U0001F600\"\n");
    const std::string expected = std::string{"\0\a\b\t\t\n\v\f\r\x1B \"/\\", 14} +
                                 "\xC2\x85" "\xC2\xA0" "\xE2\x80\xA8" "\xE2\x80\xA9" "A" "\xC3\xA9"
                                 "\xF0\x9F\x98\x80";
    CHECK(node.value == expected);
    CHECK(node.style == yaml::ScalarStyle::double_quoted);
    // yaml-cpp 0.7 does not join a UTF-16 surrogate pair written as two \u escapes.
    CHECK(test::first_yaml_error("a: \"\\ud83d\\ude00 pair\"\n") ==
          "1:5: this escape is half of a UTF-16 surrogate pair; write the character itself or as \\U and 8 hex digits");
    CHECK(value_of_a("a: \"no # comment: here\"\n").value == "no # comment: here");
}

TEST_CASE("Double-quoted scalars fold lines and join escaped line breaks") {
    CHECK(value_of_a("a: \"one\n  two\n\n  three\"\n").value == "one two\nthree");
    CHECK(value_of_a("a: \"one \\\n   two\"\n").value == "one two");
    CHECK(value_of_a("a: \"one\\\n   two\"\n").value == "onetwo");
    CHECK(value_of_a("a: \"x\\t   \n  y\"\n").value == "x\t y");
    CHECK(value_of_a("a: \"x\\\n\n  y\"\n").value == "x\ny");
    CHECK(value_of_a("a: \"  lead and trail  \"\n").value == "  lead and trail  ");
}

TEST_CASE("Literal block scalars keep line breaks, with chomping") {
    CHECK(value_of_a("a: |\n  line1\n   line2\n\n  line4\n\n\nb: 1\n").value == "line1\n line2\n\nline4\n");
    CHECK(value_of_a("a: |-\n  x\n\n").value == "x");
    CHECK(value_of_a("a: |+\n  x\n\n\nb: 1\n").value == "x\n\n\n");
    CHECK(value_of_a("a: |\n\n  x\n").value == "\nx\n");
    CHECK(value_of_a("a: | # comment\n  # not a comment\n").value == "# not a comment\n");
    CHECK(value_of_a("a: |\nb: 1\n").value.empty());
    CHECK(value_of_a("a: |\n  x").value == "x");  // no line break after the last line
    CHECK(value_of_a("a: |\n  x\n").style == yaml::ScalarStyle::literal);
}

TEST_CASE("White-space lines with tabs in block scalars") {
    // More spaces than the text's indentation: the rest of the line is text, tab included.
    CHECK(value_of_a("a: |\n  x\n  \t\n  y\n").value == "x\n\t\ny\n");
    // Fewer: yaml-cpp reads the tab as indentation, which YAML does not allow.
    const std::string tab = "this line is indented with a tab; indent YAML with spaces only";
    CHECK(test::first_yaml_error("a: |\n  x\n\t\n  y\n") == "3:1: " + tab);
    CHECK(test::first_yaml_error("a: >\n  x\n \t\n  y\n") == "3:2: " + tab);
    CHECK(test::first_yaml_error("a: |+\n\t\nb: 1\n") == "2:1: " + tab);
}

TEST_CASE("Block scalars take explicit indentation indicators in either order") {
    CHECK(value_of_a("a: |2\n    x\n  y\n").value == "  x\ny\n");
    CHECK(value_of_a("a: |2-\n    x\n").value == "  x");
    CHECK(value_of_a("a: |-2\n    x\n").value == "  x");
    CHECK(value_of_a("a: >1+\n  x\n\n").value == " x\n\n");
    CHECK(yaml_outcome("- |1\n  x\n") == R"([" x\n"])");
}

TEST_CASE("Folded block scalars fold lines but keep more-indented lines") {
    const yaml::Node node = value_of_a("a: >\n  folded\n  text\n\n  para\n    more\n    lines\n  back\nz: 1\n");
    CHECK(node.value == "folded text\npara\n  more\n  lines\nback\n");
    CHECK(node.style == yaml::ScalarStyle::folded);
    CHECK(value_of_a("a: >-\n  one\n\n\n  two\n").value == "one\n\ntwo");
    CHECK(value_of_a("a: >+\n  x\n\n").value == "x\n");  // yaml-cpp keeps one line break of ">+"
    CHECK(yaml_outcome("- >\n  y\n  z\n- |\n  w\n") == R"(["y z\n", "w\n"])");
    CHECK(yaml_outcome("|\n x\n") == R"("x\n")");
}

TEST_CASE("Block mappings and sequences nest by indentation") {
    CHECK(yaml_outcome("a: b\nc:\n  - d\n  - e: f\n    g: h\n  -\n    - i\n") ==
          R"({"a": "b", "c": ["d", {"e": "f", "g": "h"}, ["i"]]})");
    CHECK(yaml_outcome("- - x\n  - y\n- z\n") == R"([["x", "y"], "z"])");
    CHECK(yaml_outcome("- - - deep\n") == R"([[["deep"]]])");
    CHECK(yaml_outcome("cards:\n- kind: x\n  text: y\n- kind: z\nnext: 1\n") ==
          R"({"cards": [{"kind": "x", "text": "y"}, {"kind": "z"}], "next": "1"})");
    CHECK(yaml_outcome("  indented: 1\n  root: 2\n") == R"({"indented": "1", "root": "2"})");
    CHECK(yaml_outcome("\"quoted key\": 1\n'single': 2\nplain key : 3\n") ==
          R"({"quoted key": "1", "single": "2", "plain key": "3"})");
}

TEST_CASE("Empty values are null plain scalars placed after their indicator") {
    const yaml::Node root = root_of("a:\nb: 1\nc:   # nothing\nlist:\n-\n- x\n");
    CHECK(test::tree_text(root) == R"({"a": ~, "b": "1", "c": ~, "list": [~, "x"]})");
    CHECK(root.value_at(0).is_null());
    CHECK(root.value_at(0).style == yaml::ScalarStyle::plain);
    CHECK(root.value_at(0).position == at(1, 3));
    CHECK(root.value_at(2).position == at(3, 3));
    CHECK(root.value_at(3).children[0].position == at(5, 2));
    CHECK(yaml_outcome("{a: , b: 1, c}\n") == R"({"a": ~, "b": "1", "c": ~})");
    CHECK(yaml_outcome("[a: ]\n") == R"([{"a": ~}])");
}

TEST_CASE("Flow collections nest and span lines") {
    CHECK(yaml_outcome("{a: [1, 2, {b: [c, d]}], e: {}, f: []}\n") ==
          R"({"a": ["1", "2", {"b": ["c", "d"]}], "e": {}, "f": []})");
    CHECK(yaml_outcome("a: [x, # one\n  y,\n\n  z, ]\n") == R"({"a": ["x", "y", "z"]})");
    CHECK(yaml_outcome("[a: 1, b, \"c\": 2]\n") == R"([{"a": "1"}, "b", {"c": "2"}])");
    CHECK(yaml_outcome("{\"a\":1, \"b\":[true,null]}\n") == R"({"a": "1", "b": ["true", ~]})");
    CHECK(yaml_outcome("{a: 'x, y', b: \"[z]\"}\n") == R"({"a": "x, y", "b": "[z]"})");
    CHECK(yaml_outcome("- [a, b]\n- {c: d}\n") == R"([["a", "b"], {"c": "d"}])");
}

TEST_CASE("Comments can stand wherever YAML allows them") {
    CHECK(yaml_outcome("# top\na: 1 # after\n# between\nb:   # before value\n  - x # item\n"
                       "  # inner\n  - y\n# end\n") == R"({"a": "1", "b": ["x", "y"]})");
    CHECK(yaml_outcome("a: x#not a comment\n") == R"({"a": "x#not a comment"})");
    CHECK(yaml_outcome("a: 'x' # comment\n") == R"({"a": "x"})");
}

TEST_CASE("Document markers and the %YAML directive are optional") {
    CHECK(yaml_outcome("---\na: 1\n...\n") == R"({"a": "1"})");
    CHECK(yaml_outcome("--- # c\na: 1\n") == R"({"a": "1"})");
    CHECK(yaml_outcome("%YAML 1.2\n---\na: 1\n") == R"({"a": "1"})");
    CHECK(yaml_outcome("%YAML 1.1 # old\n--- x\n") == R"("x")");
    CHECK(yaml_outcome("--- \"text\"\n") == R"("text")");
    CHECK(yaml_outcome("--- |\n  text\n") == R"("text\n")");
    CHECK(yaml_outcome("--- [a]\n...\n# trailing comment\n") == R"(["a"])");
    CHECK(yaml_outcome("---\n") == "~");
}

TEST_CASE("A text without a document has no root and is complete") {
    for (const std::string_view text : {"", "\n\n", "# just a comment\n", "...\n", "  \n# c\n"}) {
        const test::YamlRead read = read_yaml(text);
        INFO(text);
        CHECK(read.diagnostics.items().empty());
        CHECK(read.result.complete);
        CHECK_FALSE(read.result.root.has_value());
    }
}

TEST_CASE("CRLF and lone CR are line breaks, a UTF-8 byte order mark is skipped") {
    CHECK(yaml_outcome("a: 1\r\nb: |\r\n  x\r\n  y\r\nc: \"p\r\n  q\"\r\n") ==
          R"({"a": "1", "b": "x\ny\n", "c": "p q"})");
    CHECK(yaml_outcome("a: 1\rb: 2\r") == R"({"a": "1", "b": "2"})");
    CHECK(test::first_yaml_error("a: 1\r\nb: 2\r\nb: 3\r\n") ==
          "3:1: duplicate key \"b\"; it was first given at line 2");
    const yaml::Node root = root_of("\xEF\xBB\xBF" "a: 1\n");
    CHECK(root.position == at(1, 1));
    CHECK(test::tree_text(root) == R"({"a": "1"})");
}

TEST_CASE("Node positions follow yaml_tree.hpp") {
    const yaml::Node root = root_of("a: 1\nb:\n  - x\n  - y: z\n    w: [p, \"q\"]\nc: |\n  t\n");
    CHECK(root.position == at(1, 1));
    CHECK(root.key_at(0).position == at(1, 1));
    CHECK(root.value_at(0).position == at(1, 4));
    CHECK(root.key_at(1).position == at(2, 1));
    const yaml::Node& list = root.value_at(1);
    CHECK(list.position == at(3, 3));
    CHECK(list.children[0].position == at(3, 5));
    CHECK(list.children[1].position == at(4, 5));
    const yaml::Node& flow = list.children[1].value_at(1);
    CHECK(flow.position == at(5, 8));
    CHECK(flow.children[1].position == at(5, 12));
    CHECK(root.value_at(2).position == at(6, 4));
}

TEST_CASE("Columns count code points, not bytes") {
    const yaml::Node root = root_of("\xC3\xA9\xF0\x9F\x98\x80: \xC3\xB6\n");
    CHECK(root.value_at(0).position == at(1, 5));
    const yaml::Node list = root_of("- \xE6\x97\xA5\xE6\x9C\xAC: [a, \"b\"]\n");
    const yaml::Node& mapping = list.children[0];
    CHECK(mapping.position == at(1, 3));
    CHECK(mapping.value_at(0).position == at(1, 7));
    CHECK(mapping.value_at(0).children[1].position == at(1, 11));
    CHECK(test::first_yaml_error("\xF0\x9F\x98\x80\xF0\x9F\x98\x80: [a, &x b]\n") ==
          "1:9: decks do not use YAML anchors (&name); write the value out in full");
}

TEST_CASE("Scalar styles are recorded") {
    const yaml::Node root = root_of("p: x\ns: 'x'\nd: \"x\"\nl: |\n  x\nf: >\n  x\n");
    CHECK(root.value_at(0).style == yaml::ScalarStyle::plain);
    CHECK(root.value_at(1).style == yaml::ScalarStyle::single_quoted);
    CHECK(root.value_at(2).style == yaml::ScalarStyle::double_quoted);
    CHECK(root.value_at(3).style == yaml::ScalarStyle::literal);
    CHECK(root.value_at(4).style == yaml::ScalarStyle::folded);
    CHECK_FALSE(root_of("a: \"null\"\n").value_at(0).is_null());
    CHECK(root_of("a: null\n").value_at(0).is_null());
}
