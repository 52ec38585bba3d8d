#pragma once
// How the status line shares a narrow window or large text. The message on the left (what just
// happened, or an error) comes first; the summary on the right ("2 unsaved · text 130%")
// shortens, then gives way, and a message that still does not fit is cut with an ellipsis.
// The two never run into each other.

#include <cstddef>
#include <optional>
#include <vector>

namespace kindling::editor::ui {

struct StatusBarFit {
    std::optional<std::size_t> summary;  // which of the summaries is shown, if any
    float message_width = 0;             // room for the message; less than its width: cut short
};

// `summaries` holds the widths of the summary's forms, from the fullest to the shortest; `gap` is
// the space kept between message and summary. The fullest summary beside which the whole message
// fits is shown; when none is, the message is cut, and a summary stays only while the message
// keeps at least half the line.
[[nodiscard]] StatusBarFit fit_status_bar(float available, float message, const std::vector<float>& summaries, float gap);

}  // namespace kindling::editor::ui
