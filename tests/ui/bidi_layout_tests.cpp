#include "fake_fonts.hpp"
#include "ui/text/paragraph_layout.hpp"

#include <catch2/catch.hpp>

using namespace kindling::text;
using namespace kindling::text::testing;

namespace {

// Hebrew words (no shaping needed) to make the expectations easy to read.
const std::string alef_bet = "\u05D0\u05D1\u05D2";    // אבג
const std::string dalet_he = "\u05D3\u05D4\u05D5";    // דהו
const std::string zayin_het = "\u05D6\u05D7\u05D8";   // זחט

std::vector<std::string> visual_runs(const LaidOutLine& line) {
    std::vector<std::string> texts;
    for (const auto& run : line.runs) texts.push_back(run.text);
    return texts;
}

void check_runs_left_to_right(const LaidOutLine& line) {
    int x = line.x;
    for (const auto& run : line.runs) {
        CHECK(run.x == x);
        x += run.width;
    }
    CHECK(x == line.x + line.width);
}

}  // namespace

TEST_CASE("A right-to-left paragraph is laid out from the right edge") {
    FakeFonts fonts;
    ParagraphLayouter layouter(fonts, fonts);
    const auto layout =
        layouter.layout(alef_bet + " " + dalet_he, {FontRole::regular, 10, 200, Align::natural});
    REQUIRE(layout.lines.size() == 1);
    const auto& line = layout.lines[0];
    REQUIRE(line.runs.size() == 1);
    CHECK(line.runs[0].shaping.direction == Direction::right_to_left);
    CHECK(line.x + line.width == 200);  // natural alignment of RTL text is right
    CHECK(line.width == 35);
}

TEST_CASE("Left-to-right words inside a right-to-left paragraph are reordered visually") {
    FakeFonts fonts;
    ParagraphLayouter layouter(fonts, fonts);
    // Logical: אבג abc דהו. Visual, left to right: "דהו", "abc", "אבג" with the spaces in
    // their right-to-left runs.
    const auto layout = layouter.layout(alef_bet + " abc " + dalet_he,
                                        {FontRole::regular, 10, 0, Align::natural});
    REQUIRE(layout.lines.size() == 1);
    const auto& line = layout.lines[0];
    CHECK(visual_runs(line) == std::vector<std::string>{" " + dalet_he, "abc", alef_bet + " "});
    CHECK(line.runs[0].shaping.direction == Direction::right_to_left);
    CHECK(line.runs[1].shaping.direction == Direction::left_to_right);
    CHECK(line.runs[2].shaping.direction == Direction::right_to_left);
    check_runs_left_to_right(line);
}

TEST_CASE("A right-to-left phrase inside English is one run shaped right to left") {
    FakeFonts fonts;
    ParagraphLayouter layouter(fonts, fonts);
    const auto layout = layouter.layout("say " + alef_bet + " " + dalet_he + " now",
                                        {FontRole::regular, 10, 0, Align::natural});
    REQUIRE(layout.lines.size() == 1);
    const auto& line = layout.lines[0];
    CHECK(visual_runs(line) == std::vector<std::string>{"say ", alef_bet + " " + dalet_he, " now"});
    CHECK(line.runs[1].shaping.direction == Direction::right_to_left);
    CHECK(line.runs[1].shaping.script.view() == "Hebr");
    CHECK(line.x == 0);  // left aligned: the paragraph is left to right
    check_runs_left_to_right(line);
}

TEST_CASE("Numbers keep their order inside right-to-left text") {
    FakeFonts fonts;
    ParagraphLayouter layouter(fonts, fonts);
    const auto layout =
        layouter.layout(alef_bet + " 123 " + dalet_he, {FontRole::regular, 10, 0});
    const auto& line = layout.lines.at(0);
    CHECK(visual_runs(line) == std::vector<std::string>{" " + dalet_he, "123", alef_bet + " "});
    CHECK(line.runs[1].shaping.direction == Direction::left_to_right);
}

TEST_CASE("A wrapped right-to-left paragraph starts on the first line, read from the right") {
    FakeFonts fonts;
    ParagraphLayouter layouter(fonts, fonts);
    // Three 15 px words on 40 px lines: two words on the first line, one on the second.
    const auto layout = layouter.layout(alef_bet + " " + dalet_he + " " + zayin_het,
                                        {FontRole::regular, 10, 40, Align::natural});
    REQUIRE(layout.lines.size() == 2);
    CHECK(visual_runs(layout.lines[0]) == std::vector<std::string>{alef_bet + " " + dalet_he});
    CHECK(visual_runs(layout.lines[1]) == std::vector<std::string>{zayin_het});
    for (const auto& line : layout.lines) CHECK(line.x + line.width == 40);
}

TEST_CASE("Mixed lines are reordered per line, not per paragraph") {
    FakeFonts fonts;
    ParagraphLayouter layouter(fonts, fonts);
    // An RTL paragraph whose English phrase is cut by the line break: each line reorders
    // its own runs.
    const auto layout = layouter.layout(alef_bet + " one two " + dalet_he,
                                        {FontRole::regular, 10, 50, Align::natural});
    REQUIRE(layout.lines.size() == 2);
    CHECK(visual_runs(layout.lines[0]) == std::vector<std::string>{"one", alef_bet + " "});
    CHECK(visual_runs(layout.lines[1]) == std::vector<std::string>{" " + dalet_he, "two"});
}

TEST_CASE("Alignment places each line in the wrap width") {
    FakeFonts fonts;
    ParagraphLayouter layouter(fonts, fonts);
    const TextStyle centred{FontRole::regular, 10, 100, Align::center};
    CHECK(layouter.layout("abcd", centred).lines.at(0).x == 40);
    const TextStyle right{FontRole::regular, 10, 100, Align::right};
    CHECK(layouter.layout("abcd", right).lines.at(0).x == 80);
    const TextStyle left{FontRole::regular, 10, 100, Align::left};
    CHECK(layouter.layout(alef_bet, left).lines.at(0).x == 0);
}

TEST_CASE("Line spacing scales the distance between baselines") {
    FakeFonts fonts;
    ParagraphLayouter layouter(fonts, fonts);
    TextStyle style{FontRole::regular, 10, 0};
    style.line_spacing = 2.0;
    const auto layout = layouter.layout("a\nb", style);
    REQUIRE(layout.lines.size() == 2);
    CHECK(layout.lines[1].baseline - layout.lines[0].baseline == 24);
}
