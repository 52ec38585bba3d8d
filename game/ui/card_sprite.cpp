#include "ui/card_sprite.hpp"

#include "ui/colour.hpp"

#include <cmath>

namespace kindling::ui {

namespace {

// Just the room the shadow needs: it spreads `blur` beyond the card and falls `drop` lower.
constexpr float margin_side = CardRenderer::shadow_blur + 2;
constexpr float margin_top = CardRenderer::shadow_blur - CardRenderer::shadow_drop + 2;
constexpr float margin_bottom = CardRenderer::shadow_blur + CardRenderer::shadow_drop + 2;

std::string canvas_key(const Painter& painter, const RectF& card) {
    const Canvas& c = painter.canvas();
    const Palette& p = painter.palette();
    return std::to_string(c.output_width()) + "x" + std::to_string(c.output_height()) + "@" +
           std::to_string(c.scale()) + "," + std::to_string(c.text_scale()) + "," + p.id + "," +
           format_colour(p.background) + "," + std::to_string(card.x) + "," + std::to_string(card.y) + "," +
           std::to_string(card.w) + "," + std::to_string(card.h) + "\n";
}

std::string content_key(const CardContent& content) {
    std::string key = content.text + "\n" + content.kind_label + "\n" + content.theme_label + "\n" +
                      format_colour(content.theme_colour) + "\n" + content.level_label + "\n" +
                      content.intensity_label + "\n" + content.answers_label + "\n" + content.timer_label + "\n" +
                      content.note + "\n" + content.favourite_label + "\n";
    key += std::to_string(static_cast<int>(content.kind_icon)) + "," + std::to_string(static_cast<int>(content.theme_icon)) +
           "," + std::to_string(content.level) + "," + std::to_string(static_cast<int>(content.intensity_icon)) + "," +
           (content.favourite ? "f" : "-");
    return key;
}

}  // namespace

bool CardSprite::outdated(const Painter& painter, const RectF& card, const CardContent& content) const {
    return !texture_ || key_ != "face\n" + canvas_key(painter, card) + content_key(content);
}

bool CardSprite::begin(Painter& painter, const RectF& card, std::string key) {
    if (texture_ && key == key_) return false;
    card_ = card;
    bounds_ = {card.x - margin_side, card.y - margin_top, card.w + 2 * margin_side, card.h + margin_top + margin_bottom};
    const SDL_Rect pixels = painter.pixels(bounds_);
    if (!texture_ || pixels.w != width_ || pixels.h != height_) {
        texture_.reset(SDL_CreateTexture(&painter.renderer(), SDL_PIXELFORMAT_RGB888, SDL_TEXTUREACCESS_TARGET,
                                         std::max(1, pixels.w), std::max(1, pixels.h)));
        width_ = pixels.w;
        height_ = pixels.h;
        if (texture_) SDL_SetTextureScaleMode(texture_.get(), SDL_ScaleModeLinear);
    }
    key_ = std::move(key);
    texts_.clear();
    if (!texture_) return false;
    return true;
}

void CardSprite::compose_face(Painter& painter, const CardRenderer& renderer, const RectF& card,
                              const CardContent& content) {
    if (!begin(painter, card, "face\n" + canvas_key(painter, card) + content_key(content))) return;
    TextRecorder recorder;
    painter.begin_layer(*texture_, {bounds_.x, bounds_.y}, &recorder);
    painter.clear(opaque(painter.palette().background));
    painter.shadow(card.translated(0, CardRenderer::shadow_drop), CardRenderer::corner_radius,
                   CardRenderer::shadow_blur, painter.palette().shadow, true);
    renderer.draw_face(painter, card, content);
    painter.end_layer();
    renderer.forget_face(painter, card, content);
    texts_ = recorder.drawn();
}

void CardSprite::compose_back(Painter& painter, const CardRenderer& renderer, const RectF& card,
                              std::string_view wordmark) {
    if (!begin(painter, card, "back\n" + canvas_key(painter, card) + std::string(wordmark))) return;
    painter.begin_layer(*texture_, {bounds_.x, bounds_.y}, nullptr);
    painter.clear(opaque(painter.palette().background));
    painter.shadow(card.translated(0, CardRenderer::shadow_drop), CardRenderer::corner_radius,
                   CardRenderer::shadow_blur, painter.palette().shadow, true);
    renderer.draw_back(painter, card, wordmark);
    painter.end_layer();
    texts_.clear();  // a back's mark is decoration, only ever seen in motion
}

void CardSprite::draw(Painter& painter, PointF offset, float scale_x, float opacity) const {
    if (!texture_ || opacity <= 0.0f || scale_x <= 0.0f) return;
    SDL_Rect where = painter.pixels(bounds_.translated(offset.x, offset.y));
    where.w = width_;
    where.h = height_;
    if (scale_x < 1.0f) {
        const int squeezed = std::max(1, static_cast<int>(std::lround(static_cast<float>(width_) * scale_x)));
        where.x += (width_ - squeezed) / 2;
        where.w = squeezed;
    }
    const auto alpha = static_cast<std::uint8_t>(std::lround(std::clamp(opacity, 0.0f, 1.0f) * 255.0f));
    SDL_SetTextureBlendMode(texture_.get(), alpha == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
    SDL_SetTextureAlphaMod(texture_.get(), alpha);
    SDL_RenderCopy(&painter.renderer(), texture_.get(), nullptr, &where);
    const bool at_rest = offset.x == 0 && offset.y == 0 && scale_x >= 1.0f && alpha == 255;
    if (at_rest && painter.recorder() != nullptr) {
        for (const DrawnText& text : texts_) {
            painter.recorder()->record(text.text, text.output.translated(static_cast<float>(where.x),
                                                                         static_cast<float>(where.y)));
        }
    }
}

void CardSprite::release() {
    texture_.reset();
    key_.clear();
    texts_.clear();
}

}  // namespace kindling::ui
