#include "core/text/text_similarity.hpp"
#include "core/format/yaml_comments.hpp"

#include "support/catch_printers.hpp"

#include <catch2/catch.hpp>

#include <array>
#include <vector>

using namespace kindling;

TEST_CASE("Did-you-mean hints find likely typos only") {
    constexpr std::array<std::string_view, 4> keys{"kind", "text", "level", "timer"};
    CHECK(closest_match("levle", keys) == "level");
    CHECK(closest_match("txt", keys) == "text");
    CHECK(closest_match("tim", keys) == "timer");
    CHECK_FALSE(closest_match("colour", keys));
    CHECK(edit_distance("kitten", "sitting") == 3);
    CHECK(edit_distance("ab", "ba") == 1);
}

TEST_CASE("Near-duplicate cards are found, different questions are not") {
    const std::array<std::string_view, 6> texts{
        "What is your favourite smell?",
        "What's your favourite smell!",
        "What smell takes you back to being a small child?",
        "Hold hands for a minute.",
        "Name a song that always makes you dance.",
        "Which smell takes you right back to being a small child?",
    };
    const auto pairs = find_near_duplicates(texts);
    REQUIRE(pairs.size() == 2);
    CHECK(pairs[0].first == 0);
    CHECK(pairs[0].second == 1);
    CHECK(pairs[0].similarity == 1.0);
    CHECK(pairs[1].first == 2);
    CHECK(pairs[1].second == 5);
}

TEST_CASE("The near-duplicate search stops at a bounded number of pairs") {
    // 400 copies of one text are 79,800 pairs; only the first max_similar_pairs are kept.
    std::vector<std::string_view> texts(400, "Tell me about the best day of your week.");
    const auto pairs = find_near_duplicates(texts);
    CHECK(pairs.size() == max_similar_pairs);
    for (const SimilarPair& pair : pairs) CHECK(pair.similarity == 1.0);
}

TEST_CASE("Comments are found outside quoted and block scalars") {
    CHECK_FALSE(yaml::first_comment("# yaml-language-server: $schema=x.json\nid: a\n"));
    CHECK_FALSE(yaml::first_comment("text: \"a # b\"\nother: 'c # d'\nplain: a#b\n"));
    CHECK_FALSE(yaml::first_comment("text: |\n  # not a comment\n  more\nnext: x\n"));
    CHECK(yaml::first_comment("id: a\n# a comment\n") == SourcePosition{2, 1});
    CHECK(yaml::first_comment("id: a  # trailing\n") == SourcePosition{1, 8});
    CHECK(yaml::first_comment("text: |\n  body\n# after the block\n") == SourcePosition{3, 1});
    CHECK(yaml::first_comment("text: \"multi\n  line # still quoted\" # comment\n") == SourcePosition{2, 24});
}
