// The status line at any window width and text size: the message and the summary never run
// into each other (issue 20, item 15: they did at 480×320).
#include "ui/status_bar_layout.hpp"

#include <catch2/catch.hpp>

using kindling::editor::ui::fit_status_bar;
using kindling::editor::ui::StatusBarFit;

namespace {

// Widths in pixels of "2 unsaved · text 130%" and "2 unsaved", and the gap between the two sides.
const std::vector<float> summaries = {220.0f, 110.0f};
constexpr float gap = 24.0f;

// Nothing overlaps: the message's room, the gap and the shown summary fit in the line.
bool fits(const StatusBarFit& fit, float available) {
    const float summary = fit.summary ? summaries[*fit.summary] + gap : 0.0f;
    return fit.message_width >= 0 && fit.message_width + summary <= available;
}

}  // namespace

TEST_CASE("A wide status line shows the whole message and the whole summary") {
    const StatusBarFit fit = fit_status_bar(1400.0f, 300.0f, summaries, gap);
    REQUIRE(fit.summary);
    CHECK(*fit.summary == 0);
    CHECK(fit.message_width == 300.0f);
}

TEST_CASE("A narrow status line shortens the summary before it cuts the message") {
    // 430 pixels: the message of 200 and the full summary of 220 do not fit with the gap.
    const StatusBarFit fit = fit_status_bar(430.0f, 200.0f, summaries, gap);
    REQUIRE(fit.summary);
    CHECK(*fit.summary == 1);
    CHECK(fit.message_width == 200.0f);
    CHECK(fits(fit, 430.0f));
}

TEST_CASE("A long message is cut, and keeps at least half the line before the summary goes") {
    const StatusBarFit cut = fit_status_bar(460.0f, 900.0f, summaries, gap);
    REQUIRE(cut.summary);
    CHECK(*cut.summary == 1);
    CHECK(cut.message_width == 460.0f - gap - 110.0f);
    CHECK(fits(cut, 460.0f));

    const StatusBarFit alone = fit_status_bar(200.0f, 900.0f, summaries, gap);
    CHECK_FALSE(alone.summary);
    CHECK(alone.message_width == 200.0f);
}

TEST_CASE("At no width and no message length do the two sides of the status line overlap") {
    for (float available = 0.0f; available <= 1600.0f; available += 10.0f) {
        for (float message = 0.0f; message <= 1200.0f; message += 15.0f) {
            INFO("line " << available << ", message " << message);
            const StatusBarFit fit = fit_status_bar(available, message, summaries, gap);
            REQUIRE(fits(fit, available));
            REQUIRE(fit.message_width <= message);
            // The message is only cut when it could not have its whole width anyway.
            if (fit.message_width < message) REQUIRE(message + gap + summaries.back() > available);
        }
    }
}
