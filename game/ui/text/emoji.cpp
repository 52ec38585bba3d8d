#include "ui/text/emoji.hpp"

#include "ui/text/unicode_properties.hpp"

#include <algorithm>

namespace kindling::text {

EmojiPresentation emoji_presentation(std::span<const char32_t> cluster) {
    if (cluster.empty()) return EmojiPresentation::none;
    const char32_t base = cluster.front();
    const auto contains = [&](char32_t wanted) {
        return std::find(cluster.begin(), cluster.end(), wanted) != cluster.end();
    };
    const auto rest = cluster.subspan(1);

    if (contains(unicode::text_presentation_selector)) return EmojiPresentation::none;
    if (unicode::is_regional_indicator(base)) return EmojiPresentation::emoji;
    if (unicode::has_emoji_presentation(base)) return EmojiPresentation::emoji;

    const bool base_is_emoji = unicode::is_emoji(base);
    if (base_is_emoji && (contains(unicode::emoji_presentation_selector) ||
                          contains(unicode::combining_enclosing_keycap))) {
        return EmojiPresentation::emoji;
    }
    if (base_is_emoji && std::any_of(rest.begin(), rest.end(), unicode::is_emoji_modifier)) {
        return EmojiPresentation::emoji;
    }
    if (contains(unicode::zero_width_joiner) &&
        std::all_of(cluster.begin(), cluster.end(), [](char32_t c) {
            return c == unicode::zero_width_joiner || c == unicode::emoji_presentation_selector ||
                   unicode::is_extended_pictographic(c) || unicode::is_emoji_modifier(c);
        }) &&
        unicode::is_extended_pictographic(base)) {
        return EmojiPresentation::emoji;
    }
    if (base_is_emoji && unicode::is_extended_pictographic(base)) {
        return EmojiPresentation::text_default;
    }
    return EmojiPresentation::none;
}

}  // namespace kindling::text
