#include "core/session/night_flow.hpp"

#include "core/store/saved_night.hpp"

#include <utility>

namespace kindling {

std::string_view to_string(NightStage stage) {
    switch (stage) {
        case NightStage::idle: return "idle";
        case NightStage::setup: return "setup";
        case NightStage::limits: return "limits";
        case NightStage::cards: return "cards";
        case NightStage::summary: return "summary";
    }
    return "idle";
}

bool made_for_groups(const Deck& deck) {
    // "Who is most likely to...", everyone answers: odd for two, so couples leave such decks out
    // unless they choose them.
    std::size_t everyone = 0;
    for (const Card& card : deck.cards) {
        if (card.answers == Answerer::everyone) ++everyone;
    }
    return everyone * 2 > deck.cards.size();
}

std::vector<std::string> default_decks(std::span<const Deck> decks, std::size_t builtin_count, PlayStyle style) {
    std::vector<std::string> chosen;
    std::vector<std::string> own_party_decks;
    for (std::size_t i = 0; i < decks.size(); ++i) {
        const Deck& deck = decks[i];
        if (made_for_groups(deck) != (style == PlayStyle::party)) continue;
        chosen.push_back(deck.id);
        if (i >= builtin_count) own_party_decks.push_back(deck.id);
    }
    if (style == PlayStyle::party && !own_party_decks.empty()) return own_party_decks;
    if (chosen.empty() || chosen.size() == decks.size()) return {};
    return chosen;
}

NightFlow::NightFlow(const NightDecks& decks, const Clock& clock, SessionStores stores)
    : decks_(decks), clock_(clock), stores_(stores) {}

bool NightFlow::choose_style(PlayStyle style) {
    if (!planning()) return false;
    style_ = style;
    return true;
}

bool NightFlow::plan(PlayStyle style, std::vector<std::string> players, std::uint64_t seed) {
    if (!planning()) return false;
    style_ = style;
    draft_ = default_setup(style, std::move(players));
    draft_.seed = seed;
    draft_.decks = default_decks(style);
    consent_.reset();
    resuming_ = false;
    stage_ = NightStage::setup;
    return true;
}

bool NightFlow::plan_party(std::vector<std::string> players, std::vector<Team> teams, PartyRules rules, int cards,
                           std::uint64_t seed) {
    if (!plan(PlayStyle::party, players, seed)) return false;
    const SessionSetup chosen = party_setup(std::move(players), std::move(teams), rules, cards, seed);
    draft_.teams = chosen.teams;
    draft_.intensity_limit = chosen.intensity_limit;
    draft_.length = chosen.length;
    party_rules_ = rules;
    return true;
}

std::vector<std::string> NightFlow::default_decks(PlayStyle style) const {
    return kindling::default_decks(decks_.as_written(), decks_.builtin_count(), style);
}

bool NightFlow::set_party_rules(PartyRules rules) {
    if (!planning()) return false;
    party_rules_ = rules;
    return true;
}

bool NightFlow::begin_consent() {
    const bool couple_planned = stage_ == NightStage::setup && draft_.style == PlayStyle::couple;
    if (!couple_planned && !(stage_ == NightStage::limits && resuming_)) return false;
    consent_.emplace(draft_.players.size());
    stage_ = NightStage::limits;
    return true;
}

bool NightFlow::set_limits(std::size_t player, ConsentLimits limits) {
    if (stage_ != NightStage::limits || !consent_ || player >= consent_->player_count()) return false;
    consent_->set_limits(player, std::move(limits));
    return true;
}

StartOutcome NightFlow::start() {
    if (resuming_ && stage_ == NightStage::limits) return start_saved();
    const bool party = draft_.style == PlayStyle::party;
    if (party ? stage_ != NightStage::setup : stage_ != NightStage::limits) {
        return {false, false, {Message{party ? "start.party_from_setup" : "start.limits_needed", {}}}, {}};
    }
    return start_new();
}

StartOutcome NightFlow::start_new() {
    const bool party = draft_.style == PlayStyle::party;
    // A party's cards pass its rules first (the company-safe filter), and it is never saved.
    std::vector<Deck> party_cards;
    std::span<const Deck> decks = decks_.as_written();
    SessionStores stores = stores_;
    if (party) {
        party_cards = party_decks(decks, party_rules_);
        decks = party_cards;
        stores.save = nullptr;
    }
    // The limits are copied into the session, so that when the night cannot start (no card fits
    // the choices) the players can change their choices without giving their limits again.
    SessionStart started = Session::start(draft_, decks, limits_given(), clock_, stores);
    if (!started.session) return {false, false, std::move(started.problems), std::move(started.notices)};
    begin_cards(std::move(started.session), party);
    return {true, false, {}, std::move(started.notices)};
}

StartOutcome NightFlow::start_saved() {
    if (!saved_) {
        resuming_ = false;
        stage_ = NightStage::idle;
        return {false, true, {Message{"start.no_saved_night", {}}}, {}};
    }
    SessionStart started = Session::resume(*saved_, decks_.as_written(), limits_given(), clock_, stores_);
    if (!started.session) {
        // A saved night that cannot go on (a deck it used is gone) is let go.
        forget_saved();
        stage_ = NightStage::idle;
        return {false, true, std::move(started.problems), std::move(started.notices)};
    }
    begin_cards(std::move(started.session), false);
    return {true, false, {}, std::move(started.notices)};
}

ConsentBook NightFlow::limits_given() const {
    return consent_ ? *consent_ : ConsentBook(draft_.players.size());
}

void NightFlow::begin_cards(std::unique_ptr<Session> session, bool party) {
    session_ = std::move(session);
    refresh_words();
    party_.reset();
    if (party) party_.emplace(draft_, party_rules_);
    consent_.reset();
    saved_.reset();
    resuming_ = false;
    next_card_requested_ = false;
    stage_ = NightStage::cards;
}

void NightFlow::look_for_saved_night() {
    if (stores_.save == nullptr || !planning()) return;
    SavedNightLookup lookup = find_saved_night(*stores_.save, clock_);
    saved_ = std::move(lookup.night);
    saved_notice_ = std::move(lookup.notice);
}

bool NightFlow::plan_resume() {
    if (!saved_ || !planning()) return false;
    style_ = PlayStyle::couple;
    draft_ = saved_->setup;
    consent_.emplace(draft_.players.size());
    resuming_ = true;
    stage_ = NightStage::limits;
    return true;
}

void NightFlow::forget_saved() {
    if (!planning()) return;
    if (stores_.save != nullptr && saved_) stores_.save->discard();
    saved_.reset();
    resuming_ = false;
}

bool NightFlow::request_next_card() {
    if (stage_ != NightStage::cards) return false;
    next_card_requested_ = true;
    return true;
}

bool NightFlow::take_next_card_request() { return std::exchange(next_card_requested_, false); }

bool NightFlow::can_keep_for_later() const {
    return stage_ == NightStage::cards && session_ != nullptr && !session_->finished() && !party_ &&
           stores_.save != nullptr;
}

bool NightFlow::keep_for_later() {
    if (!can_keep_for_later()) return false;
    // Saved as playing, not paused: the clock runs again as soon as the night is resumed.
    session_->apply(Action::resume());
    session_.reset();
    stage_ = NightStage::idle;
    look_for_saved_night();
    return true;
}

bool NightFlow::end() {
    if (stage_ != NightStage::cards) return false;
    if (!session_->finished()) session_->apply(Action::end());
    next_card_requested_ = false;
    stage_ = NightStage::summary;
    return true;
}

bool NightFlow::scores_before_summary() const {
    return stage_ == NightStage::summary && party_ && party_->rules().scoring;
}

std::optional<NightSummary> NightFlow::summary() const {
    if (stage_ != NightStage::summary) return std::nullopt;
    NightSummary shown = session_->summary();
    if (party_) {
        shown.party = true;
        if (party_->rules().scoring) {
            for (const Standing& standing : party_->scores().standings()) {
                shown.scores.push_back({standing.name, standing.points, standing.place});
            }
        }
    }
    return shown;
}

bool NightFlow::close() {
    if (stage_ != NightStage::summary) return false;
    session_.reset();
    party_.reset();
    stage_ = NightStage::idle;
    return true;
}

void NightFlow::refresh_words() {
    if (session_) session_->use_words_of(decks_.shown());
}

}  // namespace kindling
