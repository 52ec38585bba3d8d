#pragma once
// Decides, per grapheme cluster, whether it is an emoji to draw with the colour emoji font.
// This has to be decided before looking at font coverage: DejaVu Sans and other text fonts have
// monochrome glyphs for many emoji and would otherwise win.

#include <span>

namespace kindling::text {

enum class EmojiPresentation {
    none,          // ordinary text
    text_default,  // an emoji character whose default look is text (e.g. U+2764 alone)
    emoji,         // must be drawn as a colour emoji
};

// `cluster` is one extended grapheme cluster: ZWJ sequences, flags (regional indicator pairs),
// skin-tone modifiers, keycaps and VS16/VS15 selectors are all part of one cluster.
EmojiPresentation emoji_presentation(std::span<const char32_t> cluster);

}  // namespace kindling::text
