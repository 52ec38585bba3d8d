// The bridge between model text (any UTF-8) and Debian's 16-bit Dear ImGui, without ImGui.
#include "model/special_characters.hpp"
#include "model/text_bridge.hpp"

#include "core/text/unicode.hpp"

#include <catch2/catch.hpp>

#include <random>

using namespace kindling;
using namespace kindling::editor;

namespace {

std::vector<std::string> pieces_of(std::string_view text) {
    std::vector<std::string> pieces;
    for (std::size_t offset = 0; offset < text.size();) {
        const TextPiece piece = next_piece(text, offset);
        REQUIRE(piece.length > 0);
        pieces.emplace_back(text.substr(offset, piece.length));
        offset += piece.length;
    }
    return pieces;
}

PieceKind kind_of(std::string_view text) { return next_piece(text, 0).kind; }

bool only_bmp(std::string_view text) {
    for (std::size_t offset = 0; offset < text.size();) {
        const auto d = unicode::decode(text, offset);
        if (!d.valid || d.code_point > 0xFFFF) return false;
        offset += d.length;
    }
    return true;
}

}  // namespace

TEST_CASE("Emoji are split as readers see them: modifiers, flags, keycaps and ZWJ sequences stay whole") {
    CHECK(kind_of("a") == PieceKind::plain);
    CHECK(kind_of("\xC3\xA9") == PieceKind::plain);                         // é
    CHECK(pieces_of("\xF0\x9F\x98\x8A!") == std::vector<std::string>{"\xF0\x9F\x98\x8A", "!"});  // 😊!
    // 👍🏽 thumbs up with a skin tone
    CHECK(pieces_of("\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD").size() == 1);
    // 👩‍❤️‍👨 couple with heart: woman, ZWJ, heart, VS16, ZWJ, man
    const std::string couple = "\xF0\x9F\x91\xA9\xE2\x80\x8D\xE2\x9D\xA4\xEF\xB8\x8F\xE2\x80\x8D\xF0\x9F\x91\xA8";
    CHECK(pieces_of(couple + " x") == std::vector<std::string>{couple, " ", "x"});
    CHECK(kind_of(couple) == PieceKind::emoji);
    // 🇩🇪🇫🇷: two flags, not one piece and not four
    CHECK(pieces_of("\xF0\x9F\x87\xA9\xF0\x9F\x87\xAA\xF0\x9F\x87\xAB\xF0\x9F\x87\xB7").size() == 2);
    // 1️⃣ keycap, and a plain 1 stays plain
    CHECK(pieces_of("1\xEF\xB8\x8F\xE2\x83\xA3" "1") == std::vector<std::string>{"1\xEF\xB8\x8F\xE2\x83\xA3", "1"});
    // ❤️ (BMP heart asking for emoji presentation) and ⭐ (emoji by default)
    CHECK(pieces_of("\xE2\x9D\xA4\xEF\xB8\x8F").size() == 1);
    CHECK(kind_of("\xE2\x9D\xA4\xEF\xB8\x8F") == PieceKind::emoji);
    CHECK(kind_of("\xE2\xAD\x90") == PieceKind::emoji);
    // A joiner followed by a letter does not glue the letter to the emoji.
    CHECK(pieces_of("\xF0\x9F\x98\x8A\xE2\x80\x8D" "a").size() == 3);
}

TEST_CASE("Other characters the 16-bit ImGui cannot hold are recognised") {
    CHECK(kind_of("\xF0\x9D\x92\x9C") == PieceKind::astral_character);  // 𝒜 U+1D49C
    CHECK(kind_of("\xF0\xA0\x80\x80") == PieceKind::astral_character);  // 𠀀 U+20000
    CHECK(kind_of("\xEE\x80\x81") == PieceKind::private_use);           // U+E001
    CHECK(kind_of("\x01") == PieceKind::control);
    CHECK(kind_of("\t") == PieceKind::plain);
    CHECK(kind_of("\n") == PieceKind::plain);
    CHECK(kind_of("\xFF") == PieceKind::invalid_byte);
    CHECK(pieces_of("\xF0\x9F\x98") == std::vector<std::string>{"\xF0", "\x9F", "\x98"});  // cut-off emoji
}

TEST_CASE("Widget text holds only BMP characters and maps back byte for byte") {
    TextBridge bridge;
    const std::string text = "Hold hands \xF0\x9F\xA4\x9D and smile \xF0\x9F\x98\x8A \xF0\x9F\x87\xA9\xF0\x9F\x87\xAA "
                             "\xF0\x9D\x92\x9C \xEE\x80\x80 caf\xC3\xA9 \xE2\x9D\xA4\xEF\xB8\x8F";
    const auto widget = bridge.to_widget(text);
    REQUIRE(widget);
    CHECK(only_bmp(*widget));
    CHECK(widget->find("Hold hands ") == 0);
    CHECK(widget->find("caf\xC3\xA9") != std::string::npos);
    CHECK(bridge.from_widget(*widget) == text);
    // Six pieces needed stand-ins: 🤝 😊 🇩🇪 𝒜 U+E000 ❤️
    CHECK(bridge.stand_ins().size() == 6);
    CHECK(bridge.stand_ins()[0].kind == PieceKind::emoji);
    CHECK(bridge.stand_ins()[0].original == "\xF0\x9F\xA4\x9D");
}

TEST_CASE("The same piece always gets the same stand-in, and a private-use character never aliases one") {
    TextBridge bridge;
    const auto first = bridge.to_widget("\xF0\x9F\x98\x8A");  // 😊 -> U+E000
    REQUIRE(first);
    CHECK(*first == "\xEE\x80\x80");
    CHECK(bridge.to_widget("\xF0\x9F\x98\x8A \xF0\x9F\x98\x8A") == std::optional<std::string>("\xEE\x80\x80 \xEE\x80\x80"));
    // A real U+E000 in the text must not come back as 😊.
    const auto widget = bridge.to_widget("\xEE\x80\x80");
    REQUIRE(widget);
    CHECK(*widget != "\xEE\x80\x80");
    CHECK(bridge.from_widget(*widget) == "\xEE\x80\x80");
    CHECK(bridge.from_widget("\xEE\x80\x80") == "\xF0\x9F\x98\x8A");
}

TEST_CASE("Text edited around stand-ins maps back, and a new joiner sequence becomes one emoji") {
    TextBridge bridge;
    const std::string woman = "\xF0\x9F\x91\xA9";
    const std::string laptop = "\xF0\x9F\x92\xBB";
    const std::string widget = *bridge.to_widget("Hi " + woman);
    // The author types a joiner and pastes another emoji (pasted text crosses the bridge too).
    const std::string typed = widget + "\xE2\x80\x8D" + *bridge.to_widget(laptop) + "!";
    const std::string model = bridge.from_widget(typed);
    CHECK(model == "Hi " + woman + "\xE2\x80\x8D" + laptop + "!");
    const std::string shown_again = *bridge.to_widget(model);
    CHECK(bridge.from_widget(shown_again) == model);
    // 👩‍💻 is now a single stand-in: one character, deleted or moved as one.
    CHECK(unicode::code_point_count(shown_again) == 5);
}

TEST_CASE("Random text of every kind survives the bridge exactly") {
    TextBridge bridge;
    std::mt19937 random(20240601);
    const std::vector<std::string> alphabet{
        "a", " ", "\n", "\t", "\xC3\xA9", "\xD7\xA9", "\xE4\xB8\xAD", "\xF0\x9F\x98\x8A", "\xF0\x9F\x8F\xBD",
        "\xE2\x80\x8D", "\xEF\xB8\x8F", "\xF0\x9F\x87\xA9", "\xE2\x83\xA3", "1", "\xEE\x80\x80", "\xEF\xA3\xBF",
        "\xF0\x9D\x92\x9C", "\x01", "\xFF", "\xF0\x9F", "\xED\xA0\x80", "\xE2\x9D\xA4", "\xF3\xA0\x80\xA1"};
    for (int round = 0; round < 2000; ++round) {
        std::string text;
        const int length = static_cast<int>(random() % 12);
        for (int i = 0; i < length; ++i) text += alphabet[random() % alphabet.size()];
        const auto widget = bridge.to_widget(text);
        REQUIRE(widget);
        INFO("round " << round);
        REQUIRE(only_bmp(*widget));
        REQUIRE(bridge.from_widget(*widget) == text);
    }
}

TEST_CASE("When every stand-in is used, fields become read-only instead of losing text") {
    TextBridge bridge(2);
    REQUIRE(bridge.to_widget("\xF0\x9F\x98\x80"));
    REQUIRE(bridge.to_widget("\xF0\x9F\x98\x81"));
    CHECK_FALSE(bridge.to_widget("\xF0\x9F\x98\x82 and text").has_value());
    // Known pieces still map, display marks the unknown one.
    CHECK(bridge.to_widget("\xF0\x9F\x98\x80") == std::optional<std::string>("\xEE\x80\x80"));
    CHECK(bridge.display("\xF0\x9F\x98\x82!") == "\xEF\xBF\xBD!");
}

TEST_CASE("The bridge records which characters ImGui will have to draw") {
    TextBridge bridge;
    const auto before = bridge.glyph_generation();
    bridge.display("\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D");  // שלום
    CHECK(bridge.glyph_generation() > before);
    CHECK(bridge.seen_characters().test(0x05E9));
    const auto after = bridge.glyph_generation();
    bridge.display("\xD7\xA9");
    CHECK(bridge.glyph_generation() == after);  // nothing new
}
