#pragma once
// Small vector shapes drawn by signed distance: icons, rounded boxes, rings and arcs are
// described as a few primitives and rasterised into alpha coverage with exact anti-aliasing
// (coverage = distance to the edge, clamped to one pixel). No SDL here; shape_cache.hpp makes
// textures of the results. All coordinates are in a 100 x 100 unit box.

#include <cstdint>
#include <vector>

namespace kindling::ui {

struct ShapePoint {
    float x = 0;
    float y = 0;
};

struct ShapePrimitive {
    enum class Kind : std::uint8_t { circle, segment, box, polygon, arc };
    enum class Op : std::uint8_t { add, subtract };
    Kind kind = Kind::circle;
    Op op = Op::add;
    // circle: centre, radius; segment: a, b, radius (a capsule); box: centre, half size,
    // corner radius; arc: centre, radius, half thickness, start angle, sweep (radians, clockwise
    // from 12 o'clock); polygon: points (any simple polygon).
    ShapePoint a;
    ShapePoint b;
    float radius = 0;
    float thickness = 0;  // > 0 turns the primitive into its outline of this width
    float start = 0;
    float sweep = 0;
    std::vector<ShapePoint> points;
};

class VectorShape {
public:
    VectorShape& circle(float cx, float cy, float r);
    VectorShape& ring(float cx, float cy, float r, float width);
    VectorShape& line(float x1, float y1, float x2, float y2, float width);
    VectorShape& box(float x, float y, float w, float h, float corner);
    VectorShape& box_outline(float x, float y, float w, float h, float corner, float width);
    VectorShape& polygon(std::vector<ShapePoint> points);
    VectorShape& arc(float cx, float cy, float r, float width, float start_degrees, float sweep_degrees);
    // The next primitives cut away from what is there instead of adding to it.
    VectorShape& cut();
    VectorShape& add();
    // Later primitives are scaled by `scale` about the origin, then moved by (dx, dy); lets an
    // icon reuse another one smaller or elsewhere. `mirror` flips them left to right first.
    VectorShape& place(float dx, float dy, float scale, bool mirror = false);

    // Signed distance in units at a point (negative inside).
    [[nodiscard]] float distance(float x, float y) const;
    [[nodiscard]] bool empty() const { return primitives_.empty(); }

    // Alpha coverage (0..255) of the shape drawn into a size x size pixel square, row major.
    [[nodiscard]] std::vector<std::uint8_t> rasterise(int size) const;
    // The same for the pixels x..x+w, y..y+h of that square only (row major, w x h): what
    // changed when a shape moved a little.
    [[nodiscard]] std::vector<std::uint8_t> rasterise_region(int size, int x, int y, int w, int h) const;

private:
    ShapePrimitive& push(ShapePrimitive::Kind kind);

    [[nodiscard]] ShapePoint map(float x, float y) const;

    std::vector<ShapePrimitive> primitives_;
    ShapePrimitive::Op next_op_ = ShapePrimitive::Op::add;
    float dx_ = 0;
    float dy_ = 0;
    float scale_ = 1;
    bool mirror_ = false;
};

// Alpha coverage of a w x h rounded rectangle filling the image: `radius` in pixels; a
// `thickness` > 0 draws only its outline, inside the edge; `blur` > 0 softens the edge over that
// many pixels (for shadows).
std::vector<std::uint8_t> rasterise_rounded_box(int w, int h, float radius, float thickness, float blur);

// An arc of a ring filling a size x size square: `fraction` of the full circle from 12 o'clock,
// clockwise; `width` in pixels.
std::vector<std::uint8_t> rasterise_ring_arc(int size, float width, float fraction);
// Part of the same image: the pixels x..x+w, y..y+h.
std::vector<std::uint8_t> rasterise_ring_arc_region(int size, float width, float fraction, int x, int y, int w, int h);

}  // namespace kindling::ui
