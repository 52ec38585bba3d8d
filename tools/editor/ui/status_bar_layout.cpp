#include "status_bar_layout.hpp"

#include <algorithm>

namespace kindling::editor::ui {

StatusBarFit fit_status_bar(float available, float message, const std::vector<float>& summaries, float gap) {
    available = std::max(available, 0.0f);
    const auto room_beside = [&](std::size_t index) { return available - gap - summaries[index]; };
    for (std::size_t index = 0; index < summaries.size(); ++index) {
        if (room_beside(index) >= message) return {index, message};
    }
    // The message is cut either way; the summary stays while the message keeps half the line.
    for (std::size_t index = 0; index < summaries.size(); ++index) {
        if (room_beside(index) > 0 && room_beside(index) >= available * 0.5f) return {index, room_beside(index)};
    }
    return {std::nullopt, std::min(message, available)};
}

}  // namespace kindling::editor::ui
