#pragma once
// Text that exercises every part of the engine: colour emoji sequences, right-to-left and
// joined scripts, conjuncts, CJK, combining marks, Latin diacritics and mixed directions.
// Shared by the text tests and kindling-text-sample, and handy for previews.

#include <array>
#include <string_view>

namespace kindling::text {

struct UnicodeSample {
    std::string_view label;
    std::string_view text;
};

inline constexpr std::array<UnicodeSample, 8> unicode_samples{{
    {"Emoji: ZWJ, skin tones, flags, keycap, VS16",
     "\U0001F600 \u2764\uFE0F \U0001F44D\U0001F3FD "
     "\U0001F468\u200D\U0001F469\u200D\U0001F467 \U0001F3F3\uFE0F\u200D\U0001F308 "
     "\U0001F1EB\U0001F1F7 \U0001F1EF\U0001F1F5 1\uFE0F\u20E3 \u2764\uFE0F\u200D\U0001F525 "
     "\U0001FAF6\U0001F3FE"},
    {"Arabic (right to left, joined)",
     "\u0623\u062D\u0628\u0643 \u0623\u0643\u062B\u0631 \u0645\u0646 \u0623\u064A "
     "\u0634\u064A\u0621\u060C \u064A\u0627 \u0639\u0645\u0631\u064A"},
    {"Hebrew (right to left)",
     "\u05D0\u05E0\u05D9 \u05D0\u05D5\u05D4\u05D1 \u05D0\u05D5\u05EA\u05DA \u05D9\u05D5\u05EA\u05E8 "
     "\u05DE\u05DB\u05DC \u05D3\u05D1\u05E8"},
    {"Devanagari (conjuncts, vowel signs)",
     "\u092E\u0948\u0902 \u0924\u0941\u092E\u0938\u0947 \u092C\u0939\u0941\u0924 "
     "\u092A\u094D\u092F\u093E\u0930 \u0915\u0930\u0924\u093E \u0939\u0942\u0901"},
    {"Chinese, Japanese, Korean",
     "\u6211\u7231\u4F60\u3002\u3042\u306A\u305F\u304C\u5927\u597D\u304D\u3067\u3059\u3002"
     "\uC0AC\uB791\uD574\uC694"},
    {"Combining marks", "e\u0301 a\u0308 n\u0303 o\u0302\u0323 q\u0307\u0323 Z\u0335\u0338"},
    {"Latin with diacritics",
     "Cr\u00E8me br\u00FBl\u00E9e, \u00C6r\u00F8sk\u00F8bing, \u0141\u00F3d\u017A, "
     "\u00C7a\u011Fr\u0131, na\u00EFve fa\u00E7ade, Stra\u00DFe"},
    {"Mixed directions",
     "She wrote \u201C\u05E9\u05DC\u05D5\u05DD \u05D7\u05D1\u05E8\u201D and "
     "\u201C\u0645\u0631\u062D\u0628\u0627\u201D on the card, 2 times."},
}};

}  // namespace kindling::text
