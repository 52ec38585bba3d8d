#pragma once
// Everything screens draw with, in design pixels on the 1080p canvas: rectangles, rounded boxes,
// shadows, icons, arcs and text. The painter turns design pixels into output pixels (canvas.hpp),
// snaps text to whole pixels so it stays crisp, and records where text went (text_recorder.hpp).
// Screens' draw() functions are const: all caching lives behind the painter.

#include "core/format/ui_palette.hpp"
#include "ui/canvas.hpp"
#include "ui/geometry.hpp"
#include "ui/icons.hpp"
#include "ui/input.hpp"
#include "ui/shape_cache.hpp"
#include "ui/text/text_engine.hpp"
#include "ui/text_recorder.hpp"
#include "ui/typography.hpp"

#include <SDL.h>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kindling::ui {

enum class HAlign : std::uint8_t { left, centre, right };
enum class VAlign : std::uint8_t { top, centre, bottom, baseline_first };

struct Anchor {
    HAlign h = HAlign::left;
    VAlign v = VAlign::top;
};

// Sizes of laid-out text by text and style, so layouts can measure every frame without
// shaping again. Bounded: cleared when full.
class TextSizeCache {
public:
    static constexpr std::size_t max_entries = 2048;
    const SizeF* find(const std::string& key) const;
    void insert(std::string key, SizeF size);
    void clear() { sizes_.clear(); }

private:
    std::unordered_map<std::string, SizeF> sizes_;
};

// What the painter keeps between frames: owned by the app, cleared with the renderer.
struct DrawCaches {
    ShapeCache shapes;
    TextSizeCache sizes;
    void clear() {
        shapes.clear();
        sizes.clear();
    }
};

struct FittedText {
    RectF rect;          // where it was drawn, in design pixels
    float size = 0;      // the design size it was drawn at (after shrinking)
    bool fits = true;
    bool shortened = false;
};

class Painter {
public:
    Painter(SDL_Renderer& renderer, const Canvas& canvas, const Palette& palette, text::TextEngine& text,
            DrawCaches& caches, TextRecorder* recorder = nullptr);

    [[nodiscard]] const Canvas& canvas() const { return canvas_; }
    [[nodiscard]] const Palette& palette() const { return palette_; }
    [[nodiscard]] SDL_Renderer& renderer() { return renderer_; }
    [[nodiscard]] text::TextEngine& text_engine() { return text_; }
    [[nodiscard]] ShapeCache& shapes() { return caches_.shapes; }
    [[nodiscard]] DrawCaches& caches() { return caches_; }
    [[nodiscard]] TextRecorder* recorder() { return recorder_; }
    // The labels of the gamepad in use, for control glyphs drawn this frame.
    [[nodiscard]] PadStyle pad_style() const { return pad_style_; }
    void set_pad_style(PadStyle style) { pad_style_ = style; }
    // Draws without (or with another) recorder for a while; returns the one in use.
    TextRecorder* swap_recorder(TextRecorder* recorder) {
        TextRecorder* previous = recorder_;
        recorder_ = recorder;
        return previous;
    }

    void clear(Colour colour);
    void fill_rect(const RectF& rect, Colour colour);
    void rounded_rect(const RectF& rect, float radius, Colour colour);
    void rounded_outline(const RectF& rect, float radius, float thickness, Colour colour);
    // A soft shadow under `rect`, spreading `blur` design pixels beyond it. `under_opaque`:
    // something opaque will cover `rect` (a card), so the middle need not be drawn.
    void shadow(const RectF& rect, float radius, float blur, Colour colour, bool under_opaque = false);
    void circle(PointF centre, float radius, Colour colour);
    void ring_outline(PointF centre, float radius, float thickness, Colour colour);
    void icon(Icon icon, const RectF& rect, Colour colour);
    // A ring arc of `fraction` of the circle, clockwise from 12 o'clock.
    void arc(PointF centre, float radius, float width, float fraction, Colour colour);

    // Text. Sizes are design pixels at 100 % (the player's text size is applied here).
    [[nodiscard]] SizeF measure(std::string_view text, const TextSpec& spec);
    RectF text(std::string_view text, const TextSpec& spec, PointF at, Colour colour, Anchor anchor = {});
    // The largest size from spec.size down to `min_size` at which the text fits `box`
    // (wrapping at the box width); the last resort is `min_size` with an ellipsis.
    FittedText fitted_text(std::string_view text, const TextSpec& spec, const RectF& box, float min_size,
                           Colour colour, VAlign valign = VAlign::centre);
    // Lays out and renders what fitted_text will draw, without drawing it, so that a later
    // frame draws it from the cache (spreads heavy work over frames).
    void prepare_fitted_text(std::string_view text, const TextSpec& spec, const RectF& box, float min_size,
                             Colour colour);
    // Lets the text cache forget what fitted_text drew with these arguments (its pixels now
    // live elsewhere, e.g. in a card's sprite).
    void forget_fitted_text(std::string_view text, const TextSpec& spec, const RectF& box, float min_size,
                            Colour colour);
    // Whether fitted_text would show all of the text (without cutting it short).
    [[nodiscard]] bool fits_whole(std::string_view text, const TextSpec& spec, const RectF& box, float min_size);

    // Clipping for scrolling lists, in design pixels; nests by intersection.
    void push_clip(const RectF& rect);
    void pop_clip();

    // Output pixels: whole-pixel rectangles for SDL.
    [[nodiscard]] SDL_Rect pixels(const RectF& design) const;
    // Draws into a texture instead of the screen: design (0, 0) lands on `origin` (design
    // pixels) of the target. Ends with end_layer(); text drawn meanwhile goes to `recorder`.
    void begin_layer(SDL_Texture& target, PointF origin, TextRecorder* recorder);
    void end_layer();
    // Where design pixels end up on the current target, for the text recorder.
    [[nodiscard]] RectF output_rect(const RectF& design) const;

private:
    // Corners from the texture; straight edges either solid (`solid_edge` pixels deep, 0: the
    // stretched middle slices of the texture, for soft shadows); the centre filled or not.
    void nine_slice(SDL_Texture* corners, int corner_px, const SDL_Rect& where, Colour colour, bool fill_centre,
                    int solid_edge);
    void set_draw_colour(Colour colour);
    void record(std::string_view text, const SDL_Rect& where);
    [[nodiscard]] text::TextStyle style_for(const TextSpec& spec) const;
    [[nodiscard]] text::FitRequest fit_request(const TextSpec& spec, const SDL_Rect& area, float min_size) const;

    SDL_Renderer& renderer_;
    const Canvas& canvas_;
    const Palette& palette_;
    text::TextEngine& text_;
    DrawCaches& caches_;
    TextRecorder* recorder_;
    std::vector<SDL_Rect> clips_;
    PointF layer_offset_{};  // output pixels subtracted while drawing into a layer
    bool in_layer_ = false;
    TextRecorder* screen_recorder_ = nullptr;
    PadStyle pad_style_ = PadStyle::xbox;
};

}  // namespace kindling::ui
