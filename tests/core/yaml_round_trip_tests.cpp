// What yaml_writer writes, the reader reads back exactly: every text the deck tools save.
#include "core/text/unicode.hpp"
#include "core/format/yaml_writer.hpp"
#include "support/yaml_reading.hpp"

#include <catch2/catch.hpp>

#include <random>
#include <string>

using namespace kindling;

namespace {

// The text of `a` in "a: <written>", or the first error.
std::string read_back(const std::string& written) {
    const test::YamlRead read = test::read_yaml("a: " + written + "\n");
    if (!read.diagnostics.items().empty()) return "error: " + read.diagnostics.items()[0].message;
    const yaml::Node* value = read.result.root->find("a");
    if (value->is_null()) return "(null)";
    return value->value;
}

std::string random_valid_text(std::mt19937& rng) {
    constexpr char32_t samples[] = {U'a', U'Z', U'0', U' ', U'\t', U'\n', U'\r', U'"', U'\'', U'\\',
                                    U'#', U':', U'-', U'[', U'{', U',', U'&', U'*', U'!', U'|',
                                    U'\u0001', U'\u001B', U'\u007F', U'\u0085', U'\u00A0', U'\u00E9',
                                    U'\u2028', U'\u2029', U'\uFEFF', U'\u65E5', U'\U0001F600',
                                    U'\U0001F469', U'\u200D'};
    std::string text;
    const int length = std::uniform_int_distribution<int>(0, 24)(rng);
    for (int i = 0; i < length; ++i) {
        unicode::append_utf8(text, samples[std::uniform_int_distribution<std::size_t>(0, std::size(samples) - 1)(rng)]);
    }
    return text;
}

}  // namespace

TEST_CASE("Double-quoted text from yaml::quote reads back unchanged") {
    std::mt19937 rng(31337);
    for (int i = 0; i < 3000; ++i) {
        const std::string text = random_valid_text(rng);
        INFO("text: " << text);
        CHECK(read_back(yaml::quote(text)) == text);
    }
    CHECK(read_back(yaml::quote("null")) == "null");
    CHECK(read_back(yaml::quote("")) == "");
}

TEST_CASE("plain_or_quoted text reads back as the same string, never as null") {
    for (const std::string text : {"inner-world", "en", "pt-BR", "card_1", "null", "~", "yes", "12", "-3",
                                   ".5", "a b", "x: y", "#c", "", "\xC3\xA9t\xC3\xA9"}) {
        INFO("text: " << text);
        CHECK(read_back(yaml::plain_or_quoted(text)) == text);
    }
}
