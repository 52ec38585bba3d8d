#pragma once
// A night from planning to the end, as one explicit state machine that every program drives:
// the game (couple and party), the editor's play-test and `kindling-deck simulate`. The same
// decks, set-up and seed give the same night through any of them.
//
//   idle ──plan──▶ setup ──begin_consent──▶ limits ──start──▶ cards ──end──▶ summary ──close──▶ idle
//     │             └──────── start (a party: no private limits) ──▶┘
//     │                                                               └──keep_for_later (a couple)──▶ idle
//     └──plan_resume (a saved couple night)──▶ limits ──start──▶ cards
//
// A couple night with a between-nights store (store/between_nights.hpp) has steps of its own:
// in cards, before the first card is answered, each player's closeness check and the notes
// sealed for them last time (each opened once); during the cards, a favourite that may come
// back, dealt as one of them (favourite_back); in summary, each
// player's closeness check again and a note for next time. Every step is optional. On the
// shared screen the players answer one at a time after a hand-over; a partner's phone (issue 15)
// sends the same commands for its player.
//
// Each command says whether it was accepted; out of order it changes nothing. The set-up stays
// open to changes until the night starts (the couple's choices come after their limits), and a
// night that cannot start stays where it was so the players can choose again.

#include "core/deck/deck_catalogue.hpp"
#include "core/night/party_rules.hpp"
#include "core/session/guess_round.hpp"
#include "core/session/party_night.hpp"
#include "core/session/session.hpp"
#include "core/store/between_rules.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace kindling {

enum class NightStage : std::uint8_t {
    idle,     // no night: the title; a saved couple night may be waiting
    setup,    // who plays and what is dealt are being chosen
    limits,   // couples: each player gives their private limits (asked again when resuming)
    cards,    // the night is played: deal, swap, timers, votes and guesses
    summary,  // the night is over: its summary, and a scoring party's scores first
};

std::string_view to_string(NightStage stage);

// The decks a program deals from, as it holds them. Nights are dealt from the decks as written,
// so keys and saves never depend on the language; the words come from the decks as shown.
class NightDecks {
public:
    virtual ~NightDecks() = default;
    [[nodiscard]] virtual std::span<const Deck> as_written() const = 0;
    // The same decks in the players' language, in the same order.
    [[nodiscard]] virtual std::span<const Deck> shown() const = 0;
    // The first this many decks are the built-in ones; the player's own follow.
    [[nodiscard]] virtual std::size_t builtin_count() const = 0;
    // The decks of follow-up prompts "Dig deeper" offers (never dealt), as written and in the
    // players' language, in the same order; none by default.
    [[nodiscard]] virtual std::span<const Deck> follow_ups_as_written() const { return {}; }
    [[nodiscard]] virtual std::span<const Deck> follow_ups_shown() const { return follow_ups_as_written(); }

protected:
    NightDecks() = default;
    NightDecks(const NightDecks&) = default;
    NightDecks& operator=(const NightDecks&) = default;
};

// Decks given once, shown as written and all counted as built-in (the editor's deck, the files
// given to simulate). The decks must outlive it.
class FixedNightDecks final : public NightDecks {
public:
    explicit FixedNightDecks(std::span<const Deck> decks, std::span<const Deck> follow_ups = {})
        : decks_(decks), follow_ups_(follow_ups) {}
    [[nodiscard]] std::span<const Deck> as_written() const override { return decks_; }
    [[nodiscard]] std::span<const Deck> shown() const override { return decks_; }
    [[nodiscard]] std::size_t builtin_count() const override { return decks_.size(); }
    [[nodiscard]] std::span<const Deck> follow_ups_as_written() const override { return follow_ups_; }

private:
    std::span<const Deck> decks_;
    std::span<const Deck> follow_ups_;
};

// The game's decks: a catalogue's decks as written to deal from, the same in the players'
// language for the words, the player's own after the built-in ones. The catalogue must outlive it.
class CatalogueNightDecks final : public NightDecks {
public:
    explicit CatalogueNightDecks(const DeckCatalogue& catalogue) : catalogue_(catalogue) {}
    [[nodiscard]] std::span<const Deck> as_written() const override { return catalogue_.as_written; }
    [[nodiscard]] std::span<const Deck> shown() const override { return catalogue_.decks; }
    [[nodiscard]] std::size_t builtin_count() const override { return catalogue_.builtin_decks; }
    [[nodiscard]] std::span<const Deck> follow_ups_as_written() const override {
        return catalogue_.follow_ups_as_written;
    }
    [[nodiscard]] std::span<const Deck> follow_ups_shown() const override { return catalogue_.follow_ups; }

private:
    const DeckCatalogue& catalogue_;
};

// A deck written for a room full of people: most of its cards are answered by everyone.
[[nodiscard]] bool made_for_groups(const Deck& deck);

// The decks a night of this style deals from unless the players choose: couples the decks
// written for two (never a deck made for a room), parties those written for a room; and when
// the player has party decks of their own (say an edited copy of the built-in one), a party
// takes theirs instead of the built-in ones, so cards taken out of the copy do not come back
// through the original. Empty means every deck (when all decks are of one kind).
[[nodiscard]] std::vector<std::string> default_decks(std::span<const Deck> decks, std::size_t builtin_count,
                                                     PlayStyle style);

// The two moments of the closeness check.
enum class CheckMoment : std::uint8_t { start, end };

// A follow-up prompt a player asked for on the card on the table ("Dig deeper").
struct FollowUp {
    std::size_t player = 0;  // who asked; they put the prompt to the other
    std::string text;        // in the players' language
    std::string key;         // the prompt's card key
};

// Whether a night started, and if not, why (in words for the players).
struct StartOutcome {
    bool started = false;
    // A saved night could not go on and was let go: the flow is idle again.
    bool saved_night_dropped = false;
    std::vector<Message> problems;  // coded: worded by the string tables of the screen showing them
    std::vector<Message> notices;
};

class NightFlow {
public:
    NightFlow(const NightDecks& decks, const Clock& clock, SessionStores stores);

    [[nodiscard]] NightStage stage() const { return stage_; }

    // The kind of night the players are heading for, before and while it is planned and played
    // (party screens use the TV layout). Choosing is refused while a night is played or summed up.
    [[nodiscard]] PlayStyle style() const { return style_; }
    bool choose_style(PlayStyle style);

    // ---- idle, setup, limits ----
    // A new night for these players (empty names become "Player N" later), dealt from
    // default_decks(style). Refused while a night is played or summed up.
    bool plan(PlayStyle style, std::vector<std::string> players, std::uint64_t seed);
    [[nodiscard]] std::vector<std::string> default_decks(PlayStyle style) const;
    // The set-up being chosen; changes count until the night starts.
    [[nodiscard]] SessionSetup& draft() { return draft_; }
    [[nodiscard]] const SessionSetup& draft() const { return draft_; }
    [[nodiscard]] std::size_t player_count() const { return draft_.players.size(); }
    [[nodiscard]] const std::string& player_name(std::size_t player) const { return draft_.players.at(player); }

    // A new party: plan() for a party, with these teams (none: everyone plays alone), `cards`
    // long, the table's intensity limit following the rules' company-safe switch.
    bool plan_party(std::vector<std::string> players, std::vector<Team> teams, PartyRules rules, int cards,
                    std::uint64_t seed);
    // Party mode: the draft is a party played by these rules (company-safe filter, points).
    // Parties are not saved for resuming and have no private limits: anyone swaps a card they
    // do not want, without a reason.
    bool set_party_rules(PartyRules rules);
    [[nodiscard]] const PartyRules& party_rules() const { return party_rules_; }

    // Couples, from setup: a fresh book for the draft's players; each player's limits go in once.
    // Beginning again (back to the names and on) starts a fresh book: everyone is asked again.
    bool begin_consent();
    bool set_limits(std::size_t player, ConsentLimits limits);
    // Whether the player has given their limits in this limits stage: who is done, never what
    // (a phone gives them while the other partner uses the shared screen).
    [[nodiscard]] bool limits_given(std::size_t player) const;

    // Starts the planned night (a couple from limits, a party from setup) or, when resuming,
    // the saved one. On success the flow is at cards with the first card dealt; a new night that
    // cannot start stays where it was, a saved one that cannot go on is let go.
    StartOutcome start();

    // Looks for an interrupted night (call once at start-up, when idle). An unreadable save is
    // set aside by the core and explained in saved_notice().
    void look_for_saved_night();
    [[nodiscard]] const std::optional<SavedNight>& saved() const { return saved_; }
    [[nodiscard]] const Message& saved_notice() const { return saved_notice_; }
    // Resuming asks everyone's limits again: the draft becomes the saved night's set-up and the
    // flow goes straight to limits.
    bool plan_resume();
    [[nodiscard]] bool resuming() const { return resuming_; }
    // The players chose a new night instead: the saved one is forgotten.
    void forget_saved();

    // ---- cards (and summary, to read what was played) ----
    [[nodiscard]] Session* session() { return session_.get(); }
    [[nodiscard]] const Session* session() const { return session_.get(); }
    // The party being played, else null.
    [[nodiscard]] PartyNight* party() { return party_ ? &*party_ : nullptr; }
    [[nodiscard]] const PartyNight* party() const { return party_ ? &*party_ : nullptr; }
    // A vote or guess over the card on the table has finished: the next card is to be dealt
    // when the card is shown again. Taking the request clears it.
    bool request_next_card();
    bool take_next_card_request();
    // Whether the night in progress can be kept for later (a couple's night with a save store).
    [[nodiscard]] bool can_keep_for_later() const;
    // The players stop without ending the night: it stays saved as it is (the session writes it
    // after every step) and is offered again at start-up; the flow is idle.
    bool keep_for_later();
    // The night is over (the players ended it or the cards ran out): on to the summary.
    bool end();

    // Dig deeper (a couple night): once per level, that is per stretch of cards of the same
    // depth, each player may ask for a follow-up prompt on the card on the table. Dealt from the
    // follow-up decks by the night's seed, never the same prompt twice a night, within
    // everyone's limits; kept with the saved night.
    [[nodiscard]] bool can_dig_deeper(std::size_t player) const;
    // Refused (nothing) outside the cards, at a party, without a card on the table, when this
    // player already dug deeper at this level or no prompt is left.
    std::optional<FollowUp> dig_deeper(std::size_t player);
    // Who asks for a follow-up on the card on the table: the one who listened (the reader,
    // unless the reader answers the card), or none when there is no card.
    [[nodiscard]] std::optional<std::size_t> follow_up_asker() const;

    // ---- a party's rounds over the card on the table ----
    // A vote card's vote, a write card's round and a guess card's round live here, so that the shared screen and the
    // players' phones send the same commands to the same round: the shared screen in seating
    // order, phones by name in any order. A round belongs to the card it was opened for; when
    // that card has gone (done or swapped) it is forgotten, and every command is refused.
    // Opens the round the card on the table asks for, or keeps the one already open over it.
    // False outside a party's cards and for a card of another kind.
    bool open_round();
    // The vote over the card on the table, or null. Its ballots are secret: the room sees
    // progress() while it is open and the tally once complete.
    [[nodiscard]] const Vote* vote() const;
    // A player's vote (none: no vote), in any order, each once; voting again changes it until
    // the last vote is in.
    bool cast_vote(std::size_t voter, std::optional<std::size_t> candidate);
    // The shared screen: the vote of the next voter in seating order (the reader first).
    bool cast_next_vote(std::optional<std::size_t> candidate);
    // Takes back the latest vote, even after the last one (the tally is hidden again).
    bool undo_vote();
    // A complete vote counts (points when scoring), the round closes and the next card is
    // requested. None (nothing changes) when there is no complete vote.
    std::optional<VoteResult> finish_vote();

    // The write round over the card on the table, or null. What the room may see of it:
    // step(), writing_progress(), shown_answers(), vote_progress(), public_votes(); never who
    // wrote what.
    [[nodiscard]] const WriteRound* write_round() const;
    bool submit_answer(std::size_t player, std::string_view text);
    bool pass_answer(std::size_t player);
    // The host stops waiting for the players who have not written (someone is away).
    bool close_writing();
    bool reveal_next();
    // A player's favourite, an index into shown_answers(); never their own answer.
    bool vote_answer(std::size_t player, std::size_t answer_index);
    bool abstain_answer(std::size_t player);
    bool undo_answer_vote();
    // A finished round counts (a point to the favourite's writer when scoring), closes, and the
    // next card is requested. None when the round is not finished.
    std::optional<WriteRoundResult> finish_write();

    // The guess round over the card on the table, or null. The reader (who knows the answer)
    // gives it: from the shared screen or their phone.
    [[nodiscard]] const GuessRound* guess_round() const;
    // A pair round: the guess was right, or it missed.
    bool say_guess(bool right);
    // An open round: `player` guessed right (or not, to take a mark back).
    bool mark_guess(std::size_t player, bool right);
    // An open round: the marks are the answer; or nobody was right.
    bool confirm_guess();
    bool guess_nobody();
    // The reader takes their answer back to change it.
    bool change_guess();
    // An answered round counts (points when scoring), closes, and the next card is requested.
    // False (nothing changes) when no round is open or it is not answered yet.
    bool finish_guess();

    // ---- summary ----
    // A scoring party shows its scoreboard before the summary.
    [[nodiscard]] bool scores_before_summary() const;
    // What the summary shows (a party's scores included); empty outside the summary.
    [[nodiscard]] std::optional<NightSummary> summary() const;
    // After the summary: the night is over (the session already wrote the history).
    bool close();

    // ---- between nights (a couple night with a between store) ----
    // Whether the closeness check is asked at this moment now: a couple night, at start before
    // the first card is answered, at end in the summary.
    [[nodiscard]] bool check_open(CheckMoment moment) const;
    // The first player not yet asked at this moment, or none.
    [[nodiscard]] std::optional<std::size_t> next_check(CheckMoment moment) const;
    // One player's answer (none: skipped); each player once per moment.
    bool check_closeness(CheckMoment moment, std::size_t player, std::optional<ClosenessAnswer> answer);
    // Whether this player answered (or skipped) the check at this moment tonight.
    [[nodiscard]] bool checked(CheckMoment moment, std::size_t player) const;
    // The notes waiting for this player tonight (start of a couple night only).
    [[nodiscard]] std::vector<SealedNote> notes_waiting(std::size_t player) const;
    // Opens a player's next note: it is dropped from the record at once, so it is never shown twice.
    std::optional<SealedNote> open_note(std::size_t player);
    // In the summary of a couple night: one note per player for the other, sealed until next time.
    bool write_note(std::size_t from, std::string text);
    [[nodiscard]] bool note_written(std::size_t from) const;
    // The player chose not to write one tonight.
    bool decline_note(std::size_t from);
    // The next player who may still write a note tonight (summary of a couple of two), or none.
    [[nodiscard]] std::optional<std::size_t> next_note_writer() const;
    // The player leaves their notes sealed for another night.
    bool keep_notes_sealed(std::size_t player);
    // A favourite marked at least four weeks ago that waits to come back tonight as a card of
    // the night (Session::offer_favourite_back): none when none may, when it does not fit
    // tonight's choices, and once it was dealt. Dealt, it is recorded as come back at once (a
    // swap of it counts), so it comes back only once.
    [[nodiscard]] const std::optional<FavouriteMoment>& favourite_back() const { return favourite_back_; }
    // Where the between-nights record is kept (null: nothing between nights); only when idle.
    bool use_between_store(BetweenStore* store);
    // The store, for "Our nights"; null without one.
    [[nodiscard]] BetweenStore* between_store() const { return stores_.between; }
    // Something went wrong reading or writing it, for the players; no code when all is well.
    [[nodiscard]] const Message& between_notice() const { return between_notice_; }

    [[nodiscard]] const NightDecks& decks() const { return decks_; }
    // The decks changed language: the night in progress takes its words from them.
    void refresh_words();

private:
    [[nodiscard]] bool planning() const {
        return stage_ == NightStage::idle || stage_ == NightStage::setup || stage_ == NightStage::limits;
    }
    StartOutcome start_new();
    StartOutcome start_saved();
    // The limits the players gave, or none when nobody was asked (a party).
    [[nodiscard]] ConsentBook limits_given() const;
    void begin_cards(std::unique_ptr<Session> session, bool party);
    [[nodiscard]] bool between_nights() const { return stores_.between != nullptr && session_ && !party_; }
    [[nodiscard]] std::vector<std::pair<std::size_t, std::size_t>> follow_ups_left() const;
    void load_between();
    void save_between();
    // The session dealt the favourite back: it joins the record as come back.
    void record_favourite_back(const ReturningFavourite& back);
    [[nodiscard]] std::string seat_name(std::size_t player) const;
    // The card on the table as a round knows it: its turn, deck, id and words.
    [[nodiscard]] std::string table_card() const;
    // The open round, if it still belongs to the card on the table.
    [[nodiscard]] bool round_is_current() const;
    [[nodiscard]] Vote* open_vote_round();
    [[nodiscard]] WriteRound* open_write_round();
    [[nodiscard]] GuessRound* open_guess_round();

    const NightDecks& decks_;
    const Clock& clock_;
    SessionStores stores_;
    NightStage stage_ = NightStage::idle;
    PlayStyle style_ = PlayStyle::couple;
    SessionSetup draft_;
    std::optional<ConsentBook> consent_;
    std::vector<bool> limits_given_;
    std::unique_ptr<Session> session_;
    PartyRules party_rules_;
    std::optional<PartyNight> party_;
    std::optional<SavedNight> saved_;
    Message saved_notice_;
    bool resuming_ = false;
    bool next_card_requested_ = false;
    // The party round over the card `round_card_` (table_card()), at most one at a time.
    std::optional<Vote> vote_;
    std::optional<WriteRound> write_;
    std::optional<GuessRound> guess_;
    std::string round_card_;
    // Between nights: the record as loaded, and tonight's answers (one entry per player).
    BetweenNights between_;
    NightBetween tonight_;
    std::vector<bool> asked_start_;
    std::vector<bool> asked_end_;
    std::vector<bool> note_from_;
    std::vector<bool> notes_kept_sealed_;
    std::int64_t night_started_at_ = 0;
    std::optional<FavouriteMoment> favourite_back_;
    bool night_recorded_ = false;
    Message between_notice_;
};

}  // namespace kindling
