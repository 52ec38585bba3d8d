// The editor's card preview is the game's own card renderer.
#include "ui/game_card_preview.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace kindling;

namespace {

// Emoji of every shape and an Arabic word: what the game's text engine is there for.
const std::string tricky = "Hug me \xF0\x9F\xA4\x97, thumbs \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD, couple "
                           "\xF0\x9F\x91\xA9\xE2\x80\x8D\xE2\x9D\xA4\xEF\xB8\x8F\xE2\x80\x8D\xF0\x9F\x91\xA8, "
                           "\xF0\x9F\x87\xA9\xF0\x9F\x87\xAA \xE2\x9D\xA4\xEF\xB8\x8F";

}  // namespace

TEST_CASE("The preview draws a card with the game's own renderer: its words, kind, theme and who answers") {
    SDL_Surface* surface = SDL_CreateRGBSurfaceWithFormat(0, 640, 360, 32, SDL_PIXELFORMAT_ARGB8888);
    REQUIRE(surface != nullptr);
    SDL_Renderer* renderer = SDL_CreateSoftwareRenderer(surface);
    REQUIRE(renderer != nullptr);
    {
        SDL_Texture* target = SDL_CreateTexture(renderer, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_TARGET, 1920, 1080);
        REQUIRE(target != nullptr);
        Deck deck;
        deck.id = "preview";
        Card card;
        card.kind = CardKind::gesture;
        card.theme = "closeness";
        card.answers = Answerer::both;
        card.timer_seconds = 60;
        card.text = tricky + " \xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7";  // and an Arabic word
        editor::ui::GameCardPreview preview;
        preview.draw(*renderer, *target, card, deck);
        std::set<std::string> drawn;
        for (const auto& text : preview.drawn_text().drawn()) drawn.insert(text.text);
        CHECK(drawn.count(card.text) == 1);
        CHECK(drawn.count("Gesture") == 1);
        CHECK(drawn.count("Closeness") == 1);
        CHECK(drawn.count("Together, Player 1 starts") == 1);  // a gesture for both is done together
        CHECK(drawn.count("1:00 timer") == 1);
        CHECK(drawn.count("Player 1's turn") == 1);
        // The renderer's target is back where ImGui left it.
        CHECK(SDL_GetRenderTarget(renderer) == nullptr);
        SDL_DestroyTexture(target);
    }
    SDL_DestroyRenderer(renderer);
    SDL_FreeSurface(surface);
}
