#include "core/session/night_flow.hpp"

#include "core/deck/card_key.hpp"
#include "core/store/saved_night.hpp"
#include "core/text/unicode.hpp"

#include <algorithm>
#include <utility>

namespace kindling {

namespace {

// SplitMix64's finaliser: spreads a seed and a count over all 64 bits, so the follow-up a seed
// gives does not follow the order of the decks.
std::uint64_t mixed(std::uint64_t value) {
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

}  // namespace

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
    const bool couple_planned = (stage_ == NightStage::setup || stage_ == NightStage::limits) && draft_.style == PlayStyle::couple;
    if (!couple_planned && !(stage_ == NightStage::limits && resuming_)) return false;
    consent_.emplace(draft_.players.size());
    limits_given_.assign(draft_.players.size(), false);
    stage_ = NightStage::limits;
    return true;
}

bool NightFlow::limits_given(std::size_t player) const {
    return stage_ == NightStage::limits && player < limits_given_.size() && limits_given_[player];
}

bool NightFlow::set_limits(std::size_t player, ConsentLimits limits) {
    if (stage_ != NightStage::limits || !consent_ || player >= consent_->player_count()) return false;
    consent_->set_limits(player, std::move(limits));
    if (player < limits_given_.size()) limits_given_[player] = true;
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
    vote_.reset();
    write_.reset();
    guess_.reset();
    consent_.reset();
    saved_.reset();
    resuming_ = false;
    next_card_requested_ = false;
    stage_ = NightStage::cards;
    load_between();
}

// ---- between nights ----

std::string NightFlow::seat_name(std::size_t player) const {
    const std::vector<std::string>& players = session_->setup().players;
    return player < players.size() ? players[player] : std::string();
}

void NightFlow::load_between() {
    between_ = {};
    tonight_ = {};
    favourite_back_.reset();
    night_recorded_ = false;
    between_notice_ = {};
    const std::size_t players = session_ ? session_->setup().players.size() : 0;
    asked_start_.assign(players, false);
    asked_end_.assign(players, false);
    note_from_.assign(players, false);
    notes_kept_sealed_.assign(players, false);
    if (!between_nights()) return;
    LoadedBetween loaded = stores_.between->load();
    between_ = std::move(loaded.between);
    between_notice_ = std::move(loaded.notice);
    night_started_at_ = clock_.unix_seconds();
    for (std::size_t i = 0; i < players; ++i) tonight_.checks.push_back({seat_name(i), std::nullopt, std::nullopt});
    // A resumed night brings the start checks given before it was kept for later.
    for (const StartCheck& given : session_->state().start_checks) {
        if (given.seat >= players) continue;
        asked_start_[given.seat] = true;
        if (given.value) tonight_.checks[given.seat].before = ClosenessAnswer{*given.value, given.shared};
    }
    std::vector<std::string> favourites;
    if (stores_.history != nullptr) favourites = stores_.history->load().history.favourites;
    favourite_back_ = favourite_coming_back(between_, favourites, night_started_at_, false);
    // It comes back as a card of the night when the deal takes it; when it does not fit
    // tonight's choices it stays waiting for another night.
    if (favourite_back_ &&
        !session_->offer_favourite_back({favourite_back_->key, favourite_back_->marked_at},
                                        [this](const ReturningFavourite& back) { record_favourite_back(back); })) {
        favourite_back_.reset();
    }
}

void NightFlow::record_favourite_back(const ReturningFavourite& back) {
    favourite_back_.reset();
    between_ = with_favourite_returned(std::move(between_), back.key, clock_.unix_seconds());
    save_between();
}

void NightFlow::save_between() {
    const WriteResult written = stores_.between->save(between_);
    if (!written) between_notice_ = {"notices.between_failed", {{"error", written.error}}};
}

bool NightFlow::use_between_store(BetweenStore* store) {
    if (stage_ != NightStage::idle) return false;
    stores_.between = store;
    return true;
}

bool NightFlow::check_open(CheckMoment moment) const {
    if (!between_nights()) return false;
    if (moment == CheckMoment::start) return stage_ == NightStage::cards && session_->summary().cards_played == 0;
    return stage_ == NightStage::summary && night_recorded_;
}

std::optional<std::size_t> NightFlow::next_check(CheckMoment moment) const {
    if (!check_open(moment)) return std::nullopt;
    const std::vector<bool>& asked = moment == CheckMoment::start ? asked_start_ : asked_end_;
    for (std::size_t i = 0; i < asked.size(); ++i) {
        if (!asked[i]) return i;
    }
    return std::nullopt;
}

bool NightFlow::check_closeness(CheckMoment moment, std::size_t player, std::optional<ClosenessAnswer> answer) {
    if (!check_open(moment) || player >= tonight_.checks.size()) return false;
    std::vector<bool>& asked = moment == CheckMoment::start ? asked_start_ : asked_end_;
    if (asked[player]) return false;
    if (answer) answer->value = std::clamp(answer->value, closeness_min, closeness_max);
    asked[player] = true;
    if (moment == CheckMoment::start) {
        tonight_.checks[player].before = answer;
        // Kept with the night: kept for later and resumed, it still pairs with the end's check.
        session_->record_start_check({player, answer ? std::optional<int>(answer->value) : std::nullopt,
                                      answer && answer->shared});
        return true;
    }
    tonight_.checks[player].after = answer;
    between_.nights.back().checks = tonight_.checks;
    save_between();
    return true;
}

bool NightFlow::checked(CheckMoment moment, std::size_t player) const {
    const std::vector<bool>& asked = moment == CheckMoment::start ? asked_start_ : asked_end_;
    return player < asked.size() && asked[player];
}

std::vector<SealedNote> NightFlow::notes_waiting(std::size_t player) const {
    if (!between_nights() || stage_ != NightStage::cards || player >= notes_kept_sealed_.size() ||
        notes_kept_sealed_[player]) {
        return {};
    }
    return notes_for(between_, seat_name(player), session_->setup().players, night_started_at_, false);
}

std::optional<SealedNote> NightFlow::open_note(std::size_t player) {
    std::vector<SealedNote> waiting = notes_waiting(player);
    if (waiting.empty()) return std::nullopt;
    between_ = without_note(std::move(between_), waiting.front());
    save_between();
    return waiting.front();
}

bool NightFlow::write_note(std::size_t from, std::string text) {
    if (!between_nights() || stage_ != NightStage::summary || !night_recorded_) return false;
    if (session_->setup().players.size() != 2 || from >= 2 || note_from_[from]) return false;
    const auto blank = text.find_first_not_of(" \t\n");
    if (blank == std::string::npos || unicode::code_point_count(text) > max_note_chars) return false;
    note_from_[from] = true;
    between_.notes.push_back({seat_name(from), seat_name(1 - from), std::move(text), clock_.unix_seconds()});
    save_between();
    return true;
}

bool NightFlow::decline_note(std::size_t from) {
    if (!next_note_writer() || from >= note_from_.size() || note_from_[from]) return false;
    note_from_[from] = true;
    return true;
}

std::optional<std::size_t> NightFlow::next_note_writer() const {
    if (!between_nights() || stage_ != NightStage::summary || !night_recorded_ || session_->setup().players.size() != 2) {
        return std::nullopt;
    }
    for (std::size_t i = 0; i < note_from_.size(); ++i) {
        if (!note_from_[i]) return i;
    }
    return std::nullopt;
}

bool NightFlow::keep_notes_sealed(std::size_t player) {
    if (notes_waiting(player).empty()) return false;
    notes_kept_sealed_[player] = true;
    return true;
}

bool NightFlow::note_written(std::size_t from) const { return from < note_from_.size() && note_from_[from]; }

// ---- dig deeper ----

std::vector<std::pair<std::size_t, std::size_t>> NightFlow::follow_ups_left() const {
    std::vector<std::pair<std::size_t, std::size_t>> left;
    const std::span<const Deck> decks = decks_.follow_ups_as_written();
    const std::vector<FollowUpAsked>& asked = session_->state().follow_ups;
    for (std::size_t d = 0; d < decks.size(); ++d) {
        for (std::size_t c = 0; c < decks[d].cards.size(); ++c) {
            const Card& card = decks[d].cards[c];
            const std::string key = card_key(decks[d].id, card);
            const bool used = std::any_of(asked.begin(), asked.end(), [&](const FollowUpAsked& a) { return a.key == key; });
            if (!used && session_->allowed_for_everyone(card)) left.emplace_back(d, c);
        }
    }
    return left;
}

std::optional<std::size_t> NightFlow::follow_up_asker() const {
    if (stage_ != NightStage::cards || !session_ || party_) return std::nullopt;
    const SessionView view = session_->view();
    if (!view.card) return std::nullopt;
    const NightState& night = session_->state();
    return view.turn.answers == Answerer::reader ? night.turn_partner : night.turn_reader;
}

bool NightFlow::can_dig_deeper(std::size_t player) const {
    if (stage_ != NightStage::cards || !session_ || party_ || player >= session_->setup().players.size()) return false;
    const SessionView view = session_->view();
    if (!view.card) return false;
    // The level began with the first of the cards of this depth played in a row before it.
    const NightState& night = session_->state();
    const int level = view.card->level;
    std::size_t level_began = night.played.size();
    while (level_began > 0 && night.played[level_began - 1].level == level) --level_began;
    for (const FollowUpAsked& asked : night.follow_ups) {
        if (asked.seat == player && asked.level == level && asked.turn >= level_began) return false;
    }
    return !follow_ups_left().empty();
}

std::optional<FollowUp> NightFlow::dig_deeper(std::size_t player) {
    if (!can_dig_deeper(player)) return std::nullopt;
    const std::vector<std::pair<std::size_t, std::size_t>> left = follow_ups_left();
    const NightState& night = session_->state();
    const std::uint64_t pick = mixed(session_->setup().seed ^ mixed(night.follow_ups.size() + 1));
    const auto [d, c] = left[static_cast<std::size_t>(pick % left.size())];
    const Deck& deck = decks_.follow_ups_as_written()[d];
    const Card& card = deck.cards[c];
    FollowUp follow_up{player, card.text, card_key(deck.id, card)};
    // The words in the players' language: the same deck shown, the card found by its id.
    const std::span<const Deck> shown = decks_.follow_ups_shown();
    if (d < shown.size() && shown[d].id == deck.id && c < shown[d].cards.size()) {
        const auto same = std::find_if(shown[d].cards.begin(), shown[d].cards.end(),
                                       [&](const Card& other) { return !card.id.empty() && other.id == card.id; });
        follow_up.text = same != shown[d].cards.end() ? same->text : shown[d].cards[c].text;
    }
    session_->record_follow_up({player, night.played.size(), session_->view().card->level, follow_up.key});
    return follow_up;
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
    limits_given_.assign(draft_.players.size(), false);
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
    if (between_nights()) {
        // Tonight joins the record now, so that the end's check and the notes only add to it.
        const NightSummary played = session_->summary();
        const std::int64_t now = clock_.unix_seconds();
        tonight_.ended_at = now;
        for (const Tally& theme : played.themes) tonight_.themes.push_back(theme.title);
        between_ = with_night(std::move(between_), tonight_);
        between_ = with_favourite_marks(std::move(between_), played.favourites, now);
        night_recorded_ = true;
        save_between();
    }
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
    vote_.reset();
    write_.reset();
    guess_.reset();
    night_recorded_ = false;
    favourite_back_.reset();
    stage_ = NightStage::idle;
    return true;
}

void NightFlow::refresh_words() {
    if (session_) session_->use_words_of(decks_.shown());
}

}  // namespace kindling
