#include "play_test_dealer.hpp"

#include "core/session/night_flow.hpp"

#include <algorithm>

namespace kindling::editor {

namespace {

// The card of the deck the session showed: by id when it has one, else the first card with the
// same text and kind that was not dealt yet.
std::optional<std::size_t> index_of(const Deck& deck, const CardView& shown, const std::vector<std::size_t>& dealt) {
    for (std::size_t i = 0; i < deck.cards.size(); ++i) {
        const Card& card = deck.cards[i];
        const bool same = shown.card_id.empty() ? card.text == shown.text && card.kind == shown.kind
                                                : card.id == shown.card_id;
        if (same && std::find(dealt.begin(), dealt.end(), i) == dealt.end()) return i;
    }
    return std::nullopt;
}

}  // namespace

std::vector<std::size_t> GameNightDealer::deal(const Deck& deck, const PlayTestSettings& settings) const {
    std::vector<std::size_t> dealt;
    if (deck.cards.empty() || settings.cards == 0) return dealt;
    // The night's flow as the game drives it: a couple's set-up, their limits (none beyond the
    // chosen intensity), the choices, then card after card.
    const FixedNightDecks decks(std::span<const Deck>(&deck, 1));
    ManualClock clock;
    NightFlow flow(decks, clock, {});
    flow.plan(PlayStyle::couple, {"Player 1", "Player 2"}, settings.seed);
    flow.begin_consent();
    SessionSetup& setup = flow.draft();
    setup.length = {LengthUnit::cards, static_cast<int>(std::clamp<std::size_t>(settings.cards, min_night_cards,
                                                                               max_night_cards))};
    setup.intensity_limit = settings.most_private;
    setup.hold_back_nights = 0;
    if (!flow.start().started) return dealt;
    Session& session = *flow.session();
    while (!session.finished() && dealt.size() < settings.cards) {
        const SessionView view = session.view();
        if (!view.card) break;
        if (const auto index = index_of(deck, *view.card, dealt)) dealt.push_back(*index);
        clock.advance_seconds(60);
        if (session.apply(Action::done()) != ActionResult::applied) break;
    }
    return dealt;
}

std::string GameNightDealer::name() const {
    return "Dealt by the game's own rules (Game Night for two: light first, gently deeper)";
}

}  // namespace kindling::editor
