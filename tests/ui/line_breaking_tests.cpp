#include "fake_fonts.hpp"
#include "ui/text/line_breaker.hpp"
#include "ui/text/paragraph_layout.hpp"
#include "ui/text/unicode_properties.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace kindling::text;
using namespace kindling::text::testing;

namespace {

// Lays out `text` at 10 px (a Latin letter is 5 px wide, an ideograph or emoji 10 px) and
// returns the text of each line as written (logical order, trailing spaces included).
struct Broken {
    std::vector<std::string> lines;
    std::vector<bool> word_split;
};

Broken break_text(const std::string& text, int max_width, std::string language = "en") {
    FakeFonts fonts;
    const auto paragraph = itemise_paragraph(text, FontRole::regular, fonts);
    const auto opportunities =
        line_break_opportunities(paragraph.text, paragraph.clusters, language);
    const auto width_of = [&](std::size_t begin, std::size_t end) {
        return fonts.advance({latin, 10, Direction::left_to_right, ScriptTag{"Latn"}},
                             std::string_view{paragraph.text}.substr(begin, end - begin));
    };
    Broken broken;
    for (const auto& span : break_lines(paragraph.text, paragraph.clusters, opportunities,
                                        max_width, width_of)) {
        broken.lines.push_back(paragraph.text.substr(span.begin, span.end - span.begin));
        broken.word_split.push_back(span.word_split);
    }
    return broken;
}

bool starts_at_grapheme_boundary(const std::string& whole, std::size_t offset) {
    const auto boundaries = unicode::grapheme_boundaries(whole);
    return std::find(boundaries.begin(), boundaries.end(), offset) != boundaries.end();
}

// Every line of `broken` starts at a grapheme boundary of the whole text.
void check_no_cluster_split(const std::string& text, const Broken& broken) {
    std::size_t offset = 0;
    for (const auto& line : broken.lines) {
        CHECK(starts_at_grapheme_boundary(text, offset));
        offset += line.size();
    }
    CHECK(offset == text.size());
}

}  // namespace

TEST_CASE("English breaks between words and spaces hang at the end of a line") {
    // Segments: "The " 20 px (15 visible), "quick " 30 (25), "brown " 30 (25), "fox " 20 (15),
    // "jumps" 25. At 50 px, "The quick" is 45 px wide with its space hanging.
    const auto broken = break_text("The quick brown fox jumps", 50);
    CHECK(broken.lines == std::vector<std::string>{"The quick ", "brown fox ", "jumps"});
    CHECK(std::none_of(broken.word_split.begin(), broken.word_split.end(), [](bool b) { return b; }));
}

TEST_CASE("A line may end after a hyphen but not before punctuation") {
    const auto broken = break_text("well-known word!", 30);
    CHECK(broken.lines == std::vector<std::string>{"well-", "known ", "word!"});
}

TEST_CASE("Without a wrap width a paragraph is one line") {
    CHECK(break_text("The quick brown fox", 0).lines ==
          std::vector<std::string>{"The quick brown fox"});
}

TEST_CASE("CJK text breaks between ideographs") {
    // 我爱你我爱你: six ideographs of 10 px, two to a 25 px line.
    const std::string text = "\u6211\u7231\u4F60\u6211\u7231\u4F60";
    const auto broken = break_text(text, 25, "zh");
    CHECK(broken.lines == std::vector<std::string>{"\u6211\u7231", "\u4F60\u6211", "\u7231\u4F60"});
    CHECK(std::none_of(broken.word_split.begin(), broken.word_split.end(), [](bool b) { return b; }));
}

TEST_CASE("CJK closing punctuation never starts a line") {
    const std::string text = "\u6211\u7231\u4F60\u3002\u6211\u7231\u4F60\u3002";  // 我爱你。我爱你。
    const auto broken = break_text(text, 30, "zh");
    REQUIRE(broken.lines.size() >= 2);
    for (const auto& line : broken.lines) CHECK(line.rfind("\u3002", 0) != 0);
}

TEST_CASE("Japanese kana and ideographs mixed with Latin break sensibly") {
    const std::string text = "\u79C1\u306F Kindling \u304C\u597D\u304D";  // 私は Kindling が好き
    const auto broken = break_text(text, 45, "ja");
    CHECK(broken.lines.size() >= 2);
    // "Kindling" is one word of 40 px: it must not be cut.
    bool whole_word = false;
    for (const auto& line : broken.lines) whole_word |= line.find("Kindling") != std::string::npos;
    CHECK(whole_word);
}

TEST_CASE("A ZWJ emoji sequence is never split across lines") {
    const std::string family = "\U0001F468\u200D\U0001F469\u200D\U0001F467";
    const std::string text = "ab" + family + family + "cd";
    for (int width : {5, 10, 15, 25, 40}) {
        CAPTURE(width);
        const auto broken = break_text(text, width);
        check_no_cluster_split(text, broken);
        for (const auto& line : broken.lines) {
            // Each line holds whole families or none: no joiner at either end.
            CHECK(line.rfind("\u200D", 0) != 0);
            CHECK((line.size() < 3 || line.substr(line.size() - 3) != "\u200D"));
        }
    }
}

TEST_CASE("Flags, skin tones and keycaps stay whole even when cut as a last resort") {
    const std::string text =
        "\U0001F1EB\U0001F1F7\U0001F1EF\U0001F1F5\U0001F44D\U0001F3FD" "1\uFE0F\u20E3";
    for (int width : {5, 10, 20}) {
        CAPTURE(width);
        check_no_cluster_split(text, break_text(text, width));
    }
}

TEST_CASE("A combining sequence is never split, even inside an over-long word") {
    // 12 letters each with two combining marks: 60 px, cut as a last resort at 25 px.
    std::string text;
    for (int i = 0; i < 12; ++i) text += "e\u0301\u0323";
    const auto broken = break_text(text, 25);
    CHECK(broken.lines.size() == 3);
    check_no_cluster_split(text, broken);
    for (const auto& line : broken.lines) CHECK(line.rfind("\u0301", 0) != 0);
}

TEST_CASE("An over-long word is cut at grapheme boundaries only as a last resort") {
    // 20 letters = 100 px on 40 px lines: 8 letters per line.
    const auto broken = break_text("Supercalifragilistic is long", 40);
    // The word's tail shares its line with what follows when that fits.
    CHECK(broken.lines == std::vector<std::string>{"Supercal", "ifragili", "stic is ", "long"});
    CHECK(broken.word_split == std::vector<bool>{true, true, false, false});
}

TEST_CASE("A cluster wider than a line still makes progress") {
    const auto broken = break_text("\u6211\u7231\u4F60", 4, "zh");
    CHECK(broken.lines == std::vector<std::string>{"\u6211", "\u7231", "\u4F60"});
}

TEST_CASE("Explicit newlines end lines, empty lines are kept") {
    FakeFonts fonts;
    ParagraphLayouter layouter(fonts, fonts);
    const auto layout = layouter.layout("one\n\ntwo three", {FontRole::regular, 10, 1000});
    REQUIRE(layout.lines.size() == 3);
    CHECK(layout.lines[0].runs.at(0).text == "one");
    CHECK(layout.lines[1].runs.empty());
    CHECK(layout.lines[2].runs.at(0).text == "two three");
    // Each line is 10 px tall with 2 px of leading: tops at 0, 12, 24.
    CHECK(layout.lines[1].top == 12);
    CHECK(layout.lines[2].top == 24);
    CHECK(layout.height == 34);
}
