#pragma once
// Points, sizes and rectangles in floating point: screens lay out on the 1080p design canvas
// (canvas.hpp) and only the painter turns positions into output pixels.

#include <algorithm>

namespace kindling::ui {

struct PointF {
    float x = 0;
    float y = 0;
    friend bool operator==(const PointF&, const PointF&) = default;
};

struct SizeF {
    float w = 0;
    float h = 0;
    friend bool operator==(const SizeF&, const SizeF&) = default;
};

struct RectF {
    float x = 0;
    float y = 0;
    float w = 0;
    float h = 0;

    [[nodiscard]] float right() const { return x + w; }
    [[nodiscard]] float bottom() const { return y + h; }
    [[nodiscard]] PointF centre() const { return {x + w / 2, y + h / 2}; }
    [[nodiscard]] bool contains(PointF p) const { return p.x >= x && p.x < x + w && p.y >= y && p.y < y + h; }
    [[nodiscard]] bool contains(const RectF& r) const {
        return r.x >= x && r.y >= y && r.right() <= right() && r.bottom() <= bottom();
    }
    [[nodiscard]] bool empty() const { return w <= 0 || h <= 0; }
    [[nodiscard]] RectF inset(float dx, float dy) const { return {x + dx, y + dy, w - 2 * dx, h - 2 * dy}; }
    [[nodiscard]] RectF inset(float d) const { return inset(d, d); }
    [[nodiscard]] RectF translated(float dx, float dy) const { return {x + dx, y + dy, w, h}; }
    [[nodiscard]] RectF intersect(const RectF& o) const {
        const float left = std::max(x, o.x);
        const float top = std::max(y, o.y);
        const float r = std::min(right(), o.right());
        const float b = std::min(bottom(), o.bottom());
        return {left, top, std::max(0.0f, r - left), std::max(0.0f, b - top)};
    }
    // A rectangle of `size` centred in this one.
    [[nodiscard]] RectF centred(SizeF size) const { return {x + (w - size.w) / 2, y + (h - size.h) / 2, size.w, size.h}; }
    friend bool operator==(const RectF&, const RectF&) = default;
};

}  // namespace kindling::ui
