#pragma once
// Where text was drawn in the last frame, in output pixels: tests check that no text leaves the
// title-safe area and find buttons by their labels. Kept only while someone listens.

#include "ui/geometry.hpp"

#include <string>
#include <vector>

namespace kindling::ui {

struct DrawnText {
    std::string text;
    RectF output;  // the visible part, after clipping
};

class TextRecorder {
public:
    void clear() { drawn_.clear(); }
    void record(std::string text, RectF output) { drawn_.push_back({std::move(text), output}); }
    [[nodiscard]] const std::vector<DrawnText>& drawn() const { return drawn_; }

private:
    std::vector<DrawnText> drawn_;
};

}  // namespace kindling::ui
