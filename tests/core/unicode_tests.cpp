#include "core/text/unicode.hpp"

#include <catch2/catch.hpp>

using namespace kindling;

TEST_CASE("UTF-8 decoding accepts every encoding length and rejects malformed input") {
    CHECK(unicode::decode("A", 0).code_point == U'A');
    CHECK(unicode::decode("\xC3\xA9", 0).code_point == U'\u00E9');
    CHECK(unicode::decode("\xE2\x82\xAC", 0).code_point == U'\u20AC');
    const auto emoji = unicode::decode("\xF0\x9F\x98\x80", 0);
    CHECK(emoji.code_point == U'\U0001F600');
    CHECK(emoji.length == 4);

    CHECK_FALSE(unicode::decode("\xC0\xAF", 0).valid);          // overlong
    CHECK_FALSE(unicode::decode("\xED\xA0\x80", 0).valid);      // surrogate
    CHECK_FALSE(unicode::decode("\xF4\x90\x80\x80", 0).valid);  // beyond U+10FFFF
    CHECK_FALSE(unicode::decode("\xE2\x82", 0).valid);          // truncated
    CHECK_FALSE(unicode::decode("\x80", 0).valid);              // lone continuation
}

TEST_CASE("Counting and cutting text never splits a code point") {
    const std::string text = "a\xF0\x9F\x98\x80" "b";  // a😀b
    CHECK(unicode::code_point_count(text) == 3);
    CHECK(unicode::prefix_code_points(text, 2) == "a\xF0\x9F\x98\x80");
    CHECK(unicode::prefix_code_points(text, 10) == text);
    // ASCII is counted without decoding; a malformed byte after it still counts as one.
    CHECK(unicode::code_point_count("ab\xC3\xA9\x80z") == 5);
}

TEST_CASE("UTF-8 validity is decided by the first bad byte, after any amount of ASCII") {
    CHECK(unicode::is_valid_utf8("plain ASCII text \xC3\xA9"));
    CHECK_FALSE(unicode::is_valid_utf8("plain ASCII text \xC3"));
    CHECK_FALSE(unicode::is_valid_utf8("plain \xE9 text"));
}

TEST_CASE("Blank text is recognised across Unicode spaces") {
    CHECK(unicode::is_blank(""));
    CHECK(unicode::is_blank(" \t\n"));
    CHECK(unicode::is_blank("\xE3\x80\x80"));  // ideographic space
    CHECK_FALSE(unicode::is_blank(" x "));
    CHECK_FALSE(unicode::is_blank("\xE3\x80\x80x"));
    CHECK_FALSE(unicode::is_blank(" \x80"));  // a malformed byte is not a space
    CHECK(unicode::trim("  hi there \xC2\xA0") == "hi there");
}

TEST_CASE("Encoding round trip through append_utf8") {
    for (char32_t c : {U'\u0041', U'\u00E9', U'\u05D0', U'\u4E2D', U'\U0001F469'}) {
        std::string out;
        unicode::append_utf8(out, c);
        CHECK(unicode::decode(out, 0).code_point == c);
        CHECK(unicode::decode(out, 0).length == out.size());
    }
    CHECK(unicode::code_point_name(U'\U0001F600') == "U+1F600");
    CHECK(unicode::code_point_name(U'\u0007') == "U+0007");
}
