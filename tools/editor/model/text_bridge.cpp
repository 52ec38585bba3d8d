#include "text_bridge.hpp"

#include "core/text/unicode.hpp"

#include <algorithm>

namespace kindling::editor {

TextBridge::TextBridge(std::size_t capacity) : capacity_(std::min(capacity, default_capacity)) {}

void TextBridge::note_character(char32_t c) noexcept {
    if (c < 0x10000 && !seen_.test(c)) {
        seen_.set(c);
        ++glyph_generation_;
    }
}

std::optional<char32_t> TextBridge::stand_in_for(std::string_view piece, PieceKind kind) {
    const std::string key(piece);
    if (const auto it = by_original_.find(key); it != by_original_.end()) return it->second;
    if (stand_ins_.size() >= capacity_) return std::nullopt;
    const char32_t code_point = first_stand_in + static_cast<char32_t>(stand_ins_.size());
    stand_ins_.push_back({code_point, key, kind});
    by_original_.emplace(key, code_point);
    ++glyph_generation_;
    return code_point;
}

std::optional<std::string> TextBridge::to_widget(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool complete = true;
    std::size_t offset = 0;
    while (offset < text.size()) {
        const TextPiece piece = next_piece(text, offset);
        const std::string_view bytes = text.substr(offset, piece.length);
        if (piece.kind == PieceKind::plain) {
            out.append(bytes);
            note_character(unicode::decode(text, offset).code_point);
        } else if (const auto code_point = stand_in_for(bytes, piece.kind)) {
            unicode::append_utf8(out, *code_point);
        } else {
            complete = false;
            unicode::append_utf8(out, unicode::replacement_character);
        }
        offset += piece.length;
    }
    if (!complete) return std::nullopt;
    return out;
}

std::string TextBridge::display(std::string_view text) {
    if (auto mapped = to_widget(text)) return std::move(*mapped);
    // Full table: map what can be mapped, mark the rest.
    std::string out;
    std::size_t offset = 0;
    while (offset < text.size()) {
        const TextPiece piece = next_piece(text, offset);
        const std::string_view bytes = text.substr(offset, piece.length);
        if (piece.kind == PieceKind::plain) {
            out.append(bytes);
        } else if (const auto it = by_original_.find(std::string(bytes)); it != by_original_.end()) {
            unicode::append_utf8(out, it->second);
        } else {
            unicode::append_utf8(out, unicode::replacement_character);
        }
        offset += piece.length;
    }
    return out;
}

std::string TextBridge::from_widget(std::string_view text) const {
    std::string out;
    out.reserve(text.size());
    std::size_t offset = 0;
    while (offset < text.size()) {
        const unicode::Decoded decoded = unicode::decode(text, offset);
        const StandIn* original = decoded.valid ? stand_in(decoded.code_point) : nullptr;
        if (original) out += original->original;
        else out.append(text.substr(offset, decoded.length));
        offset += decoded.length;
    }
    return out;
}

const StandIn* TextBridge::stand_in(char32_t code_point) const noexcept {
    if (code_point < first_stand_in) return nullptr;
    const std::size_t index = code_point - first_stand_in;
    return index < stand_ins_.size() ? &stand_ins_[index] : nullptr;
}

}  // namespace kindling::editor
