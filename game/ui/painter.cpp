#include "ui/painter.hpp"

#include "ui/colour.hpp"

#include <algorithm>
#include <cmath>

namespace kindling::ui {

namespace {

int round_px(float value) { return static_cast<int>(std::lround(value)); }

SDL_Rect intersect(const SDL_Rect& a, const SDL_Rect& b) {
    SDL_Rect result{};
    if (SDL_IntersectRect(&a, &b, &result) == SDL_FALSE) return {a.x, a.y, 0, 0};
    return result;
}

std::string size_key(std::string_view text, const text::TextStyle& style) {
    std::string key = std::to_string(static_cast<int>(style.role)) + "," + std::to_string(style.pixel_size) + "," +
                      std::to_string(style.wrap_width) + "," + std::to_string(static_cast<int>(style.align)) + "," +
                      std::to_string(style.line_spacing) + "\n";
    key.append(text);
    return key;
}

}  // namespace

const SizeF* TextSizeCache::find(const std::string& key) const {
    const auto found = sizes_.find(key);
    return found == sizes_.end() ? nullptr : &found->second;
}

void TextSizeCache::insert(std::string key, SizeF size) {
    if (sizes_.size() >= max_entries) sizes_.clear();
    sizes_.insert_or_assign(std::move(key), size);
}

Painter::Painter(SDL_Renderer& renderer, const Canvas& canvas, const Palette& palette, text::TextEngine& text,
                 DrawCaches& caches, TextRecorder* recorder)
    : renderer_(renderer), canvas_(canvas), palette_(palette), text_(text), caches_(caches), recorder_(recorder) {}

RectF Painter::output_rect(const RectF& design) const {
    const RectF out = canvas_.to_output(design);
    return out.translated(-layer_offset_.x, -layer_offset_.y);
}

SDL_Rect Painter::pixels(const RectF& design) const {
    const RectF out = output_rect(design);
    const int x0 = round_px(out.x);
    const int y0 = round_px(out.y);
    return {x0, y0, round_px(out.right()) - x0, round_px(out.bottom()) - y0};
}

void Painter::set_draw_colour(Colour colour) {
    SDL_SetRenderDrawBlendMode(&renderer_, colour.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(&renderer_, colour.r, colour.g, colour.b, colour.a);
}

void Painter::clear(Colour colour) {
    SDL_SetRenderDrawColor(&renderer_, colour.r, colour.g, colour.b, colour.a);
    SDL_RenderClear(&renderer_);
}

void Painter::fill_rect(const RectF& rect, Colour colour) {
    if (colour.a == 0) return;
    const SDL_Rect where = pixels(rect);
    if (where.w <= 0 || where.h <= 0) return;
    set_draw_colour(colour);
    SDL_RenderFillRect(&renderer_, &where);
}

void Painter::nine_slice(SDL_Texture* corners, int c, const SDL_Rect& where, Colour colour, bool fill_centre,
                         int solid_edge) {
    if (corners == nullptr) return;
    const int x0 = where.x;
    const int y0 = where.y;
    const int x1 = where.x + where.w;
    const int y1 = where.y + where.h;
    const int mid_w = where.w - 2 * c;
    const int mid_h = where.h - 2 * c;
    const auto copy = [&](SDL_Rect source, SDL_Rect target) {
        if (target.w > 0 && target.h > 0) SDL_RenderCopy(&renderer_, corners, &source, &target);
    };
    copy({0, 0, c, c}, {x0, y0, c, c});
    copy({c + 1, 0, c, c}, {x1 - c, y0, c, c});
    copy({0, c + 1, c, c}, {x0, y1 - c, c, c});
    copy({c + 1, c + 1, c, c}, {x1 - c, y1 - c, c, c});
    if (solid_edge > 0) {
        // Straight edges of a box on whole pixels are fully covered or not at all: plain fills,
        // far cheaper than stretching a slice of the corner texture.
        set_draw_colour(colour);
        const int t = std::min(solid_edge, c);
        const SDL_Rect edges[4] = {{x0 + c, y0, mid_w, t}, {x0 + c, y1 - t, mid_w, t}, {x0, y0 + c, t, mid_h},
                                   {x1 - t, y0 + c, t, mid_h}};
        for (const SDL_Rect& edge : edges) {
            if (edge.w > 0 && edge.h > 0) SDL_RenderFillRect(&renderer_, &edge);
        }
        if (fill_centre && t < c) {
            // A filled box: the band between the edge and the centre is solid too.
            const SDL_Rect bands[4] = {{x0 + c, y0 + t, mid_w, c - t}, {x0 + c, y1 - c, mid_w, c - t},
                                       {x0 + t, y0 + c, c - t, mid_h}, {x1 - c, y0 + c, c - t, mid_h}};
            for (const SDL_Rect& band : bands) {
                if (band.w > 0 && band.h > 0) SDL_RenderFillRect(&renderer_, &band);
            }
        }
    } else {
        copy({c, 0, 1, c}, {x0 + c, y0, mid_w, c});
        copy({c, c + 1, 1, c}, {x0 + c, y1 - c, mid_w, c});
        copy({0, c, c, 1}, {x0, y0 + c, c, mid_h});
        copy({c + 1, c, c, 1}, {x1 - c, y0 + c, c, mid_h});
    }
    if (fill_centre && mid_w > 0 && mid_h > 0) {
        set_draw_colour(colour);
        const SDL_Rect centre{x0 + c, y0 + c, mid_w, mid_h};
        SDL_RenderFillRect(&renderer_, &centre);
    }
}

void Painter::rounded_rect(const RectF& rect, float radius, Colour colour) {
    if (colour.a == 0) return;
    const SDL_Rect where = pixels(rect);
    if (where.w <= 0 || where.h <= 0) return;
    const int r = std::clamp(round_px(radius * canvas_.scale()), 0, std::min(where.w, where.h) / 2);
    if (r == 0) {
        fill_rect(rect, colour);
        return;
    }
    nine_slice(caches_.shapes.box_corners(renderer_, r, 0, 0, colour), r, where, colour, true, r);
}

void Painter::rounded_outline(const RectF& rect, float radius, float thickness, Colour colour) {
    if (colour.a == 0) return;
    const SDL_Rect where = pixels(rect);
    if (where.w <= 0 || where.h <= 0) return;
    const int t = std::max(1, round_px(thickness * canvas_.scale()));
    const int r = std::clamp(round_px(radius * canvas_.scale()), t, std::max(t, std::min(where.w, where.h) / 2));
    nine_slice(caches_.shapes.box_corners(renderer_, r, t, 0, colour), r, where, colour, false, t);
}

void Painter::shadow(const RectF& rect, float radius, float blur, Colour colour, bool under_opaque) {
    if (colour.a == 0) return;
    const int b = std::max(1, round_px(blur * canvas_.scale()));
    SDL_Rect where = pixels(rect);
    where = {where.x - b, where.y - b, where.w + 2 * b, where.h + 2 * b};
    const int r = std::clamp(round_px(radius * canvas_.scale()), 0, std::min(where.w, where.h) / 2);
    const int c = r + 2 * b;
    if (2 * c > where.w || 2 * c > where.h) return;
    // Under an opaque box nobody sees the shadow's middle: not filling it saves a large blend.
    nine_slice(caches_.shapes.box_corners(renderer_, r, 0, b, colour), c, where, colour, !under_opaque, 0);
}

void Painter::circle(PointF centre, float radius, Colour colour) {
    rounded_rect({centre.x - radius, centre.y - radius, 2 * radius, 2 * radius}, radius, colour);
}

void Painter::ring_outline(PointF centre, float radius, float thickness, Colour colour) {
    rounded_outline({centre.x - radius, centre.y - radius, 2 * radius, 2 * radius}, radius, thickness, colour);
}

void Painter::icon(Icon icon, const RectF& rect, Colour colour) {
    const SDL_Rect box = pixels(rect);
    const int size = std::min(box.w, box.h);
    if (size <= 0 || colour.a == 0) return;
    SDL_Texture* texture = caches_.shapes.icon(renderer_, icon, size, colour);
    if (texture == nullptr) return;
    const SDL_Rect where{box.x + (box.w - size) / 2, box.y + (box.h - size) / 2, size, size};
    SDL_RenderCopy(&renderer_, texture, nullptr, &where);
}

void Painter::arc(PointF centre, float radius, float width, float fraction, Colour colour) {
    const SDL_Rect box = pixels({centre.x - radius, centre.y - radius, 2 * radius, 2 * radius});
    const int size = std::min(box.w, box.h);
    if (size <= 0 || fraction <= 0) return;
    SDL_Texture* texture =
        caches_.shapes.arc(renderer_, size, std::max(1, round_px(width * canvas_.scale())), fraction, colour);
    if (texture == nullptr) return;
    const SDL_Rect where{box.x, box.y, size, size};
    SDL_RenderCopy(&renderer_, texture, nullptr, &where);
}

text::TextStyle Painter::style_for(const TextSpec& spec) const {
    text::TextStyle style;
    style.role = spec.role;
    style.pixel_size = canvas_.text_pixels(spec.size);
    style.wrap_width = spec.wrap > 0 ? std::max(1, round_px(spec.wrap * canvas_.scale())) : 0;
    style.align = spec.align;
    style.line_spacing = spec.line_spacing;
    return style;
}

SizeF Painter::measure(std::string_view text, const TextSpec& spec) {
    const text::TextStyle style = style_for(spec);
    std::string key = size_key(text, style);
    if (const SizeF* known = caches_.sizes.find(key)) return *known;
    const text::TextLayout layout = text_.layout(text, style);
    const float scale = canvas_.scale();
    const SizeF size{static_cast<float>(layout.width) / scale, static_cast<float>(layout.height) / scale};
    caches_.sizes.insert(std::move(key), size);
    return size;
}

void Painter::record(std::string_view text, const SDL_Rect& where) {
    if (recorder_ == nullptr || where.w <= 0 || where.h <= 0) return;
    SDL_Rect visible = where;
    if (!clips_.empty() && !in_layer_) visible = intersect(visible, clips_.back());
    if (visible.w <= 0 || visible.h <= 0) return;
    recorder_->record(std::string(text), {static_cast<float>(visible.x), static_cast<float>(visible.y),
                                          static_cast<float>(visible.w), static_cast<float>(visible.h)});
}

RectF Painter::text(std::string_view text, const TextSpec& spec, PointF at, Colour colour, Anchor anchor) {
    if (text.empty()) return {at.x, at.y, 0, 0};
    const text::TextTexture& texture = text_.texture(renderer_, text, style_for(spec), to_rgba(colour));
    const RectF anchor_out = output_rect({at.x, at.y, 0, 0});
    float x = anchor_out.x;
    float y = anchor_out.y;
    const auto w = static_cast<float>(texture.width);
    const auto h = static_cast<float>(texture.height);
    if (anchor.h == HAlign::centre) x -= w / 2;
    if (anchor.h == HAlign::right) x -= w;
    if (anchor.v == VAlign::centre) y -= h / 2;
    if (anchor.v == VAlign::bottom) y -= h;
    const SDL_Rect where{round_px(x), round_px(y), texture.width, texture.height};
    if (texture.texture) SDL_RenderCopy(&renderer_, texture.texture.get(), nullptr, &where);
    record(text, where);
    const float scale = canvas_.scale();
    const PointF design = canvas_.to_design({static_cast<float>(where.x) + layer_offset_.x,
                                             static_cast<float>(where.y) + layer_offset_.y});
    return {design.x, design.y, w / scale, h / scale};
}

text::FitRequest Painter::fit_request(const TextSpec& spec, const SDL_Rect& area, float min_size) const {
    text::FitRequest request;
    request.style = style_for(spec);
    request.box_width = area.w;
    request.box_height = area.h;
    request.min_pixel_size = std::min(request.style.pixel_size, canvas_.text_pixels(min_size));
    request.ellipsize = true;
    return request;
}

bool Painter::fits_whole(std::string_view text, const TextSpec& spec, const RectF& box, float min_size) {
    const SDL_Rect area = pixels(box);
    if (text.empty() || area.w <= 0 || area.h <= 0) return true;
    return !text_.fit(text, fit_request(spec, area, min_size)).ellipsized;
}

void Painter::prepare_fitted_text(std::string_view text, const TextSpec& spec, const RectF& box, float min_size,
                                  Colour colour) {
    const SDL_Rect area = pixels(box);
    if (text.empty() || area.w <= 0 || area.h <= 0) return;
    text_.fitted_texture(renderer_, text, fit_request(spec, area, min_size), to_rgba(colour));
}

void Painter::forget_fitted_text(std::string_view text, const TextSpec& spec, const RectF& box, float min_size,
                                 Colour colour) {
    const SDL_Rect area = pixels(box);
    if (text.empty() || area.w <= 0 || area.h <= 0) return;
    text_.discard_fitted_texture(text, fit_request(spec, area, min_size), to_rgba(colour));
}

FittedText Painter::fitted_text(std::string_view text, const TextSpec& spec, const RectF& box, float min_size,
                                Colour colour, VAlign valign) {
    FittedText result;
    const SDL_Rect area = pixels(box);
    if (text.empty() || area.w <= 0 || area.h <= 0) return result;
    const text::FitRequest request = fit_request(spec, area, min_size);
    const text::TextTexture& texture = text_.fitted_texture(renderer_, text, request, to_rgba(colour));
    int y = area.y;
    if (valign == VAlign::centre) y += (area.h - texture.height) / 2;
    if (valign == VAlign::bottom) y += area.h - texture.height;
    const SDL_Rect where{area.x, y, texture.width, texture.height};
    if (texture.texture) SDL_RenderCopy(&renderer_, texture.texture.get(), nullptr, &where);
    record(text, where);
    const float scale = canvas_.scale();
    const PointF design = canvas_.to_design({static_cast<float>(where.x) + layer_offset_.x,
                                             static_cast<float>(where.y) + layer_offset_.y});
    result.rect = {design.x, design.y, static_cast<float>(texture.width) / scale,
                   static_cast<float>(texture.height) / scale};
    result.fits = texture.height <= area.h;
    return result;
}

void Painter::push_clip(const RectF& rect) {
    SDL_Rect clip = pixels(rect);
    if (!clips_.empty()) clip = intersect(clip, clips_.back());
    clips_.push_back(clip);
    SDL_RenderSetClipRect(&renderer_, &clips_.back());
}

void Painter::pop_clip() {
    if (clips_.empty()) return;
    clips_.pop_back();
    SDL_RenderSetClipRect(&renderer_, clips_.empty() ? nullptr : &clips_.back());
}

void Painter::begin_layer(SDL_Texture& target, PointF origin, TextRecorder* recorder) {
    SDL_SetRenderTarget(&renderer_, &target);
    SDL_RenderSetClipRect(&renderer_, nullptr);
    const PointF out = canvas_.to_output(origin);
    layer_offset_ = {static_cast<float>(round_px(out.x)), static_cast<float>(round_px(out.y))};
    in_layer_ = true;
    screen_recorder_ = recorder_;
    recorder_ = recorder;
}

void Painter::end_layer() {
    if (!in_layer_) return;
    SDL_SetRenderTarget(&renderer_, nullptr);
    layer_offset_ = {};
    in_layer_ = false;
    recorder_ = screen_recorder_;
    SDL_RenderSetClipRect(&renderer_, clips_.empty() ? nullptr : &clips_.back());
}

}  // namespace kindling::ui
