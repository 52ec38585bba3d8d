#pragma once
// A night of Kindling: the one object the game, party mode and the command-line simulation drive.
//
// It is fed Action values and shows its state through view(); it does no I/O of its own except
// through the injected clock, play-history store and save store. Every player's limits go in
// once (ConsentBook) and never come out: the session tells a front end which card to show and
// whether a card is allowed, never what anyone's limits are. How cards are chosen is documented
// in docs/DEALING.md.

#include "core/text/clock.hpp"
#include "core/night/consent.hpp"
#include "core/night/favourite_return.hpp"
#include "core/deck/deck.hpp"
#include "core/format/message.hpp"
#include "core/night/mode_plan.hpp"
#include "core/night/night_state.hpp"
#include "core/night/night_summary.hpp"
#include "core/store/between_nights.hpp"
#include "core/store/play_history.hpp"
#include "core/store/save_store.hpp"
#include "core/night/session_action.hpp"
#include "core/night/session_setup.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <unordered_set>
#include <vector>

namespace kindling {

struct CardView {
    std::string text;
    CardKind kind = CardKind::question;
    std::string theme;        // theme id
    std::string theme_title;
    int level = 1;
    Intensity intensity = Intensity::personal;
    std::string deck_id;
    std::string card_id;      // empty for cards without an id and for a mode's own closing text
    bool favourite = false;
    bool closing = false;     // the last card of the night (Game Night) or a mode's closing step
    bool optional = false;    // a closing step the players may skip (with swap)
    // A favourite come back (between nights): when the players marked it, in Unix seconds.
    std::optional<std::int64_t> favourite_marked_at;
};

struct TurnView {
    int number = 0;                     // 1 for the first turn
    std::string reader;                 // reads the card aloud
    std::string partner;                // the other person the card is about; empty for `everyone`
    Answerer answers = Answerer::partner;
    std::vector<std::string> speakers;  // who answers, in speaking order
};

struct ModeView {
    std::string id;
    std::string title;                // a deck mode's; empty for Game Night (setup.game_night)
    bool game_night = true;
    std::size_t set_number = 0;       // 1-based; 0 in Game Night and during a closing step
    std::size_t set_count = 0;
    std::string set_title;            // as the deck wrote it; empty for an untitled set
    std::size_t set_position = 0;     // cards of this set already behind the players
    std::size_t set_size = 0;
    std::optional<int> budget_minutes;
    std::int64_t set_elapsed_seconds = 0;
    bool budget_used_up = false;      // this is the last card of the set
    std::string source;               // the procedure the mode follows, if any
    int deviations = 0;               // swaps in a mode with a source
};

struct TimerView {
    TimerPhase phase = TimerPhase::none;
    std::int64_t length_ms = 0;
    std::int64_t remaining_ms = 0;
    int min_seconds = 0;
    int max_seconds = 0;
    bool length_choosable = false;  // the players may pick a length in [min, max] before starting
};

struct SessionView {
    Stage stage = Stage::playing;
    EndReason end_reason = EndReason::none;
    std::optional<CardView> card;  // absent once the night has finished
    TurnView turn;
    ModeView mode;
    TimerView timer;
    std::size_t cards_played = 0;
    NightLength length;            // as planned (modes ignore it: their sets define the night)
    std::int64_t elapsed_ms = 0;   // time played, pauses excluded
    // e.g. the last save failed, worded by the game (message.hpp); no code when all is well
    Message notice;
};

// How often each kind of step took effect since this session object was made: what a soak run
// or autoplay reports. Not saved: a resumed night counts from zero.
struct AppliedActions {
    long long done = 0;
    long long swaps = 0;
    long long favourites = 0;      // marks and un-marks
    long long timers_started = 0;  // a card's timer started from ready (not continued after a pause)
    friend bool operator==(const AppliedActions&, const AppliedActions&) = default;
};

class UiStrings;
// The set's title, or "Set N" in the words of `strings` (card.set_untitled) when it has none.
std::string set_title(const ModeView& mode, const UiStrings& strings);

struct SessionStores {
    HistoryStore* history = nullptr;  // none: nothing is held back or remembered
    SaveStore* save = nullptr;        // none: the night is not saved
    // What a couple keeps between nights (closeness checks, notes, favourites' times); none:
    // nothing of it is offered. Only the night's flow uses it.
    BetweenStore* between = nullptr;
};

class Session;

struct SessionStart {
    std::unique_ptr<Session> session;   // null when the night cannot start
    std::vector<Message> problems;  // why it could not start, for the players
    std::vector<Message> notices;   // it started, but the players should know something
};

class Session {
public:
    // Starts a night and deals its first card. `decks` are all decks the players could choose
    // from (the set-up picks among them); they may be destroyed afterwards. `consent` must hold
    // one entry per player of the set-up.
    static SessionStart start(SessionSetup setup, std::span<const Deck> decks, ConsentBook consent,
                              const Clock& clock, SessionStores stores = {});
    // Continues a saved night exactly where it was, with limits given afresh.
    static SessionStart resume(const SavedNight& saved, std::span<const Deck> decks, ConsentBook consent,
                               const Clock& clock, SessionStores stores = {});

    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;
    ~Session();

    ActionResult apply(const Action& action);
    [[nodiscard]] SessionView view() const;
    [[nodiscard]] bool finished() const noexcept;
    [[nodiscard]] NightSummary summary() const;
    [[nodiscard]] const AppliedActions& applied_actions() const noexcept { return applied_; }

    // A player revises their own limits mid-night. When the card on the table is no longer
    // allowed it is quietly replaced for the same turn (not counted as a swap).
    void set_limits(std::size_t player, ConsentLimits limits);
    // Whether a card is within the table's intensity limit and every player's limits.
    [[nodiscard]] bool allowed_for_everyone(const Card& card) const;

    // The players changed language: cards (also those already played and marked) and the mode
    // take their words from these decks, cards found by key; which cards the night deals does
    // not change. The decks are the same ones in another language (see deck_translation.hpp).
    // Start a night from the decks as written and call this with the translated ones, so keys
    // and text fingerprints never depend on the language.
    void use_words_of(std::span<const Deck> decks);

    // What the night has recorded so far (the cards played, the follow-ups asked, ...).
    [[nodiscard]] const NightState& state() const noexcept { return night_; }
    // The night's flow records a follow-up prompt or a start closeness check; the night is
    // saved with it at once, so a night kept for later keeps it.
    void record_follow_up(FollowUpAsked asked);
    void record_start_check(StartCheck check);

    // The night's flow offers the favourite that may come back tonight (between nights). A
    // couple's Game Night deals it once, in the first half (favourite_return.hpp) on a turn when
    // it is in tonight's pool and within everyone's limits, and calls `dealt` as it is shown;
    // until then it is kept from the ordinary deal. Refused (false) in a mode, at a party, once a
    // favourite came back tonight, or for a card not in tonight's pool: then it does not come
    // back tonight.
    bool offer_favourite_back(ReturningFavourite favourite, std::function<void(const ReturningFavourite&)> dealt);

    [[nodiscard]] SavedNight saved_form() const;
    [[nodiscard]] const SessionSetup& setup() const noexcept { return setup_; }

private:
    Session(SessionSetup setup, ConsentBook consent, const Clock& clock, SessionStores stores);
    static SessionStart prepare(SessionSetup setup, std::span<const Deck> decks, ConsentBook consent,
                                const Clock& clock, SessionStores stores);

    // Time
    void sync_time();
    [[nodiscard]] std::int64_t active_ms_now() const;
    [[nodiscard]] std::int64_t now_ms() const;

    // Turns and people
    [[nodiscard]] std::size_t reader_seat() const;
    [[nodiscard]] std::size_t choose_turn_partner() const;
    [[nodiscard]] std::size_t partner_for(const Card& card) const;
    [[nodiscard]] std::vector<std::size_t> speakers_for(const Card& card) const;
    // The players a card would involve this turn, for the three ways a card can involve people.
    struct Involvement {
        std::vector<std::size_t> with_partner;  // reader and the turn's partner
        std::vector<std::size_t> with_left;     // reader and the seat on the reader's left
        std::vector<std::size_t> everyone;
    };
    [[nodiscard]] Involvement involvement() const;

    // Dealing
    [[nodiscard]] bool used(const PoolCard& card) const;
    [[nodiscard]] bool eligible(std::size_t index, const Involvement& involvement) const;
    void begin_turn();
    void deal_current(bool new_turn);
    std::optional<std::size_t> pick_game_night_card(bool closing);
    std::optional<std::size_t> pick_mode_card();
    void next_set();
    void put_aside_current();
    void show(std::size_t index, bool closing);
    // Deals the favourite offered to come back, if this deal may be it; true when it was dealt.
    bool deal_favourite_back(NightProgress progress);
    [[nodiscard]] NightProgress progress_now() const;
    void finish(EndReason reason);

    // Actions
    ActionResult done();
    ActionResult swap();
    ActionResult toggle_favourite();
    [[nodiscard]] bool is_favourite(const std::string& key) const;
    void persist();

    void use_mode_words_of(std::span<const Deck> decks);
    [[nodiscard]] const std::vector<PoolCard>& pool() const noexcept;
    [[nodiscard]] const PoolCard* current_card() const;

    SessionSetup setup_;
    std::vector<Seat> seats_;
    ConsentBook consent_;
    const Clock* clock_;
    SessionStores stores_;
    std::optional<ModePlan> plan_;    // a deck's mode, or nothing for Game Night
    std::vector<PoolCard> pool_;      // Game Night's cards
    std::unordered_set<std::string> held_back_;
    std::unordered_set<std::string> history_favourites_;
    NightState night_;
    Random random_;
    std::unordered_set<std::string> used_keys_;
    std::unordered_set<std::uint64_t> used_texts_;
    std::optional<std::size_t> current_;
    CardTimer timer_;
    std::int64_t last_clock_ms_ = 0;
    Message notice_;
    AppliedActions applied_;
    std::optional<ReturningFavourite> favourite_offered_;  // not yet dealt
    std::function<void(const ReturningFavourite&)> favourite_dealt_;
};

}  // namespace kindling
