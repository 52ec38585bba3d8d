#include "fake_fonts.hpp"
#include "ui/text/paragraph_layout.hpp"

#include <catch2/catch.hpp>

using namespace kindling::text;
using namespace kindling::text::testing;

namespace {

FitRequest box(int width, int height, int preferred, int minimum) {
    FitRequest request;
    request.style = {FontRole::regular, preferred, 0, Align::center};
    request.box_width = width;
    request.box_height = height;
    request.min_pixel_size = minimum;
    return request;
}

bool inside(const TextLayout& layout, const FitRequest& request) {
    return layout.height <= request.box_height && layout.widest_line <= request.box_width;
}

const char* const card =
    "Tell your partner about a small moment from this week when you felt seen by them";

}  // namespace

TEST_CASE("Shrink to fit keeps the preferred size when the text fits") {
    FakeFonts fonts;
    ParagraphLayouter layouter(fonts, fonts);
    const auto result = layouter.fit("Hello", box(1000, 1000, 64, 20));
    CHECK(result.fits);
    CHECK_FALSE(result.ellipsized);
    CHECK(result.layout.pixel_size == 64);
    CHECK(result.text == "Hello");
}

TEST_CASE("Shrink to fit picks the largest size that fits") {
    FakeFonts fonts;
    ParagraphLayouter layouter(fonts, fonts);
    const auto request = box(400, 300, 120, 10);
    const auto result = layouter.fit(card, request);
    REQUIRE(result.fits);
    const int size = result.layout.pixel_size;
    CHECK(size < 120);
    CHECK(inside(result.layout, request));
    CHECK_FALSE(result.layout.word_split);
    // One pixel larger no longer fits.
    TextStyle bigger = request.style;
    bigger.pixel_size = size + 1;
    bigger.wrap_width = request.box_width;
    CHECK_FALSE(inside(layouter.layout(card, bigger), request));
}

TEST_CASE("Shrink to fit on a single word is exact") {
    FakeFonts fonts;
    ParagraphLayouter layouter(fonts, fonts);
    // Eight letters are 4 P wide: 100 px holds them at 25 px. Larger sizes would have to cut
    // the word, which fits the height but is refused while a size without cutting exists.
    const auto result = layouter.fit("abcdefgh", box(100, 1000, 60, 10));
    CHECK(result.fits);
    CHECK(result.layout.pixel_size == 25);
    CHECK(result.layout.lines.size() == 1);
}

TEST_CASE("Height limits the size as much as width") {
    FakeFonts fonts;
    ParagraphLayouter layouter(fonts, fonts);
    // Three lines of 1.0 P with 0.2 P leading: 3.4 P <= 68 px -> P = 20.
    const auto result = layouter.fit("a\nb\nc", box(1000, 68, 50, 5));
    CHECK(result.layout.pixel_size == 20);
    CHECK(result.layout.height == 68);
}

TEST_CASE("When even the minimum size overflows, the caller is told") {
    FakeFonts fonts;
    ParagraphLayouter layouter(fonts, fonts);
    const auto request = box(200, 40, 40, 20);
    const auto result = layouter.fit(card, request);
    CHECK_FALSE(result.fits);
    CHECK_FALSE(result.ellipsized);
    CHECK(result.layout.pixel_size == 20);
    CHECK(result.layout.height > request.box_height);
    CHECK(result.text == card);
}

TEST_CASE("On request, overflowing text is cut and ends with an ellipsis") {
    FakeFonts fonts;
    ParagraphLayouter layouter(fonts, fonts);
    auto request = box(200, 40, 40, 20);
    request.ellipsize = true;
    const auto result = layouter.fit(card, request);
    REQUIRE(result.fits);
    CHECK(result.ellipsized);
    CHECK(result.layout.pixel_size == 20);
    CHECK(inside(result.layout, request));
    const std::string ellipsis = "\u2026";
    REQUIRE(result.text.size() > ellipsis.size());
    CHECK(result.text.substr(result.text.size() - ellipsis.size()) == ellipsis);
    const std::string kept = result.text.substr(0, result.text.size() - ellipsis.size());
    CHECK(std::string{card}.rfind(kept, 0) == 0);  // a prefix of the card
    CHECK(kept.back() != ' ');
    // One 20 px line fits in 40 px (two need 44 px with their leading): "Tell your partner a"
    // plus the ellipsis fill the 200 px line exactly.
    CHECK(kept == "Tell your partner a");
    CHECK(result.layout.lines.size() == 1);
}

TEST_CASE("A word too long for the box at every size is cut rather than reported") {
    FakeFonts fonts;
    ParagraphLayouter layouter(fonts, fonts);
    const auto result = layouter.fit("Supercalifragilisticexpialidocious", box(100, 1000, 40, 10));
    CHECK(result.fits);
    CHECK(result.layout.pixel_size == 40);
    CHECK(result.layout.word_split);
}
