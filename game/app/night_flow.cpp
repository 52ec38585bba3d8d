#include "app/night_flow.hpp"

#include "core/store/saved_night.hpp"

namespace kindling::app {

NightFlow::NightFlow(const DeckLibrary& decks, const Clock& clock, SessionStores stores)
    : decks_(decks), clock_(clock), stores_(stores) {}

namespace {

// A deck written for a room full of people ("who is most likely to...", everyone answers) is
// odd for two, so couple nights leave such decks out unless the players choose them.
bool made_for_groups(const Deck& deck) {
    std::size_t everyone = 0;
    for (const Card& card : deck.cards) {
        if (card.answers == Answerer::everyone) ++everyone;
    }
    return everyone * 2 > deck.cards.size();
}

}  // namespace

std::vector<std::string> NightFlow::default_decks(PlayStyle style) const {
    std::vector<std::string> chosen;
    std::vector<std::string> own_party_decks;
    for (std::size_t i = 0; i < decks_.decks.size(); ++i) {
        const Deck& deck = decks_.decks[i];
        if (made_for_groups(deck) != (style == PlayStyle::party)) continue;
        chosen.push_back(deck.id);
        if (i >= decks_.builtin_decks) own_party_decks.push_back(deck.id);
    }
    if (style == PlayStyle::party && !own_party_decks.empty()) return own_party_decks;
    // Couples get the decks written for two, parties those written for a room (when there are
    // both kinds); empty means every deck.
    if (chosen.empty() || chosen.size() == decks_.decks.size()) return {};
    return chosen;
}

void NightFlow::plan(PlayStyle style, std::vector<std::string> players, std::uint64_t seed) {
    draft_ = default_setup(style, std::move(players));
    draft_.seed = seed;
    draft_.decks = default_decks(style);
    consent_.reset();
    resuming_ = false;
}

void NightFlow::begin_consent() { consent_.emplace(draft_.players.size()); }

void NightFlow::set_limits(std::size_t player, ConsentLimits limits) {
    if (!consent_) begin_consent();
    consent_->set_limits(player, std::move(limits));
}

StartOutcome NightFlow::start() {
    if (!consent_) begin_consent();
    // A copy goes into the session, so that when the night cannot start (no card fits the
    // choices) the players can change their choices without giving their limits again.
    const bool party = draft_.style == PlayStyle::party;
    std::vector<Deck> party_cards;
    std::span<const Deck> decks = decks_.as_written;
    SessionStores stores = stores_;
    if (party) {
        party_cards = party_decks(decks, party_rules_);
        decks = party_cards;
        stores.save = nullptr;
    }
    SessionStart started = Session::start(draft_, decks, *consent_, clock_, stores);
    if (!started.session) return {false, std::move(started.problems), std::move(started.notices)};
    session_ = std::move(started.session);
    refresh_words();
    party_.reset();
    if (party) party_.emplace(draft_, party_rules_);
    consent_.reset();
    saved_.reset();
    resuming_ = false;
    return {true, {}, std::move(started.notices)};
}

void NightFlow::look_for_saved_night() {
    if (stores_.save == nullptr) return;
    SavedNightLookup lookup = find_saved_night(*stores_.save, clock_);
    saved_ = std::move(lookup.night);
    saved_notice_ = std::move(lookup.notice);
}

void NightFlow::plan_resume() {
    if (!saved_) return;
    draft_ = saved_->setup;
    consent_.reset();
    resuming_ = true;
}

StartOutcome NightFlow::resume() {
    if (!saved_) return {false, {{"start.no_saved_night", {}}}, {}};
    if (!consent_) begin_consent();
    SessionStart started = Session::resume(*saved_, decks_.as_written, *consent_, clock_, stores_);
    consent_.reset();
    if (!started.session) return {false, std::move(started.problems), std::move(started.notices)};
    session_ = std::move(started.session);
    refresh_words();
    party_.reset();
    saved_.reset();
    resuming_ = false;
    return {true, {}, std::move(started.notices)};
}

void NightFlow::forget_saved() {
    if (stores_.save != nullptr && saved_) stores_.save->discard();
    saved_.reset();
    resuming_ = false;
}

void NightFlow::close() {
    session_.reset();
    party_.reset();
}

bool NightFlow::can_keep_for_later() const {
    return session_ != nullptr && !session_->finished() && !party_ && stores_.save != nullptr;
}

void NightFlow::keep_for_later() {
    if (!can_keep_for_later()) return;
    // Saved as playing, not paused: the clock runs again as soon as the night is resumed.
    session_->apply(Action::resume());
    session_.reset();
    look_for_saved_night();
}

void NightFlow::refresh_words() {
    if (session_) session_->use_words_of(decks_.decks);
}

}  // namespace kindling::app
