#include "ui/canvas.hpp"

#include <algorithm>
#include <cmath>

namespace kindling::ui {

Canvas::Canvas(int output_width, int output_height, int safe_area_percent, int text_percent,
               int title_safe_percent)
    : output_width_(std::max(1, output_width)),
      output_height_(std::max(1, output_height)),
      safe_area_percent_(std::clamp(safe_area_percent, 0, 10)),
      title_safe_percent_(std::clamp(title_safe_percent, 0, 10)),
      text_scale_(static_cast<float>(std::clamp(text_percent, 100, 200)) / 100.0f) {
    const float inset = static_cast<float>(safe_area_percent_) / 100.0f;
    const float inner_w = static_cast<float>(output_width_) * (1.0f - 2 * inset);
    const float inner_h = static_cast<float>(output_height_) * (1.0f - 2 * inset);
    scale_ = std::min(inner_w / design_width, inner_h / design_height);
    size_ = {inner_w / scale_, inner_h / scale_};
    origin_ = {static_cast<float>(output_width_) * inset, static_cast<float>(output_height_) * inset};
}

RectF Canvas::content() const {
    // 96 x 54 design pixels at 16:9 and 5 %; a share of the real size at other shapes.
    const float share = static_cast<float>(title_safe_percent_) / 100.0f;
    const float mx = size_.w * share;
    const float my = size_.h * share;
    return {mx, my, size_.w - 2 * mx, size_.h - 2 * my};
}

RectF Canvas::full_output() const {
    const PointF top_left = to_design({0, 0});
    const PointF bottom_right =
        to_design({static_cast<float>(output_width_), static_cast<float>(output_height_)});
    return {top_left.x, top_left.y, bottom_right.x - top_left.x, bottom_right.y - top_left.y};
}

int Canvas::text_pixels(float design_size) const {
    return std::max(1, static_cast<int>(std::lround(design_size * scale_ * text_scale_)));
}

RectF Canvas::title_safe_output() const {
    const float share = static_cast<float>(std::max(title_safe_percent_, safe_area_percent_)) / 100.0f;
    const float w = static_cast<float>(output_width_);
    const float h = static_cast<float>(output_height_);
    return {w * share, h * share, w * (1 - 2 * share), h * (1 - 2 * share)};
}

}  // namespace kindling::ui
