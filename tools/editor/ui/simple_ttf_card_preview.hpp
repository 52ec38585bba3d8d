#pragma once
// A stand-in card preview drawn with SDL_ttf: theme colour, kind, who answers, the text wrapped
// at the game's proportions, the timer. No emoji fallback, no Unicode line breaking: the
// game's text engine does those and will replace this class.

#include "card_preview_renderer.hpp"

#include <filesystem>
#include <map>

typedef struct _TTF_Font TTF_Font;

namespace kindling::editor::ui {

class SimpleTtfCardPreview final : public CardPreviewRenderer {
public:
    SimpleTtfCardPreview(std::filesystem::path regular_font, std::filesystem::path bold_font);
    ~SimpleTtfCardPreview() override;
    SimpleTtfCardPreview(const SimpleTtfCardPreview&) = delete;
    SimpleTtfCardPreview& operator=(const SimpleTtfCardPreview&) = delete;

    void draw(SDL_Renderer& renderer, SDL_Texture& target, const Card& card, const Deck& deck) override;

private:
    TTF_Font* font(bool bold, int pixel_size);
    void draw_text(SDL_Renderer& renderer, TTF_Font* font, const std::string& text, int x, int y, SDL_Color colour,
                   int wrap_width = 0, bool centred = false);

    std::filesystem::path regular_path_;
    std::filesystem::path bold_path_;
    std::map<std::pair<bool, int>, TTF_Font*> fonts_;
};

}  // namespace kindling::editor::ui
