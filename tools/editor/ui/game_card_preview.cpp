#include "game_card_preview.hpp"

#include "core/session/session.hpp"
#include "core/session/turn_wording.hpp"
#include "ui/card_renderer.hpp"
#include "ui/colour.hpp"

namespace kindling::editor::ui {

namespace game = kindling::ui;

namespace {

std::string player(const UiStrings& strings, int number) {
    return strings.format("players.default_name", {{"number", std::to_string(number)}});
}

// Who answers, worded as the game words it for a couple (Player 1 reads), by the card's kind.
std::string answers_label(const Card& card, const UiStrings& strings) {
    TurnView turn;
    turn.answers = card.answers;
    const std::string reader = player(strings, 1);
    const std::string partner = player(strings, 2);
    switch (card.answers) {
        case Answerer::reader: turn.speakers = {reader}; break;
        case Answerer::partner:
        case Answerer::left: turn.speakers = {partner}; break;
        case Answerer::both:
        case Answerer::everyone: turn.speakers = {reader, partner}; break;
    }
    const TurnWording wording = couple_turn_wording(card.kind, turn);
    return strings.format(wording.key, {{"name", wording.name}, {"other", wording.other}});
}

}  // namespace

game::CardContent preview_content(const Card& card, const Deck& deck, const UiStrings& strings) {
    game::CardFacts facts;
    facts.text = card.text;
    facts.kind = card.kind;
    facts.theme_id = card.theme;
    facts.theme = find_theme(deck, card.theme);
    facts.level = card.level;
    facts.intensity = card.intensity;
    facts.timer_seconds = card.timer_seconds;
    facts.answers_label = answers_label(card, strings);
    return game::describe_card(facts, strings);
}

GameCardPreview::GameCardPreview() : palette_(load_builtin_palette(default_palette_id).palette) {}

GameCardPreview::~GameCardPreview() {
    text_.release_textures();
    caches_.clear();
}

void GameCardPreview::draw(SDL_Renderer& renderer, SDL_Texture& target, const Card& card, const Deck& deck) {
    if (renderer_ != &renderer) {
        text_.release_textures();
        caches_.clear();
        renderer_ = &renderer;
    }
    int width = 0;
    int height = 0;
    if (SDL_QueryTexture(&target, nullptr, nullptr, &width, &height) != 0 || width <= 0 || height <= 0) return;
    // The preview draws inside ImGui's frame: whatever it changes on the renderer goes back.
    SDL_Texture* previous_target = SDL_GetRenderTarget(&renderer);
    SDL_BlendMode previous_blend = SDL_BLENDMODE_NONE;
    SDL_GetRenderDrawBlendMode(&renderer, &previous_blend);
    Uint8 r = 0;
    Uint8 g = 0;
    Uint8 b = 0;
    Uint8 a = 0;
    SDL_GetRenderDrawColor(&renderer, &r, &g, &b, &a);

    const game::Canvas canvas(width, height, 0, 100);
    text_.set_output_size(width, height);
    recorder_.clear();
    {
        game::Painter painter(renderer, canvas, palette_, text_, caches_, &recorder_);
        painter.begin_layer(target, {0, 0}, &recorder_);
        painter.clear(game::opaque(palette_.background));
        const game::RectF content = canvas.content();
        const game::TextSpec turn = game::type::subheading;
        const float top_bar = std::max(64.0f, painter.measure("Ag", turn).h);
        painter.icon(game::Icon::person, {content.x, content.y + top_bar / 2 - 24, 48, 48}, palette_.accent);
        painter.text(strings_.format("card.turn", {{"name", player(strings_, 1)}}), turn,
                     {content.x + 64, content.y + top_bar / 2}, palette_.text, {game::HAlign::left, game::VAlign::centre});
        // Where the card screen puts the card: under the turn, above the buttons and hints.
        const game::RectF area{content.x, content.y + top_bar + 28, content.w, content.h - top_bar - 28 - 230};
        const game::RectF card_rect = game::CardRenderer::card_rect(area);
        painter.shadow(card_rect.translated(0, game::CardRenderer::shadow_drop), game::CardRenderer::corner_radius,
                       game::CardRenderer::shadow_blur, palette_.shadow);
        game::CardRenderer{}.draw_face(painter, card_rect, preview_content(card, deck, strings_));
        painter.end_layer();
    }
    SDL_SetRenderTarget(&renderer, previous_target);
    SDL_SetRenderDrawBlendMode(&renderer, previous_blend);
    SDL_SetRenderDrawColor(&renderer, r, g, b, a);
    SDL_RenderSetClipRect(&renderer, nullptr);
}

}  // namespace kindling::editor::ui
