#pragma once
// The editor's answer to Debian's 16-bit Dear ImGui (ImWchar = 16 bits), which turns every
// character beyond U+FFFF into U+FFFD the moment a text field is edited: emoji would be lost.
//
// Text crosses into ImGui only through this bridge. Every piece ImGui cannot hold as it is
// (an emoji with all its code points, any other character beyond U+FFFF, a private-use
// character already in the text, a control character, an invalid byte) is replaced by a
// stand-in from the BMP Private Use Area (U+E000..U+F8FF), one per distinct piece for the whole
// session. Coming back, each stand-in becomes its piece again, byte for byte. The font atlas
// draws each stand-in as the real emoji (see ui/font_atlas.cpp), so authors see what they wrote.
//
// Why not rebuild Dear ImGui with IMGUI_USE_WCHAR32: that needs Debian's source package
// (a deb-src line, `apt-get source`, a private build of the library) in every setup and CI run,
// and the Debian package could change under it. The bridge keeps the stock libimgui-dev and is
// a few hundred lines that tests cover completely. See tools/editor/README.md.

#include "special_characters.hpp"

#include <bitset>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kindling::editor {

struct StandIn {
    char32_t code_point = 0;  // in U+E000..U+F8FF
    std::string original;     // the exact bytes it stands for
    PieceKind kind = PieceKind::emoji;
};

class TextBridge {
public:
    static constexpr char32_t first_stand_in = 0xE000;
    static constexpr std::size_t default_capacity = 0xF8FF - 0xE000 + 1;

    explicit TextBridge(std::size_t capacity = default_capacity);

    // Text for an ImGui widget. Nullopt only when the session has used up all stand-ins; the
    // field must then be shown read-only (the model text is never touched).
    std::optional<std::string> to_widget(std::string_view model_text);
    // Text from an ImGui widget back to the model: stand-ins become their originals.
    [[nodiscard]] std::string from_widget(std::string_view widget_text) const;
    // For read-only display: like to_widget, with U+FFFD for pieces that found no stand-in.
    std::string display(std::string_view model_text);

    [[nodiscard]] const std::vector<StandIn>& stand_ins() const noexcept { return stand_ins_; }
    [[nodiscard]] const StandIn* stand_in(char32_t code_point) const noexcept;

    // Characters ImGui was asked to draw, so the font atlas can include exactly those.
    [[nodiscard]] const std::bitset<0x10000>& seen_characters() const noexcept { return seen_; }
    // Grows whenever a new character or stand-in appears; the atlas rebuilds when it changed.
    [[nodiscard]] std::uint64_t glyph_generation() const noexcept { return glyph_generation_; }

private:
    std::optional<char32_t> stand_in_for(std::string_view piece, PieceKind kind);
    void note_character(char32_t c) noexcept;

    std::size_t capacity_;
    std::vector<StandIn> stand_ins_;
    std::unordered_map<std::string, char32_t> by_original_;
    std::bitset<0x10000> seen_;
    std::uint64_t glyph_generation_ = 0;
};

}  // namespace kindling::editor
