#include "ui/vector_shape.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace kindling::ui {

namespace {

constexpr float pi = std::numbers::pi_v<float>;

float length(float x, float y) { return std::sqrt(x * x + y * y); }

float segment_distance(ShapePoint p, ShapePoint a, ShapePoint b) {
    const float pax = p.x - a.x;
    const float pay = p.y - a.y;
    const float bax = b.x - a.x;
    const float bay = b.y - a.y;
    const float len2 = bax * bax + bay * bay;
    const float h = len2 > 0 ? std::clamp((pax * bax + pay * bay) / len2, 0.0f, 1.0f) : 0.0f;
    return length(pax - bax * h, pay - bay * h);
}

float box_distance(ShapePoint p, ShapePoint centre, ShapePoint half, float corner) {
    const float qx = std::abs(p.x - centre.x) - half.x + corner;
    const float qy = std::abs(p.y - centre.y) - half.y + corner;
    return length(std::max(qx, 0.0f), std::max(qy, 0.0f)) + std::min(std::max(qx, qy), 0.0f) - corner;
}

// Distance to a simple polygon: the nearest edge, negative inside (crossing-number test).
float polygon_distance(ShapePoint p, const std::vector<ShapePoint>& points) {
    if (points.size() < 3) return 1e9f;
    float best = 1e9f;
    bool inside = false;
    for (std::size_t i = 0, j = points.size() - 1; i < points.size(); j = i++) {
        const ShapePoint a = points[j];
        const ShapePoint b = points[i];
        best = std::min(best, segment_distance(p, a, b));
        if ((b.y > p.y) != (a.y > p.y) && p.x < (a.x - b.x) * (p.y - b.y) / (a.y - b.y) + b.x) inside = !inside;
    }
    return inside ? -best : best;
}

// Clockwise angle from 12 o'clock in [0, 2 pi).
float clock_angle(float dx, float dy) {
    float angle = std::atan2(dx, -dy);
    if (angle < 0) angle += 2 * pi;
    return angle;
}

float arc_distance(ShapePoint p, const ShapePrimitive& arc) {
    const float dx = p.x - arc.a.x;
    const float dy = p.y - arc.a.y;
    const float ring = std::abs(length(dx, dy) - arc.radius) - arc.thickness;
    if (arc.sweep >= 2 * pi) return ring;
    if (arc.sweep <= 0) return 1e9f;
    float angle = clock_angle(dx, dy) - arc.start;
    while (angle < 0) angle += 2 * pi;
    if (angle <= arc.sweep) return ring;
    // Outside the sweep: distance to the nearer round end cap.
    const auto cap = [&](float a) {
        const ShapePoint end{arc.a.x + arc.radius * std::sin(a), arc.a.y - arc.radius * std::cos(a)};
        return length(p.x - end.x, p.y - end.y) - arc.thickness;
    };
    return std::min(cap(arc.start), cap(arc.start + arc.sweep));
}

float primitive_distance(const ShapePrimitive& s, ShapePoint p) {
    float d = 0;
    switch (s.kind) {
        case ShapePrimitive::Kind::circle: d = length(p.x - s.a.x, p.y - s.a.y) - s.radius; break;
        case ShapePrimitive::Kind::segment: d = segment_distance(p, s.a, s.b) - s.radius; break;
        case ShapePrimitive::Kind::box: d = box_distance(p, s.a, s.b, s.radius); break;
        case ShapePrimitive::Kind::polygon: d = polygon_distance(p, s.points); break;
        case ShapePrimitive::Kind::arc: return arc_distance(p, s);
    }
    return s.thickness > 0 ? std::abs(d + s.thickness / 2) - s.thickness / 2 : d;
}

std::uint8_t coverage(float distance_in_pixels) {
    const float c = std::clamp(0.5f - distance_in_pixels, 0.0f, 1.0f);
    return static_cast<std::uint8_t>(std::lround(c * 255.0f));
}

}  // namespace

ShapePrimitive& VectorShape::push(ShapePrimitive::Kind kind) {
    ShapePrimitive& primitive = primitives_.emplace_back();
    primitive.kind = kind;
    primitive.op = next_op_;
    return primitive;
}

ShapePoint VectorShape::map(float x, float y) const {
    const float mx = mirror_ ? 100.0f - x : x;
    return {mx * scale_ + dx_, y * scale_ + dy_};
}

VectorShape& VectorShape::place(float dx, float dy, float scale, bool mirror) {
    dx_ = dx;
    dy_ = dy;
    scale_ = scale;
    mirror_ = mirror;
    return *this;
}

VectorShape& VectorShape::circle(float cx, float cy, float r) {
    ShapePrimitive& p = push(ShapePrimitive::Kind::circle);
    p.a = map(cx, cy);
    p.radius = r * scale_;
    return *this;
}

VectorShape& VectorShape::ring(float cx, float cy, float r, float width) {
    ShapePrimitive& p = push(ShapePrimitive::Kind::circle);
    p.a = map(cx, cy);
    p.radius = (r + width / 2) * scale_;
    p.thickness = width * scale_;
    return *this;
}

VectorShape& VectorShape::line(float x1, float y1, float x2, float y2, float width) {
    ShapePrimitive& p = push(ShapePrimitive::Kind::segment);
    p.a = map(x1, y1);
    p.b = map(x2, y2);
    p.radius = width / 2 * scale_;
    return *this;
}

VectorShape& VectorShape::box(float x, float y, float w, float h, float corner) {
    ShapePrimitive& p = push(ShapePrimitive::Kind::box);
    p.a = map(x + w / 2, y + h / 2);
    p.b = {w / 2 * scale_, h / 2 * scale_};
    p.radius = std::min({corner, w / 2, h / 2}) * scale_;
    return *this;
}

VectorShape& VectorShape::box_outline(float x, float y, float w, float h, float corner, float width) {
    box(x, y, w, h, corner);
    primitives_.back().thickness = width * scale_;
    return *this;
}

VectorShape& VectorShape::polygon(std::vector<ShapePoint> points) {
    for (ShapePoint& point : points) point = map(point.x, point.y);
    ShapePrimitive& p = push(ShapePrimitive::Kind::polygon);
    p.points = std::move(points);
    return *this;
}

VectorShape& VectorShape::arc(float cx, float cy, float r, float width, float start_degrees, float sweep_degrees) {
    ShapePrimitive& p = push(ShapePrimitive::Kind::arc);
    p.a = map(cx, cy);
    p.radius = r * scale_;
    p.thickness = width / 2 * scale_;
    float start = start_degrees;
    if (mirror_) start = 360.0f - start_degrees - sweep_degrees;
    while (start < 0) start += 360.0f;
    p.start = start * pi / 180.0f;
    p.sweep = sweep_degrees * pi / 180.0f;
    return *this;
}

VectorShape& VectorShape::cut() {
    next_op_ = ShapePrimitive::Op::subtract;
    return *this;
}

VectorShape& VectorShape::add() {
    next_op_ = ShapePrimitive::Op::add;
    return *this;
}

float VectorShape::distance(float x, float y) const {
    float d = 1e9f;
    const ShapePoint p{x, y};
    for (const ShapePrimitive& primitive : primitives_) {
        const float e = primitive_distance(primitive, p);
        d = primitive.op == ShapePrimitive::Op::add ? std::min(d, e) : std::max(d, -e);
    }
    return d;
}

std::vector<std::uint8_t> VectorShape::rasterise(int size) const {
    const int n = std::max(1, size);
    return rasterise_region(n, 0, 0, n, n);
}

std::vector<std::uint8_t> VectorShape::rasterise_region(int size, int left, int top, int w, int h) const {
    const int n = std::max(1, size);
    const int width = std::max(0, w);
    const int height = std::max(0, h);
    std::vector<std::uint8_t> alpha(static_cast<std::size_t>(width) * static_cast<std::size_t>(height));
    const float units_per_pixel = 100.0f / static_cast<float>(n);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const float d = distance((static_cast<float>(left + x) + 0.5f) * units_per_pixel,
                                     (static_cast<float>(top + y) + 0.5f) * units_per_pixel);
            alpha[static_cast<std::size_t>(y * width + x)] = coverage(d / units_per_pixel);
        }
    }
    return alpha;
}

std::vector<std::uint8_t> rasterise_rounded_box(int w, int h, float radius, float thickness, float blur) {
    const int width = std::max(1, w);
    const int height = std::max(1, h);
    std::vector<std::uint8_t> alpha(static_cast<std::size_t>(width) * static_cast<std::size_t>(height));
    // With a blur the shape is the box shrunk by the blur, faded out over twice the blur.
    const float shrink = blur > 0 ? blur : 0.0f;
    const ShapePoint half{static_cast<float>(width) / 2 - shrink, static_cast<float>(height) / 2 - shrink};
    const ShapePoint centre{static_cast<float>(width) / 2, static_cast<float>(height) / 2};
    const float corner = std::clamp(radius, 0.0f, std::min(half.x, half.y));
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const ShapePoint p{static_cast<float>(x) + 0.5f, static_cast<float>(y) + 0.5f};
            float d = box_distance(p, centre, half, corner);
            std::uint8_t value = 0;
            if (blur > 0) {
                const float t = std::clamp((d + blur) / (2 * blur), 0.0f, 1.0f);
                const float falloff = 1.0f - t * t * (3 - 2 * t);
                value = static_cast<std::uint8_t>(std::lround(falloff * 255.0f));
            } else {
                if (thickness > 0) d = std::abs(d + thickness / 2) - thickness / 2;
                value = coverage(d);
            }
            alpha[static_cast<std::size_t>(y * width + x)] = value;
        }
    }
    return alpha;
}

namespace {

VectorShape ring_arc(int size, float width, float fraction) {
    VectorShape shape;
    const float units_per_pixel = 100.0f / static_cast<float>(std::max(1, size));
    const float w = width * units_per_pixel;
    shape.arc(50, 50, 50 - w / 2 - units_per_pixel, w, 0, 360.0f * std::clamp(fraction, 0.0f, 1.0f));
    return shape;
}

}  // namespace

std::vector<std::uint8_t> rasterise_ring_arc(int size, float width, float fraction) {
    return ring_arc(size, width, fraction).rasterise(size);
}

std::vector<std::uint8_t> rasterise_ring_arc_region(int size, float width, float fraction, int x, int y, int w, int h) {
    return ring_arc(size, width, fraction).rasterise_region(size, x, y, w, h);
}

}  // namespace kindling::ui
