// The StreamingSink: items of lists under chosen top-level keys are handed over one by one and
// not kept, so memory is bounded by the largest item.
#include "core/format/yaml_reader.hpp"
#include "support/yaml_reading.hpp"
#include "support/yaml_tree_text.hpp"

#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <vector>

using namespace kindling;

namespace {

class RecordingSink final : public yaml::StreamingSink {
public:
    explicit RecordingSink(std::set<std::string, std::less<>> keys) : keys_(std::move(keys)) {}

    [[nodiscard]] bool streams(std::string_view top_level_key) const override {
        asked.emplace_back(top_level_key);
        return keys_.find(top_level_key) != keys_.end();
    }
    void item(std::string_view top_level_key, std::size_t index, yaml::Node&& item) override {
        received.push_back(std::string{top_level_key} + "#" + std::to_string(index) + " " +
                           test::tree_text(item) + " @" + std::to_string(item.position.line) + ":" +
                           std::to_string(item.position.column));
    }

    mutable std::vector<std::string> asked;
    std::vector<std::string> received;

private:
    std::set<std::string, std::less<>> keys_;
};

}  // namespace

TEST_CASE("Items of streamed top-level lists go to the sink in order and are not kept") {
    RecordingSink sink({"cards", "themes"});
    const std::string text =
        "title: x\n"
        "cards:\n"
        "  - kind: a\n"
        "    tags: [t]\n"
        "  - \"second\"\n"
        "themes: [{id: w}, v]\n"
        "other: [1, 2]\n";
    test::YamlRead read = test::read_yaml(text, {}, &sink);
    REQUIRE(read.diagnostics.items().empty());
    REQUIRE(read.result.complete);
    CHECK(sink.received == std::vector<std::string>{
                               "cards#0 {\"kind\": \"a\", \"tags\": [\"t\"]} @3:5",
                               "cards#1 \"second\" @5:5",
                               "themes#0 {\"id\": \"w\"} @6:10",
                               "themes#1 \"v\" @6:19",
                           });
    const yaml::Node& root = *read.result.root;
    CHECK(test::tree_text(root) == R"({"title": "x", "cards": [], "themes": [], "other": ["1", "2"]})");
    CHECK(root.find("cards")->streamed_items == 2);
    CHECK(root.find("cards")->position == SourcePosition{3, 3});
    CHECK(root.find("themes")->streamed_items == 2);
    CHECK(root.find("other")->streamed_items == 0);
    CHECK(sink.asked == std::vector<std::string>{"cards", "themes", "other"});  // the keys of lists
}

TEST_CASE("Only values of the top-level mapping are streamed") {
    RecordingSink sink({"cards"});
    test::YamlRead nested = test::read_yaml("deck:\n  cards:\n    - a\n", {}, &sink);
    CHECK(sink.received.empty());
    CHECK(test::tree_text(*nested.result.root) == R"({"deck": {"cards": ["a"]}})");

    test::YamlRead list_root = test::read_yaml("- cards: [a]\n", {}, &sink);
    CHECK(sink.received.empty());
    CHECK(test::tree_text(*list_root.result.root) == R"([{"cards": ["a"]}])");

    test::YamlRead scalar_value = test::read_yaml("cards: none\n", {}, &sink);
    CHECK(test::tree_text(*scalar_value.result.root) == R"({"cards": "none"})");
    CHECK(sink.received.empty());

    test::YamlRead flow_root = test::read_yaml("{cards: [a, b]}\n", {}, &sink);
    CHECK(sink.received.size() == 2);
    CHECK(flow_root.result.root->find("cards")->streamed_items == 2);
}

TEST_CASE("Streaming bounds memory by the largest item while the total stays limited") {
    std::string text = "cards:\n";
    for (int i = 0; i < 1000; ++i) text += "- kind: question\n  text: card " + std::to_string(i) + "\n";
    yaml::ReadLimits limits;
    limits.max_nodes_in_memory = 20;

    RecordingSink sink({"cards"});
    const test::YamlRead streamed = test::read_yaml(text, limits, &sink);
    CHECK(streamed.diagnostics.items().empty());
    CHECK(sink.received.size() == 1000);
    CHECK(streamed.result.root->find("cards")->streamed_items == 1000);

    const test::YamlRead kept = test::read_yaml(text, limits);
    CHECK(test::first_yaml_error(text, limits) ==
          "8:9: the file holds more than 20 values that would have to be kept in memory at once; "
          "split it into smaller files");
    CHECK_FALSE(kept.result.complete);

    limits.max_nodes_total = 2000;
    RecordingSink limited_sink({"cards"});
    const test::YamlRead limited = test::read_yaml(text, limits, &limited_sink);
    REQUIRE(limited.diagnostics.items().size() == 1);
    CHECK(limited.diagnostics.items()[0].message ==
          "the file holds more than 2000 values, more than Kindling reads from one file");
    CHECK(limited_sink.received.size() == 399);  // 3 + 5 * 399 = 1998 nodes before the limit
}

TEST_CASE("Items streamed before a syntax error stay handed over, the result is incomplete") {
    RecordingSink sink({"cards"});
    const test::YamlRead read =
        test::read_yaml("cards:\n  - a\n  - b\n  - [c\nnext: 1\n", {}, &sink);
    CHECK(sink.received == std::vector<std::string>{"cards#0 \"a\" @2:5", "cards#1 \"b\" @3:5"});
    CHECK_FALSE(read.result.complete);
    CHECK_FALSE(read.result.root.has_value());
    REQUIRE(read.diagnostics.items().size() == 1);
    CHECK(read.diagnostics.items()[0].position == SourcePosition{5, 5});
}
