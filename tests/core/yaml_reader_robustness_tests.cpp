// Hostile and pathological input: random bytes, huge and deep shapes. The reader must always
// answer with a tree or located errors, never crash or throw. (Speed is measured by
// tools/bench/yaml_read_bench.cpp, not here.)
#include "core/format/yaml_reader.hpp"
#include "support/yaml_reading.hpp"
#include "support/yaml_tree_text.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <random>
#include <string>
#include <string_view>

using namespace kindling;

namespace {

int line_count(std::string_view text) {
    return 1 + static_cast<int>(std::count(text.begin(), text.end(), '\n')) +
           static_cast<int>(std::count(text.begin(), text.end(), '\r'));
}

// Every diagnostic points into the text (or at the file as a whole) and reading either
// completed with no errors or stopped without a tree.
void check_well_formed_answer(std::string_view text) {
    const test::YamlRead read = test::read_yaml(text);
    INFO("text: " << text);
    for (const Diagnostic& diagnostic : read.diagnostics.items()) {
        const bool whole_file = diagnostic.position == SourcePosition{};
        CHECK((whole_file || (diagnostic.position.line >= 1 && diagnostic.position.column >= 1)));
        CHECK(diagnostic.position.line <= line_count(text));
        CHECK_FALSE(diagnostic.message.empty());
    }
    CHECK(read.result.complete == read.diagnostics.items().empty());
    if (!read.result.complete) CHECK_FALSE(read.result.root.has_value());
}

}  // namespace

TEST_CASE("Random bytes get a tree or located errors, never a crash") {
    constexpr std::array<std::string_view, 32> tokens{
        "-", " ", "  ", "\n", "\r\n", "\t", ":", ": ", "#", "\"", "'", "\\", "[", "]", "{", "}", ",",
        "|", ">", "?", "&", "*", "!", "%", "---", "...", "a", "key", "\xC3\xA9", "\xF0\x9F\x98\x80",
        "\xFF", "\x01"};
    std::mt19937 rng(4242);
    for (int i = 0; i < 5000; ++i) {
        std::string text;
        const int count = std::uniform_int_distribution<int>(0, 60)(rng);
        for (int t = 0; t < count; ++t) {
            text += tokens[std::uniform_int_distribution<std::size_t>(0, tokens.size() - 1)(rng)];
        }
        check_well_formed_answer(text);
    }
}

TEST_CASE("Huge and deep shapes read correctly") {
    // After a key: yaml-cpp holds back a bracketed list that starts a line until it ends, so
    // one that long is refused there (see yaml_reader_error_tests.cpp).
    std::string list = "items: [";
    for (int i = 0; i < 100'000; ++i) list += "x, ";
    list += "y]\n";
    const test::YamlRead flow = test::read_yaml(list);
    REQUIRE(flow.result.root.has_value());
    const yaml::Node& items = flow.result.root->value_at(0);
    CHECK(items.children.size() == 100'001);
    CHECK(items.children.back().value == "y");
    CHECK(items.children.back().position == SourcePosition{1, 300'009});

    std::string many_keys;
    for (int i = 0; i < 20'000; ++i) many_keys += "k" + std::to_string(i) + ": " + std::to_string(i) + "\n";
    const test::YamlRead keys = test::read_yaml(many_keys + "k19999: again\n");
    CHECK(test::first_yaml_error(many_keys + "k19999: again\n") ==
          "20001:1: duplicate key \"k19999\"; it was first given at line 20000");
    const test::YamlRead unique = test::read_yaml(many_keys);
    REQUIRE(unique.result.root.has_value());
    CHECK(unique.result.root->mapping_size() == 20'000);
    CHECK(unique.result.root->find("k12345")->value == "12345");

    const std::string spaces(200'000, ' ');
    CHECK(test::yaml_outcome("a: 1\n" + spaces + "\n" + spaces + "# c\nb: x" + spaces + "y\n") ==
          "{\"a\": \"1\", \"b\": \"x" + spaces + "y\"}");
    CHECK(test::first_yaml_error(spaces + "a: 1\nb: 2\n") ==
          "2:1: this line is indented less than the first line of the document (line 1); line them up");

    std::string deep_block;
    for (int level = 0; level < 14; ++level) deep_block += std::string(static_cast<std::size_t>(2 * level), ' ') + "k:\n";
    deep_block += std::string(28, ' ') + "- [leaf]\n";
    const test::YamlRead deep = test::read_yaml(deep_block);
    CHECK(deep.diagnostics.items().empty());

    std::string folded_lines = "text: >\n";
    for (int i = 0; i < 50'000; ++i) folded_lines += "  word\n";
    const test::YamlRead folded = test::read_yaml(folded_lines);
    REQUIRE(folded.result.root.has_value());
    CHECK(folded.result.root->value_at(0).value.size() == 50'000 * 5);
}
