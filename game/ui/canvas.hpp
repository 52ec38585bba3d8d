#pragma once
// The 1080p design canvas. Screens are laid out in design pixels on a canvas at least 1920 wide
// and 1080 high; the canvas is scaled uniformly into the output (the renderer's real size in
// pixels, SDL_GetRendererOutputSize, so high-DPI screens get sharp text) after the safe-area
// inset is taken off every side. A wider or taller output gives a wider or taller canvas, never
// a distorted one.

#include "ui/geometry.hpp"

namespace kindling::ui {

inline constexpr float design_width = 1920.0f;
inline constexpr float design_height = 1080.0f;
// Title-safe margin kept inside the canvas by every layout, as a share of each side.
inline constexpr float title_safe_share = 0.05f;

class Canvas {
public:
    Canvas() : Canvas(1920, 1080, 0, 100) {}
    // `safe_area_percent` (0..10) is the player's overscan inset; `text_percent` (100..200)
    // scales text on top of the canvas scale. `title_safe_percent` (0..10) is the margin
    // content() keeps inside the canvas: 5 % normally; party mode passes its own setting.
    Canvas(int output_width, int output_height, int safe_area_percent, int text_percent,
           int title_safe_percent = 5);

    [[nodiscard]] int output_width() const { return output_width_; }
    [[nodiscard]] int output_height() const { return output_height_; }
    // Output pixels per design pixel.
    [[nodiscard]] float scale() const { return scale_; }
    [[nodiscard]] float text_scale() const { return text_scale_; }
    [[nodiscard]] int safe_area_percent() const { return safe_area_percent_; }
    [[nodiscard]] int title_safe_percent() const { return title_safe_percent_; }
    // The canvas in design pixels: x and y start at 0.
    [[nodiscard]] SizeF size() const { return size_; }
    [[nodiscard]] RectF bounds() const { return {0, 0, size_.w, size_.h}; }
    // Where layouts put things: the canvas minus the title-safe margin.
    [[nodiscard]] RectF content() const;
    // The whole output in design pixels (larger than bounds() by the safe-area inset); what
    // full-bleed backgrounds cover.
    [[nodiscard]] RectF full_output() const;

    [[nodiscard]] PointF to_output(PointF design) const {
        return {origin_.x + design.x * scale_, origin_.y + design.y * scale_};
    }
    [[nodiscard]] RectF to_output(const RectF& design) const {
        const PointF p = to_output(PointF{design.x, design.y});
        return {p.x, p.y, design.w * scale_, design.h * scale_};
    }
    [[nodiscard]] PointF to_design(PointF output) const {
        return {(output.x - origin_.x) / scale_, (output.y - origin_.y) / scale_};
    }
    // Output pixels for a text size in design pixels, including the player's text size.
    [[nodiscard]] int text_pixels(float design_size) const;
    // The title-safe rectangle in output pixels that no text may leave: the output inset by
    // the larger of the title-safe margin and the player's safe area on every side.
    [[nodiscard]] RectF title_safe_output() const;

private:
    int output_width_;
    int output_height_;
    int safe_area_percent_;
    int title_safe_percent_;
    float scale_;
    float text_scale_;
    SizeF size_;
    PointF origin_;
};

}  // namespace kindling::ui
