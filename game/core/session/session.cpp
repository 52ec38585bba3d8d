#include "core/session/session.hpp"

#include "core/deck/card_key.hpp"
#include "core/night/card_pool.hpp"
#include "core/night/game_night.hpp"
#include "core/store/saved_night.hpp"

#include <algorithm>
#include <unordered_map>
#include <utility>

namespace kindling {

namespace {

constexpr std::int64_t ms_per_minute = 60'000;
// Dealing draws from stream 0 of the seed; mode plans use their own stream (mode_plan.cpp).
constexpr std::uint64_t dealing_stream = 0;

bool chosen_mode_is_game_night(const SessionSetup& setup) {
    return setup.mode.empty() || setup.mode == game_night_mode_id;
}

void add_players(const Seat& seat, std::vector<std::size_t>& players) {
    for (const std::size_t player : seat.players) {
        if (std::find(players.begin(), players.end(), player) == players.end()) players.push_back(player);
    }
}

}  // namespace

Session::Session(SessionSetup setup, ConsentBook consent, const Clock& clock, SessionStores stores)
    : setup_(std::move(setup)),
      seats_(seats_of(setup_)),
      consent_(std::move(consent)),
      clock_(&clock),
      stores_(stores),
      random_(setup_.seed, dealing_stream) {}

Session::~Session() = default;

SessionStart Session::prepare(SessionSetup setup, std::span<const Deck> decks, ConsentBook consent,
                              const Clock& clock, SessionStores stores) {
    SessionStart result;
    result.problems = check_setup(setup);
    if (consent.player_count() != setup.players.size()) {
        result.problems.push_back({"start.limits_needed", {}});
    }
    if (decks.empty()) result.problems.push_back({"start.no_decks", {}});
    for (const std::string& id : setup.decks) {
        if (std::none_of(decks.begin(), decks.end(), [&](const Deck& deck) { return deck.id == id; })) {
            result.problems.push_back({"start.deck_missing", {{"deck", id}}});
        }
    }
    std::optional<FoundMode> found;
    if (!chosen_mode_is_game_night(setup)) {
        found = find_mode(decks, setup.mode);
        if (!found) {
            result.problems.push_back({"start.mode_missing", {{"mode", setup.mode}}});
        } else if (found->mode.players == ModePlayers::couple && setup.style != PlayStyle::couple) {
            result.problems.push_back({"start.mode_for_couples", {{"mode", found->mode.title}}});
        } else if (found->mode.players == ModePlayers::party && setup.style != PlayStyle::party) {
            result.problems.push_back({"start.mode_for_parties", {{"mode", found->mode.title}}});
        }
    }
    if (!result.problems.empty()) return result;

    std::unique_ptr<Session> session(new Session(std::move(setup), std::move(consent), clock, stores));
    if (found) {
        session->plan_ = plan_mode(found->mode, *found->deck, session->setup_.seed, session->seats_.size());
        const bool empty = std::all_of(session->plan_->sets.begin(), session->plan_->sets.end(),
                                       [](const auto& set) { return set.empty(); });
        if (empty && !session->plan_->closing) {
            result.problems.push_back({"start.mode_without_cards", {{"mode", found->mode.title}}});
            return result;
        }
    } else {
        session->pool_ = game_night_pool(session->setup_, decks);
        if (session->pool_.empty()) {
            result.problems.push_back(
                {session->setup_.apart ? "start.no_card_fits_apart" : "start.no_card_fits", {}});
            return result;
        }
    }
    if (stores.history != nullptr) {
        LoadedHistory loaded = stores.history->load();
        if (!loaded.notice.code.empty()) result.notices.push_back(loaded.notice);
        // A mode deals its sets as written; holding cards back only shapes Game Night.
        if (!session->plan_) {
            session->held_back_ = held_back_cards(loaded.history, session->setup_.hold_back_nights,
                                                  session->setup_.replay_favourites);
        }
        session->history_favourites_.insert(loaded.history.favourites.begin(), loaded.history.favourites.end());
    }
    session->night_.seats.resize(session->seats_.size());
    session->night_.started_at = clock.unix_seconds();
    session->last_clock_ms_ = clock.monotonic_ms();
    result.session = std::move(session);
    return result;
}

SessionStart Session::start(SessionSetup setup, std::span<const Deck> decks, ConsentBook consent,
                            const Clock& clock, SessionStores stores) {
    SessionStart result = prepare(std::move(setup), decks, std::move(consent), clock, stores);
    if (!result.session) return result;
    // A night that cannot deal its first card never started: it must not discard a saved night
    // the players may still want to resume, so the save store joins only once a card is dealt.
    result.session->stores_.save = nullptr;
    result.session->begin_turn();
    if (result.session->finished()) {
        result.session.reset();
        result.problems.push_back({"start.no_card_within_limits", {}});
        return result;
    }
    result.session->stores_.save = stores.save;
    result.session->persist();
    return result;
}

SessionStart Session::resume(const SavedNight& saved, std::span<const Deck> decks, ConsentBook consent,
                             const Clock& clock, SessionStores stores) {
    SessionStart result = prepare(saved.setup, decks, std::move(consent), clock, stores);
    if (!result.session) return result;
    Session& session = *result.session;
    if (saved.night.seats.size() != session.seats_.size() || saved.night.stage == Stage::finished ||
        saved.night.turn_reader >= session.seats_.size() || saved.night.turn_partner >= session.seats_.size()) {
        result.session.reset();
        result.problems.push_back({"start.saved_night_misfit", {}});
        return result;
    }
    session.night_ = saved.night;
    session.random_ = Random::from_state(saved.night.random);
    session.timer_ = CardTimer::restore(saved.night.timer);
    session.last_clock_ms_ = clock.monotonic_ms();
    for (const PlayedEntry& entry : session.night_.played) {
        session.used_keys_.insert(entry.key);
        session.used_texts_.insert(text_fingerprint(entry.text));
    }
    const std::vector<PoolCard>& cards = session.pool();
    for (const std::string& key : session.night_.put_aside) {
        session.used_keys_.insert(key);
        const auto it = std::find_if(cards.begin(), cards.end(), [&](const PoolCard& card) { return card.key == key; });
        if (it != cards.end()) session.used_texts_.insert(it->text_hash);
    }
    // The card on the table comes back unless the decks changed or a limit now excludes it.
    const Involvement involved = session.involvement();
    std::optional<std::size_t> current;
    if (session.plan_ && session.night_.current_is_closing) {
        current = session.plan_->closing;
    } else if (session.plan_) {
        const auto& sets = session.plan_->sets;
        if (session.night_.set_index < sets.size() && session.night_.set_position < sets[session.night_.set_index].size()) {
            current = sets[session.night_.set_index][session.night_.set_position];
        }
    } else {
        const auto it = std::find_if(cards.begin(), cards.end(),
                                     [&](const PoolCard& card) { return card.key == session.night_.current; });
        if (it != cards.end()) current = static_cast<std::size_t>(it - cards.begin());
    }
    if (current && cards[*current].key == session.night_.current && session.eligible(*current, involved)) {
        session.current_ = current;
    } else {
        session.deal_current(false);
    }
    if (session.finished()) {
        result.session.reset();
        result.problems.push_back({"start.saved_night_no_card", {}});
        return result;
    }
    session.persist();
    return result;
}

// ---- time -------------------------------------------------------------------------------------

std::int64_t Session::now_ms() const { return clock_->monotonic_ms(); }

void Session::sync_time() {
    const std::int64_t now = now_ms();
    if (night_.stage == Stage::playing) night_.active_ms += std::max<std::int64_t>(0, now - last_clock_ms_);
    last_clock_ms_ = now;
}

std::int64_t Session::active_ms_now() const {
    if (night_.stage != Stage::playing) return night_.active_ms;
    return night_.active_ms + std::max<std::int64_t>(0, now_ms() - last_clock_ms_);
}

// ---- turns and people -------------------------------------------------------------------------

std::size_t Session::reader_seat() const {
    const std::size_t seats = std::max<std::size_t>(seats_.size(), 1);
    const std::size_t turn = night_.played.size();
    if (!plan_) return turn % seats;
    const std::size_t first = plan_->first_reader;
    if (plan_->mode.reader_changes == ReaderChanges::every_set) return (first + night_.set_index) % seats;
    return (first + turn) % seats;
}

std::size_t Session::choose_turn_partner() const {
    const std::size_t seats = seats_.size();
    const std::size_t reader = night_.turn_reader;
    if (seats < 2) return reader;
    // The seat asked least often so far; among equals, the nearest on the reader's left.
    std::size_t best = (reader + 1) % seats;
    for (std::size_t step = 2; step < seats; ++step) {
        const std::size_t seat = (reader + step) % seats;
        if (night_.seats[seat].partner_turns < night_.seats[best].partner_turns) best = seat;
    }
    return best;
}

std::size_t Session::partner_for(const Card& card) const {
    if (card.answers == Answerer::left && !seats_.empty()) return (night_.turn_reader + 1) % seats_.size();
    return night_.turn_partner;
}

std::vector<std::size_t> Session::speakers_for(const Card& card) const {
    const std::size_t reader = night_.turn_reader;
    const std::size_t partner = partner_for(card);
    switch (card.answers) {
        case Answerer::reader: return {reader};
        case Answerer::partner:
        case Answerer::left: return {partner};
        case Answerer::everyone: {
            std::vector<std::size_t> everyone;
            for (std::size_t step = 0; step < seats_.size(); ++step) everyone.push_back((reader + step) % seats_.size());
            return everyone;
        }
        case Answerer::both: break;
    }
    const FirstSpeaker rule = plan_ ? plan_->mode.first_speaker : FirstSpeaker::alternate;
    if (rule == FirstSpeaker::reader) return {reader, partner};
    if (rule == FirstSpeaker::partner) return {partner, reader};
    // Alternating: whoever has spoken first less often, then less recently; the reader on a tie.
    const SeatTally& a = night_.seats[reader];
    const SeatTally& b = night_.seats[partner];
    const bool partner_first = b.first_speaker_turns < a.first_speaker_turns ||
                               (b.first_speaker_turns == a.first_speaker_turns &&
                                b.last_first_speaker_turn < a.last_first_speaker_turn);
    return partner_first ? std::vector<std::size_t>{partner, reader} : std::vector<std::size_t>{reader, partner};
}

Session::Involvement Session::involvement() const {
    Involvement involved;
    if (seats_.empty()) return involved;
    const std::size_t reader = night_.turn_reader;
    add_players(seats_[reader], involved.with_partner);
    add_players(seats_[night_.turn_partner], involved.with_partner);
    add_players(seats_[reader], involved.with_left);
    add_players(seats_[(reader + 1) % seats_.size()], involved.with_left);
    for (const Seat& seat : seats_) add_players(seat, involved.everyone);
    return involved;
}

// ---- dealing ----------------------------------------------------------------------------------

const std::vector<PoolCard>& Session::pool() const noexcept { return plan_ ? plan_->pool : pool_; }

const PoolCard* Session::current_card() const { return current_ ? &pool()[*current_] : nullptr; }

bool Session::used(const PoolCard& card) const {
    return used_keys_.contains(card.key) || used_texts_.contains(card.text_hash);
}

bool Session::eligible(std::size_t index, const Involvement& involved) const {
    const PoolCard& pooled = pool()[index];
    if (used(pooled) || !fits_table(pooled.card, setup_)) return false;
    switch (pooled.card.answers) {
        case Answerer::everyone: return consent_.allows(pooled.card, involved.everyone);
        case Answerer::left: return consent_.allows(pooled.card, involved.with_left);
        default: return consent_.allows(pooled.card, involved.with_partner);
    }
}

void Session::begin_turn() {
    night_.turn_reader = reader_seat();
    night_.turn_partner = choose_turn_partner();
    deal_current(true);
}

void Session::deal_current(bool new_turn) {
    timer_ = {};
    std::optional<std::size_t> index;
    if (plan_) {
        index = pick_mode_card();
    } else {
        const NightProgress progress = progress_now();
        if (new_turn) night_.current_is_closing = is_closing_turn(progress, setup_.length.unit, night_.played.size());
        if (!night_.current_is_closing && deal_favourite_back(progress)) return;
        index = pick_game_night_card(night_.current_is_closing);
    }
    if (!index) {
        finish(plan_ ? EndReason::completed : EndReason::ran_out_of_cards);
        return;
    }
    show(*index, night_.current_is_closing);
}

std::optional<std::size_t> Session::pick_game_night_card(bool closing) {
    std::vector<PlayedTraits> played;
    played.reserve(night_.played.size());
    for (const PlayedEntry& entry : night_.played) played.push_back({entry.theme, entry.kind, entry.level});
    const NightProgress progress = progress_now();
    const Involvement involved = involvement();
    GameNightDeal deal;
    deal.pool = pool_;
    deal.played = played;
    // The favourite offered to come back is kept for its return, all night.
    deal.eligible = [&](std::size_t index) {
        return eligible(index, involved) && !(favourite_offered_ && pool_[index].key == favourite_offered_->key);
    };
    // By key for this deck, by content for the same card played from a copy of it.
    deal.held_back = [&](std::size_t index) {
        return held_back_.contains(pool_[index].key) || held_back_.contains(content_key(pool_[index].text_hash));
    };
    deal.min_level = setup_.min_level;
    deal.max_level = setup_.max_level;
    deal.target = target_level(progress, setup_.min_level, setup_.max_level);
    deal.closing = closing;
    return deal_game_night_card(deal, random_);
}

NightProgress Session::progress_now() const {
    if (setup_.length.unit == LengthUnit::cards) {
        return {static_cast<std::int64_t>(night_.played.size()), setup_.length.amount};
    }
    return {active_ms_now(), setup_.length.amount * ms_per_minute};
}

bool Session::offer_favourite_back(ReturningFavourite favourite, std::function<void(const ReturningFavourite&)> dealt) {
    if (plan_ || setup_.style != PlayStyle::couple || finished() || !night_.favourite_back.empty()) return false;
    const auto pooled = std::find_if(pool_.begin(), pool_.end(), [&](const PoolCard& card) { return card.key == favourite.key; });
    // Not among tonight's decks, themes or depths, or played tonight already: not tonight.
    if (pooled == pool_.end() || used(*pooled)) return false;
    const bool on_table = night_.current == favourite.key;
    if (on_table) {
        // Dealt as the night's first card before it was offered: another card opens the night
        // (when there is one), and the favourite waits for its turn in the first half.
        const auto index = static_cast<std::size_t>(pooled - pool_.begin());
        const Involvement involved = involvement();
        bool another = false;
        for (std::size_t i = 0; i < pool_.size() && !another; ++i) another = i != index && eligible(i, involved);
        if (!night_.played.empty() || !another) return false;
    }
    favourite_offered_ = std::move(favourite);
    favourite_dealt_ = std::move(dealt);
    if (on_table) {
        current_.reset();
        night_.current.clear();
        deal_current(false);
        persist();
    }
    return true;
}

bool Session::deal_favourite_back(NightProgress progress) {
    if (!favourite_offered_ ||
        !in_favourite_return_window(progress, night_.played.size(), favourite_return_earliest_eighths(setup_.seed))) {
        return false;
    }
    const auto pooled =
        std::find_if(pool_.begin(), pool_.end(), [&](const PoolCard& card) { return card.key == favourite_offered_->key; });
    if (pooled == pool_.end()) return false;
    const auto index = static_cast<std::size_t>(pooled - pool_.begin());
    // Within the limits of everyone this turn involves; else perhaps on a later turn.
    if (!eligible(index, involvement())) return false;
    const ReturningFavourite back = *std::exchange(favourite_offered_, std::nullopt);
    night_.favourite_back = back.key;
    night_.favourite_back_marked_at = back.marked_at;
    show(index, false);
    if (favourite_dealt_) favourite_dealt_(back);
    return true;
}

std::optional<std::size_t> Session::pick_mode_card() {
    const Involvement involved = involvement();
    const auto& sets = plan_->sets;
    while (night_.set_index < sets.size()) {
        const auto& set = sets[night_.set_index];
        while (night_.set_position < set.size()) {
            const std::size_t index = set[night_.set_position];
            if (eligible(index, involved)) {
                night_.current_is_closing = false;
                return index;
            }
            ++night_.set_position;
        }
        next_set();
    }
    if (plan_->closing && eligible(*plan_->closing, involved)) {
        night_.current_is_closing = true;
        return plan_->closing;
    }
    return std::nullopt;
}

void Session::next_set() {
    ++night_.set_index;
    night_.set_position = 0;
    night_.set_started_ms = active_ms_now();
}

void Session::show(std::size_t index, bool closing) {
    const PoolCard& pooled = pool()[index];
    current_ = index;
    night_.current = pooled.key;
    night_.current_is_closing = closing;
    if (plan_ && closing && plan_->closing_timer) {
        const TimerRange& range = *plan_->closing_timer;
        timer_ = CardTimer::offer(range.default_seconds, range.min_seconds, range.max_seconds);
    } else if (pooled.card.timer_seconds) {
        const int seconds = *pooled.card.timer_seconds;
        timer_ = CardTimer::offer(seconds, seconds, seconds);
    }
}

void Session::put_aside_current() {
    const PoolCard* card = current_card();
    if (card == nullptr) return;
    used_keys_.insert(card->key);
    used_texts_.insert(card->text_hash);
    night_.put_aside.push_back(card->key);
    current_.reset();
    night_.current.clear();
    timer_ = {};
}

void Session::finish(EndReason reason) {
    night_.stage = Stage::finished;
    night_.end_reason = reason;
    current_.reset();
    night_.current.clear();
    night_.current_is_closing = false;
    timer_ = {};
    if (stores_.history != nullptr && (!night_.played.empty() || !night_.favourites.empty())) {
        PlayedNight record;
        record.ended_at = clock_->unix_seconds();
        for (const PlayedEntry& entry : night_.played) {
            record.cards.push_back(entry.key);
            // The fingerprint the pool took of the card's own words, not of a translation shown.
            const std::vector<PoolCard>& cards = pool();
            const auto pooled = std::find_if(cards.begin(), cards.end(), [&](const PoolCard& card) { return card.key == entry.key; });
            if (pooled != cards.end()) record.contents.push_back(content_key(pooled->text_hash));
        }
        std::vector<FavouriteChange> changes;
        for (const FavouriteMark& mark : night_.favourites) changes.push_back({mark.key, mark.favourite});
        const LoadedHistory loaded = stores_.history->load();
        const WriteResult written = stores_.history->save(with_night(loaded.history, std::move(record), changes));
        if (!written) notice_ = {"notices.history_failed", {{"error", written.error}}};
    }
    if (stores_.save != nullptr) stores_.save->discard();
}

// ---- actions ----------------------------------------------------------------------------------

ActionResult Session::apply(const Action& action) {
    if (night_.stage == Stage::finished) return ActionResult::not_now;
    sync_time();
    ActionResult result = ActionResult::not_now;
    const bool playing = night_.stage == Stage::playing;
    switch (action.type) {
        case ActionType::done: result = playing ? done() : ActionResult::not_now; break;
        case ActionType::swap: result = playing ? swap() : ActionResult::not_now; break;
        case ActionType::favourite: result = playing ? toggle_favourite() : ActionResult::not_now; break;
        case ActionType::pause:
            if (playing) {
                timer_.pause(now_ms());
                night_.stage = Stage::paused;
                result = ActionResult::applied;
            }
            break;
        case ActionType::resume:
            if (night_.stage == Stage::paused) {
                night_.stage = Stage::playing;
                result = ActionResult::applied;
            }
            break;
        case ActionType::end:
            finish(EndReason::ended_by_players);
            result = ActionResult::applied;
            break;
        case ActionType::timer_start: {
            const bool from_ready = timer_.phase(now_ms()) == TimerPhase::ready;
            if (playing && timer_.start(now_ms())) {
                result = ActionResult::applied;
                if (from_ready) ++applied_.timers_started;
            }
            break;
        }
        case ActionType::timer_pause:
            if (playing && timer_.pause(now_ms())) result = ActionResult::applied;
            break;
        case ActionType::timer_extend: {
            const int seconds = action.seconds > 0 ? action.seconds : default_timer_extension_seconds;
            if (playing && timer_.extend(seconds, now_ms())) result = ActionResult::applied;
            break;
        }
        case ActionType::timer_skip:
            if (playing && timer_.skip()) result = ActionResult::applied;
            break;
        case ActionType::timer_length:
            if (playing && timer_.choose_length(action.seconds)) result = ActionResult::applied;
            break;
    }
    if (result == ActionResult::applied) {
        if (action.type == ActionType::done) ++applied_.done;
        if (action.type == ActionType::swap) ++applied_.swaps;
        if (action.type == ActionType::favourite) ++applied_.favourites;
        persist();
    }
    return result;
}

ActionResult Session::done() {
    const PoolCard* card = current_card();
    if (card == nullptr) return ActionResult::not_now;
    const std::size_t turn = night_.played.size();
    if (card->card.answers != Answerer::everyone) ++night_.seats[partner_for(card->card)].partner_turns;
    if (card->card.answers == Answerer::both) {
        SeatTally& first = night_.seats[speakers_for(card->card).front()];
        ++first.first_speaker_turns;
        first.last_first_speaker_turn = static_cast<int>(turn);
    }
    night_.played.push_back({card->key, card->deck_id, card->card.text, card->card.theme, card->theme_title,
                             card->card.kind, card->card.level, card->card.intensity, night_.turn_reader});
    used_keys_.insert(card->key);
    used_texts_.insert(card->text_hash);
    current_.reset();
    night_.current.clear();
    timer_ = {};

    if (night_.current_is_closing) {
        finish(EndReason::completed);
        return ActionResult::applied;
    }
    if (plan_) {
        ++night_.set_position;
        const auto& sets = plan_->mode.sets;
        if (night_.set_index < sets.size()) {
            const bool set_done = night_.set_position >= plan_->sets[night_.set_index].size();
            // A soft budget: the set ends after the card during which its time ran out.
            const bool time_up = sets[night_.set_index].budget_minutes &&
                                 night_.active_ms - night_.set_started_ms >=
                                     *sets[night_.set_index].budget_minutes * ms_per_minute;
            // Moving on before the next turn begins lets a new set bring its own reader.
            if (set_done || time_up) next_set();
        }
    } else if (setup_.length.unit == LengthUnit::cards &&
               night_.played.size() >= static_cast<std::size_t>(setup_.length.amount)) {
        finish(EndReason::completed);
        return ActionResult::applied;
    }
    begin_turn();
    return ActionResult::applied;
}

ActionResult Session::swap() {
    if (current_card() == nullptr) return ActionResult::not_now;
    const bool closing = night_.current_is_closing;
    put_aside_current();
    if (!plan_) {
        deal_current(false);
        return ActionResult::applied;
    }
    const bool follows_source = !plan_->mode.source.empty();
    if (closing) {
        // Skipping an optional closing step is part of the mode, not a deviation from it.
        if (follows_source && !(plan_->closing && plan_->mode.closing && plan_->mode.closing->optional)) {
            ++night_.swaps;
        }
        finish(EndReason::completed);
        return ActionResult::applied;
    }
    if (follows_source) ++night_.swaps;
    ++night_.set_position;
    deal_current(false);
    return ActionResult::applied;
}

bool Session::is_favourite(const std::string& key) const {
    const auto it = std::find_if(night_.favourites.begin(), night_.favourites.end(),
                                 [&](const FavouriteMark& mark) { return mark.key == key; });
    return it != night_.favourites.end() ? it->favourite : history_favourites_.contains(key);
}

ActionResult Session::toggle_favourite() {
    const PoolCard* card = current_card();
    if (card == nullptr) return ActionResult::not_now;
    const auto it = std::find_if(night_.favourites.begin(), night_.favourites.end(),
                                 [&](const FavouriteMark& mark) { return mark.key == card->key; });
    if (it != night_.favourites.end()) {
        it->favourite = !it->favourite;
    } else {
        night_.favourites.push_back({card->key, card->card.text, card->theme_title, card->card.kind,
                                     !history_favourites_.contains(card->key)});
    }
    return ActionResult::applied;
}

void Session::set_limits(std::size_t player, ConsentLimits limits) {
    consent_.set_limits(player, std::move(limits));
    if (finished() || !current_ || eligible(*current_, involvement())) return;
    sync_time();
    const bool closing = night_.current_is_closing;
    put_aside_current();
    if (plan_ && closing) {
        finish(EndReason::completed);
    } else {
        if (plan_) ++night_.set_position;
        deal_current(false);
    }
    persist();
}

bool Session::allowed_for_everyone(const Card& card) const {
    std::vector<std::size_t> everyone(setup_.players.size());
    for (std::size_t i = 0; i < everyone.size(); ++i) everyone[i] = i;
    return fits_table(card, setup_) && consent_.allows(card, everyone);
}

bool Session::finished() const noexcept { return night_.stage == Stage::finished; }

void Session::persist() {
    if (stores_.save == nullptr || finished()) return;
    const WriteResult written = stores_.save->write(encode_saved_night(saved_form()));
    notice_ = written ? Message{} : Message{"notices.save_failed", {{"error", written.error}}};
}

void Session::record_follow_up(FollowUpAsked asked) {
    night_.follow_ups.push_back(std::move(asked));
    persist();
}

void Session::record_start_check(StartCheck check) {
    night_.start_checks.push_back(check);
    persist();
}

SavedNight Session::saved_form() const {
    SavedNight saved;
    saved.setup = setup_;
    saved.night = night_;
    saved.night.random = random_.state();
    saved.night.active_ms = active_ms_now();
    saved.night.timer = timer_.save(now_ms());
    saved.saved_at = clock_->unix_seconds();
    return saved;
}

void Session::use_words_of(std::span<const Deck> decks) {
    struct Words {
        const Deck* deck;
        const Card* card;
    };
    std::unordered_map<std::string, Words> by_key;
    for (const Deck& deck : decks) {
        for (const Card& card : deck.cards) {
            if (!card.id.empty()) by_key.emplace(card_key(deck.id, card), Words{&deck, &card});
        }
    }
    const auto theme_title = [](const Words& words) {
        const Theme* theme = find_theme(*words.deck, words.card->theme);
        return theme != nullptr ? theme->title : words.card->theme;
    };
    // The text fingerprints stay as they were: they name the card for this night, not its words.
    const auto update = [&](PoolCard& pooled) {
        const auto found = by_key.find(pooled.key);
        if (found == by_key.end()) return;
        pooled.card.text = found->second.card->text;
        pooled.card.note = found->second.card->note;
        pooled.theme_title = theme_title(found->second);
    };
    for (PoolCard& pooled : pool_) update(pooled);
    std::string closing_key;
    std::string closing_text;
    if (plan_) {
        for (PoolCard& pooled : plan_->pool) update(pooled);
        use_mode_words_of(decks);
        if (plan_->closing && plan_->mode.closing && !plan_->mode.closing->card) {
            PoolCard& closing = plan_->pool[*plan_->closing];
            closing.card.text = plan_->mode.closing->text;
            closing_key = closing.key;
            closing_text = closing.card.text;
        }
    }
    for (PlayedEntry& entry : night_.played) {
        if (!closing_key.empty() && entry.key == closing_key) entry.text = closing_text;
        if (const auto found = by_key.find(entry.key); found != by_key.end()) {
            entry.text = found->second.card->text;
            entry.theme_title = theme_title(found->second);
        }
    }
    for (FavouriteMark& mark : night_.favourites) {
        if (const auto found = by_key.find(mark.key); found != by_key.end()) {
            mark.text = found->second.card->text;
            mark.theme_title = theme_title(found->second);
        }
    }
}

void Session::use_mode_words_of(std::span<const Deck> decks) {
    const auto deck = std::find_if(decks.begin(), decks.end(), [&](const Deck& d) { return d.id == plan_->deck_id; });
    if (deck == decks.end() || !deck->mode || deck->mode->id != plan_->mode.id) return;
    PlayMode& mode = plan_->mode;
    mode.title = deck->mode->title;
    mode.description = deck->mode->description;
    for (std::size_t i = 0; i < mode.sets.size() && i < deck->mode->sets.size(); ++i) mode.sets[i].title = deck->mode->sets[i].title;
    if (mode.closing && deck->mode->closing) mode.closing->text = deck->mode->closing->text;
}

}  // namespace kindling
