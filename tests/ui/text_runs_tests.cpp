#include "fake_fonts.hpp"
#include "ui/text/emoji.hpp"
#include "ui/text/text_runs.hpp"
#include "ui/text/unicode_properties.hpp"

#include <catch2/catch.hpp>

using namespace kindling::text;
using namespace kindling::text::testing;

namespace {

std::string run_text(const ItemisedParagraph& paragraph, const TextRun& run) {
    return paragraph.text.substr(run.begin, run.end - run.begin);
}

EmojiPresentation presentation_of(std::u32string_view cluster) {
    return emoji_presentation({cluster.data(), cluster.size()});
}

}  // namespace

TEST_CASE("Text splits into paragraphs at every kind of line break") {
    CHECK(split_paragraphs("one\ntwo") == std::vector<std::string>{"one", "two"});
    CHECK(split_paragraphs("one\r\ntwo\rthree") ==
          std::vector<std::string>{"one", "two", "three"});
    CHECK(split_paragraphs("a\u2028b\u2029c\fd") ==
          std::vector<std::string>{"a", "b", "c", "d"});
    CHECK(split_paragraphs("a\n\nb") == std::vector<std::string>{"a", "", "b"});
    CHECK(split_paragraphs("") == std::vector<std::string>{""});
}

TEST_CASE("Display text has no tabs, controls or malformed UTF-8") {
    CHECK(split_paragraphs("a\tb") == std::vector<std::string>{"a b"});
    CHECK(split_paragraphs("a\x01" "b\x7F") == std::vector<std::string>{"ab"});
    CHECK(split_paragraphs("bad \xC3 byte") == std::vector<std::string>{"bad \uFFFD byte"});
}

TEST_CASE("Grapheme clusters keep emoji sequences, flags and combining marks whole") {
    const std::string family = "\U0001F468\u200D\U0001F469\u200D\U0001F467";
    CHECK(unicode::grapheme_boundaries("a" + family + "b") ==
          std::vector<std::size_t>{0, 1, 1 + family.size(), 2 + family.size()});
    const std::string flags = "\U0001F1EB\U0001F1F7\U0001F1EF\U0001F1F5";  // FR JP
    CHECK(unicode::grapheme_boundaries(flags) == std::vector<std::size_t>{0, 8, 16});
    CHECK(unicode::grapheme_boundaries("e\u0301x") == std::vector<std::size_t>{0, 3, 4});
    CHECK(unicode::grapheme_boundaries("\U0001F44D\U0001F3FD!") ==
          std::vector<std::size_t>{0, 8, 9});
}

TEST_CASE("Emoji are recognised by their Unicode properties, not by font coverage") {
    CHECK(presentation_of(U"\U0001F600") == EmojiPresentation::emoji);
    CHECK(presentation_of(U"\U0001F468\u200D\U0001F469\u200D\U0001F467") ==
          EmojiPresentation::emoji);
    CHECK(presentation_of(U"\U0001F1EB\U0001F1F7") == EmojiPresentation::emoji);  // flag
    CHECK(presentation_of(U"\U0001F44D\U0001F3FD") == EmojiPresentation::emoji);  // skin tone
    CHECK(presentation_of(U"\u2764\uFE0F") == EmojiPresentation::emoji);          // VS16
    CHECK(presentation_of(U"1\uFE0F\u20E3") == EmojiPresentation::emoji);         // keycap
    CHECK(presentation_of(U"\u261D\U0001F3FB") == EmojiPresentation::emoji);  // text base + tone
    CHECK(presentation_of(U"\u2764") == EmojiPresentation::text_default);
    CHECK(presentation_of(U"\U0001F600\uFE0E") == EmojiPresentation::none);  // VS15 asks for text
    CHECK(presentation_of(U"1") == EmojiPresentation::none);
    CHECK(presentation_of(U"#") == EmojiPresentation::none);
    CHECK(presentation_of(U"a") == EmojiPresentation::none);
}

TEST_CASE("Runs change face where font coverage changes") {
    FakeFonts fonts;
    const auto paragraph =
        itemise_paragraph("Hi \u4F60\u597D \U0001F600!", FontRole::regular, fonts);
    REQUIRE(paragraph.runs.size() == 4);
    CHECK(run_text(paragraph, paragraph.runs[0]) == "Hi ");
    CHECK(paragraph.runs[0].face == latin);
    CHECK(run_text(paragraph, paragraph.runs[1]) == "\u4F60\u597D ");  // the space stays along
    CHECK(paragraph.runs[1].face == cjk);
    CHECK(run_text(paragraph, paragraph.runs[2]) == "\U0001F600");
    CHECK(paragraph.runs[2].emoji);
    CHECK(paragraph.runs[2].face == emoji);
    CHECK(run_text(paragraph, paragraph.runs[3]) == "!");
    CHECK(paragraph.runs[3].face == latin);
}

TEST_CASE("Bold text asks for bold faces") {
    FakeFonts fonts;
    const auto paragraph = itemise_paragraph("Bold", FontRole::bold, fonts);
    REQUIRE(paragraph.runs.size() == 1);
    CHECK(paragraph.runs[0].face == latin_bold);
}

TEST_CASE("A text-default emoji the primary font lacks is drawn in colour") {
    FakeFonts fonts;
    // U+2764 HEAVY BLACK HEART: the fake Latin face lacks it, the emoji face has it.
    const auto paragraph = itemise_paragraph("I \u2764 you", FontRole::regular, fonts);
    REQUIRE(paragraph.runs.size() == 3);
    CHECK(paragraph.runs[1].emoji);
    // Without a colour emoji font, emoji stay with text fonts and nothing breaks.
    fonts.has_emoji_face = false;
    const auto without = itemise_paragraph("I \U0001F600 you", FontRole::regular, fonts);
    for (const auto& run : without.runs) CHECK_FALSE(run.emoji);
}

TEST_CASE("A right-to-left sentence is one run with its spaces, at an odd bidi level") {
    FakeFonts fonts;
    const auto paragraph =
        itemise_paragraph("\u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD", FontRole::regular,
                          fonts);
    CHECK(paragraph.base_direction() == Direction::right_to_left);
    REQUIRE(paragraph.runs.size() == 1);
    CHECK(paragraph.runs[0].face == hebrew_arabic);
    CHECK(paragraph.runs[0].direction() == Direction::right_to_left);
    CHECK(paragraph.runs[0].script.view() == "Hebr");
}

TEST_CASE("Paragraph direction comes from the first strong character") {
    FakeFonts fonts;
    CHECK(itemise_paragraph("Hello \u05E9\u05DC\u05D5\u05DD", FontRole::regular, fonts)
              .base_direction() == Direction::left_to_right);
    CHECK(itemise_paragraph("\u05E9\u05DC\u05D5\u05DD Hello", FontRole::regular, fonts)
              .base_direction() == Direction::right_to_left);
    CHECK(itemise_paragraph("123 \u0645\u0631\u062D\u0628\u0627", FontRole::regular, fonts)
              .base_direction() == Direction::right_to_left);
    CHECK(itemise_paragraph("123 ...", FontRole::regular, fonts).base_direction() ==
          Direction::left_to_right);
}

TEST_CASE("Runs carry script and bidi level for shaping") {
    FakeFonts fonts;
    const auto paragraph = itemise_paragraph(
        "Hi \u0645\u0631\u062D\u0628\u0627 12", FontRole::regular, fonts);
    REQUIRE(paragraph.runs.size() >= 2);
    CHECK(paragraph.runs[0].script.view() == "Latn");
    CHECK(paragraph.runs[0].bidi_level == 0);
    const auto& arabic = paragraph.runs[1];
    CHECK(arabic.script.view() == "Arab");
    CHECK(arabic.bidi_level == 1);
    CHECK(arabic.face == hebrew_arabic);
    // Runs cover the text without gaps or overlaps.
    std::size_t expected_begin = 0;
    for (const auto& run : paragraph.runs) {
        CHECK(run.begin == expected_begin);
        expected_begin = run.end;
    }
    CHECK(expected_begin == paragraph.text.size());
}

TEST_CASE("A combining mark stays in its base letter's run") {
    FakeFonts fonts;
    const auto paragraph = itemise_paragraph("Cafe\u0301 ok", FontRole::regular, fonts);
    REQUIRE(paragraph.runs.size() == 1);
    CHECK(paragraph.cluster_count() == 7);
}
