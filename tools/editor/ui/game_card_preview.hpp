#pragma once
// The editor's card preview, drawn by the game's own card renderer (game/ui/card_renderer): the
// same fonts with fallback, Unicode line breaking, right-to-left text, colour emoji, shrink to
// fit, icons and colours, on the game's background with the turn shown above the card. So an
// author sees a card exactly as players will.

#include "card_preview_renderer.hpp"

#include "core/format/ui_palette.hpp"
#include "core/format/ui_strings.hpp"
#include "ui/card_content.hpp"
#include "ui/painter.hpp"
#include "ui/text/text_engine.hpp"

#include <memory>

namespace kindling::editor::ui {

class GameCardPreview final : public CardPreviewRenderer {
public:
    // Throws text::FontError when no font at all can be found (see fonts/README.md).
    GameCardPreview();
    ~GameCardPreview() override;
    GameCardPreview(const GameCardPreview&) = delete;
    GameCardPreview& operator=(const GameCardPreview&) = delete;

    void draw(SDL_Renderer& renderer, SDL_Texture& target, const Card& card, const Deck& deck) override;

    // What the last preview drew, for tests.
    [[nodiscard]] const kindling::ui::TextRecorder& drawn_text() const { return recorder_; }

private:
    text::TextEngine text_;
    kindling::ui::DrawCaches caches_;
    kindling::ui::TextRecorder recorder_;
    UiStrings strings_;
    Palette palette_;
    SDL_Renderer* renderer_ = nullptr;
};

// The words and facts the preview shows for a card of a deck, as the game would show them on
// the first turn of a night for "Player 1" and "Player 2".
kindling::ui::CardContent preview_content(const Card& card, const Deck& deck, const UiStrings& strings);

}  // namespace kindling::editor::ui
