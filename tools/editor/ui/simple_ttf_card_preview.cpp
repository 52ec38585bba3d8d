#include "simple_ttf_card_preview.hpp"

#include <SDL2/SDL_ttf.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>

namespace kindling::editor::ui {

namespace {

SDL_Color theme_colour(const Deck& deck, const Card& card) {
    const Theme* theme = find_theme(deck, card.theme);
    unsigned r = 0x8a, g = 0x80, b = 0x78;
    if (theme && theme->colour.size() == 7) std::sscanf(theme->colour.c_str() + 1, "%02x%02x%02x", &r, &g, &b);
    return {static_cast<Uint8>(r), static_cast<Uint8>(g), static_cast<Uint8>(b), 255};
}

std::string who_answers(Answerer answerer) {
    switch (answerer) {
        case Answerer::reader: return "You answer";
        case Answerer::partner: return "Your partner answers";
        case Answerer::both: return "Both of you";
        case Answerer::everyone: return "Everyone answers";
        case Answerer::left: return "The person on your left";
    }
    return {};
}

std::string upper(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](char c) {
        return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    });
    return out;
}

void fill_rounded(SDL_Renderer& renderer, SDL_Rect rect, int radius, SDL_Color colour) {
    SDL_SetRenderDrawColor(&renderer, colour.r, colour.g, colour.b, colour.a);
    const SDL_Rect middle{rect.x, rect.y + radius, rect.w, rect.h - 2 * radius};
    SDL_RenderFillRect(&renderer, &middle);
    for (int dy = 0; dy < radius; ++dy) {
        const double y = radius - dy - 0.5;
        const int inset = radius - static_cast<int>(std::sqrt(std::max(0.0, radius * radius - y * y)));
        const SDL_Rect top{rect.x + inset, rect.y + dy, rect.w - 2 * inset, 1};
        const SDL_Rect bottom{rect.x + inset, rect.y + rect.h - 1 - dy, rect.w - 2 * inset, 1};
        SDL_RenderFillRect(&renderer, &top);
        SDL_RenderFillRect(&renderer, &bottom);
    }
}

}  // namespace

SimpleTtfCardPreview::SimpleTtfCardPreview(std::filesystem::path regular_font, std::filesystem::path bold_font)
    : regular_path_(std::move(regular_font)), bold_path_(std::move(bold_font)) {
    if (!TTF_WasInit()) TTF_Init();
}

SimpleTtfCardPreview::~SimpleTtfCardPreview() {
    for (auto& [key, font] : fonts_) {
        if (font) TTF_CloseFont(font);
    }
}

TTF_Font* SimpleTtfCardPreview::font(bool bold, int pixel_size) {
    const auto key = std::make_pair(bold, pixel_size);
    if (const auto it = fonts_.find(key); it != fonts_.end()) return it->second;
    TTF_Font* opened = TTF_OpenFont((bold ? bold_path_ : regular_path_).c_str(), pixel_size);
    fonts_.emplace(key, opened);
    return opened;
}

void SimpleTtfCardPreview::draw_text(SDL_Renderer& renderer, TTF_Font* text_font, const std::string& text, int x, int y,
                                     SDL_Color colour, int wrap_width, bool centred) {
    if (!text_font || text.empty()) return;
    SDL_Surface* surface = wrap_width > 0
                               ? TTF_RenderUTF8_Blended_Wrapped(text_font, text.c_str(), colour, static_cast<Uint32>(wrap_width))
                               : TTF_RenderUTF8_Blended(text_font, text.c_str(), colour);
    if (!surface) return;
    SDL_Texture* texture = SDL_CreateTextureFromSurface(&renderer, surface);
    if (texture) {
        const SDL_Rect where{centred ? x - surface->w / 2 : x, y, surface->w, surface->h};
        SDL_RenderCopy(&renderer, texture, nullptr, &where);
        SDL_DestroyTexture(texture);
    }
    SDL_FreeSurface(surface);
}

void SimpleTtfCardPreview::draw(SDL_Renderer& renderer, SDL_Texture& target, const Card& card, const Deck& deck) {
    int width = 0;
    int height = 0;
    SDL_QueryTexture(&target, nullptr, nullptr, &width, &height);
    SDL_Texture* previous = SDL_GetRenderTarget(&renderer);
    SDL_SetRenderTarget(&renderer, &target);
    SDL_SetRenderDrawBlendMode(&renderer, SDL_BLENDMODE_BLEND);

    // Sizes follow the game's 1080p canvas: card text 52 px, labels 30 px, scaled by height.
    const double unit = height / 1080.0;
    const auto px = [&](double value) { return std::max(1, static_cast<int>(value * unit)); };
    const SDL_Color accent = theme_colour(deck, card);

    SDL_SetRenderDrawColor(&renderer, 24, 22, 28, 255);
    SDL_RenderClear(&renderer);
    // The card: two thirds of the screen's width, centred inside the safe area.
    const int card_width = std::min(width * 2 / 3, px(1240));
    const int card_height = std::min(static_cast<int>(height * 0.78), px(820));
    const SDL_Rect card_rect{(width - card_width) / 2, (height - card_height) / 2, card_width, card_height};
    fill_rounded(renderer, {card_rect.x + px(8), card_rect.y + px(14), card_rect.w, card_rect.h}, px(36), {0, 0, 0, 90});
    fill_rounded(renderer, card_rect, px(36), {250, 246, 240, 255});
    fill_rounded(renderer, {card_rect.x, card_rect.y, card_rect.w, px(110)}, px(36), accent);
    const SDL_Rect band_fix{card_rect.x, card_rect.y + px(60), card_rect.w, px(50)};
    SDL_SetRenderDrawColor(&renderer, accent.r, accent.g, accent.b, 255);
    SDL_RenderFillRect(&renderer, &band_fix);

    const Theme* theme = find_theme(deck, card.theme);
    const std::string label = upper(to_string(card.kind)) + (theme ? "  \u00B7  " + theme->title : std::string{});
    const int margin = px(72);
    draw_text(renderer, font(true, px(30)), label, card_rect.x + margin, card_rect.y + px(36), {255, 255, 255, 255});
    const std::string level = "Level " + std::to_string(card.level);
    if (TTF_Font* level_font = font(false, px(28))) {
        int text_width = 0;
        TTF_SizeUTF8(level_font, level.c_str(), &text_width, nullptr);
        draw_text(renderer, level_font, level, card_rect.x + card_rect.w - margin - text_width, card_rect.y + px(38),
                  {255, 255, 255, 230});
    }

    const std::string text = card.text.empty() ? "(no text yet)" : card.text;
    draw_text(renderer, font(false, px(52)), text, card_rect.x + margin, card_rect.y + px(170),
              card.text.empty() ? SDL_Color{160, 150, 150, 255} : SDL_Color{40, 34, 38, 255}, card_rect.w - 2 * margin);

    std::string footer = who_answers(card.answers);
    if (card.timer_seconds) footer += "   \u00B7   timer " + std::to_string(*card.timer_seconds) + " s";
    draw_text(renderer, font(false, px(30)), footer, card_rect.x + margin, card_rect.y + card_rect.h - px(84),
              {110, 100, 104, 255});

    SDL_SetRenderTarget(&renderer, previous);
}

}  // namespace kindling::editor::ui
