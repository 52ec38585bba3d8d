#pragma once
// What phones and the game say to each other over the socket: versioned JSON messages, one per
// WebSocket text frame, at most 4 KiB. decode_phone_message checks a phone's message field by
// field and answers with a coded error for anything it does not expect (an unknown type or
// field, a missing or mistyped field, a value out of range), so a page of another version or
// a hostile client is told exactly what was wrong and nothing half-read reaches the game.
// The game's messages to phones are only ever built here (encode_*), never by hand.
//
// Version 1, phone -> game (every message has "v":1 and "type"):
//   {"type":"join","room":"KFRT","name":"Ana"}    join with a name (a new device)
//   {"type":"join","room":"KFRT","seat":2}        take the free seat 2 (0-based)
//   {"type":"look","room":"KFRT"}                the seats, to take one (a wrong code counts)
//   {"type":"rejoin","token":"<32 hex>"}          the same device after a lock or a reload
//   {"type":"command","command":"done"}           the reader's Done, "swap" or "favourite"
//   {"type":"vote","candidate":3}                 a vote for the player in seat 3
//   {"type":"ping"}                               keeps a quiet connection open
//   {"type":"answer","text":"..."}               a write card's answer (while the round is writing)
//   {"type":"pass"}                               writes nothing this round
//   {"type":"vote_answer","answer":2}            the favourite answer (an index into write.answers)
//   {"type":"limits","most_private":2,"skip_themes":["play"],"skip_kinds":["gesture"]}
//                                                 the couple night: this partner's private limits
//   {"type":"timer","action":"pause"}             the card's timer: "start" (also continues),
//                                                 "pause", "extend", "skip", "shorter", "longer"
//   {"type":"guess","right":true}                 a pair's guess was right (false: it missed)
//   {"type":"guess_mark","seat":2,"right":true}  an open round: seat 2 guessed right (false: unmark)
//   {"type":"guess_confirm"}                      an open round: the marks are the answer
//   (the guess messages count from the reader's phone only: the reader knows the answer)
//   {"type":"guess_change"}                       the reader takes their answer back, as Back on
//                                                 the TV does (once answered, before the next card)
//   {"type":"closeness","value":64,"share":false} between nights: this partner's closeness check
//                                                 (0 apart .. 100 almost one); "value":null skips it
//   {"type":"note","text":"..."}                 between nights: a note for next time; null: none
// game -> phone:
//   {"type":"welcome","token":..,"device":..,"name":..,"seat":N|null}
//   {"type":"seats","seats":[{"name":..,"taken":..,"away":..}]}
//   {"type":"state",...}                          see PhoneView; "write" is null or see WriteView,
//                                                 "guess" is null or see GuessView; on a couple
//                                                 night also
//     "limits":{"done":[..],"form":{..}|null}|null  who gave their limits; this phone's own form
//     "between":{"step":"closeness"|"note","moment":"start"|"end","done":[..],"yours":bool,
//                "share":bool}|null        who is done (never what); whether this phone is asked
//     "timer":{"phase":..,"remaining_ms":..,"length_ms":..,"choosable":..}|null   the card's timer
//   {"type":"error","code":"room_code_wrong","field":..}
//   {"type":"removed"}                            the host removed this device
//   {"type":"pong"}

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace kindling::phones {

inline constexpr int protocol_version = 1;
inline constexpr std::size_t max_message_bytes = 4096;
inline constexpr std::size_t token_hex_chars = 32;
inline constexpr int max_seats = 16;

enum class ErrorCode : std::uint8_t {
    too_large,          // over max_message_bytes
    not_json,           // does not parse as JSON (or is not UTF-8)
    not_an_object,      // JSON, but not an object
    version_missing,
    version_unsupported,
    type_unknown,
    field_missing,
    field_unknown,
    field_wrong_type,
    field_out_of_range,
    // Answers of the room rather than of the decoder:
    room_code_wrong,
    too_many_attempts,  // wrong room codes from this address: wait a minute
    room_full,
    seat_taken,
    name_invalid,
    name_taken,
    token_unknown,
    not_joined,         // a command before join
    rate_limited,
};
std::string_view to_string(ErrorCode code);

struct DecodeError {
    ErrorCode code = ErrorCode::not_json;
    std::string field;  // the field concerned, when there is one
    friend bool operator==(const DecodeError&, const DecodeError&) = default;
};

enum class PhoneCommand : std::uint8_t { done, swap, favourite };
std::string_view to_string(PhoneCommand command);

struct JoinMessage {
    std::string room;
    std::optional<std::string> name;  // exactly one of name and seat is given
    std::optional<int> seat;
    friend bool operator==(const JoinMessage&, const JoinMessage&) = default;
};
struct LookMessage {
    std::string room;
    friend bool operator==(const LookMessage&, const LookMessage&) = default;
};
struct RejoinMessage {
    std::string token;
    friend bool operator==(const RejoinMessage&, const RejoinMessage&) = default;
};
struct CommandMessage {
    PhoneCommand command = PhoneCommand::done;
    friend bool operator==(const CommandMessage&, const CommandMessage&) = default;
};
struct VoteMessage {
    int candidate = 0;
    friend bool operator==(const VoteMessage&, const VoteMessage&) = default;
};
struct PingMessage {
    friend bool operator==(const PingMessage&, const PingMessage&) = default;
};

// ---- the write round (a party's write card) ----
// An answer arrives cleaned like card text (clean_short_text); one that is blank or longer than
// max_answer_chars code points once cleaned is refused with field_out_of_range, never cut short.
struct AnswerMessage {
    std::string text;
    friend bool operator==(const AnswerMessage&, const AnswerMessage&) = default;
};
struct PassMessage {
    friend bool operator==(const PassMessage&, const PassMessage&) = default;
};
struct AnswerVoteMessage {
    int answer = 0;  // an index into the shown answers
    friend bool operator==(const AnswerVoteMessage&, const AnswerVoteMessage&) = default;
};


// ---- the couple night on phones: private limits and the card's timer ----

// A partner's limits as the phone sends them. The decoder checks their shape (a level of 1-3,
// at most max_limit_choices ids of at most max_limit_id_bytes each); the game checks the ids
// against the choices it offered.
inline constexpr std::size_t max_limit_choices = 64;
inline constexpr std::size_t max_limit_id_bytes = 64;
struct LimitsMessage {
    int most_private = 3;  // Intensity: 1 company, 2 close, 3 private
    std::vector<std::string> skip_themes;
    std::vector<std::string> skip_kinds;
    friend bool operator==(const LimitsMessage&, const LimitsMessage&) = default;
};

// What the TV's timer screen offers, as a phone may press it.
enum class TimerControl : std::uint8_t { start, pause, extend, skip, shorter, longer };
std::string_view to_string(TimerControl control);
struct TimerMessage {
    TimerControl action = TimerControl::start;
    friend bool operator==(const TimerMessage&, const TimerMessage&) = default;
};


// ---- the guess round (a party's guess card) ----
// What the reader, who knows the answer, says of the guesses; the game takes them from the
// reader's phone only and refuses them from any other.
struct GuessMessage {
    bool right = false;  // a pair round: the guess was right, or it missed
    friend bool operator==(const GuessMessage&, const GuessMessage&) = default;
};
struct GuessMarkMessage {
    int seat = 0;       // an open round: this seat guessed right (or not, to take a mark back)
    bool right = false;
    friend bool operator==(const GuessMarkMessage&, const GuessMarkMessage&) = default;
};
struct GuessConfirmMessage {
    friend bool operator==(const GuessConfirmMessage&, const GuessConfirmMessage&) = default;
};


// ---- taking a guess answer back ----
// The reader's phone changes its answer as the TV's Back does: the round is open to choices
// again and the marks stay. It carries nothing; the game takes it from the reader's phone only,
// and only while the round is answered and the next card not dealt (the core refuses it else).
struct GuessChangeMessage {
    friend bool operator==(const GuessChangeMessage&, const GuessChangeMessage&) = default;
};

// ---- between nights (a couple night): the closeness check and the note for next time ----
// The same scale as the TV's check: 0 (two circles apart) .. 100 (almost one). The note is
// cleaned like card text and refused with field_out_of_range when blank or over
// max_phone_note_chars code points once cleaned; the core checks it again as it does the TV's.
inline constexpr int phone_closeness_min = 0;
inline constexpr int phone_closeness_max = 100;
inline constexpr std::size_t max_phone_note_chars = 200;
struct ClosenessMessage {
    std::optional<int> value;  // none: this partner skips the check
    bool share = false;        // lets the other see it, if they share theirs too
    friend bool operator==(const ClosenessMessage&, const ClosenessMessage&) = default;
};
struct NoteMessage {
    std::optional<std::string> text;  // none: no note tonight
    friend bool operator==(const NoteMessage&, const NoteMessage&) = default;
};

using PhoneMessage = std::variant<JoinMessage, LookMessage, RejoinMessage, CommandMessage, VoteMessage, PingMessage,
                                  AnswerMessage, PassMessage, AnswerVoteMessage, LimitsMessage, TimerMessage,
                                  GuessMessage, GuessMarkMessage, GuessConfirmMessage, GuessChangeMessage, ClosenessMessage,
                                  NoteMessage>;
using Decoded = std::variant<PhoneMessage, DecodeError>;

// Any bytes: a message or a coded error, never an exception.
Decoded decode_phone_message(std::string_view bytes);

// What phones may see of a write round: the same for every phone except `your_answer`. Who
// wrote what stays secret: `own_answers` is the game's list of each seat's own answer, which
// is never sent as it is; each phone gets only its own entry, as `your_answer`
// (with_own_answer), so its page can leave its own answer out of the favourites.
struct WriteView {
    std::string step;                        // "writing", "revealing", "voting" or "finished"
    std::vector<bool> written;               // by seat: answered or passed (never what)
    int written_count = 0;
    std::vector<std::string> answers;        // revealed so far, in reveal order, without writers
    std::vector<bool> voted;                 // by seat: their favourite is in (never which)
    int votes_cast = 0;
    int votes_total = 0;
    std::vector<int> tally;                  // votes per answer, once finished
    std::vector<int> favourites;             // the favourite answers, once finished and decided
    std::vector<std::optional<int>> own_answers;  // by seat: secret, never encoded
    std::optional<int> your_answer;          // this phone's own answer, filled in per device
    friend bool operator==(const WriteView&, const WriteView&) = default;
};

// The couple night's limits form, worded by the game exactly as its own limits screen words it.
struct LimitsChoice {
    std::string id;     // a theme id, a card kind, or the level's number
    std::string label;
    std::string detail;  // the level's explanation; empty for themes and kinds
    friend bool operator==(const LimitsChoice&, const LimitsChoice&) = default;
};
struct LimitsForm {
    std::string title;   // e.g. "Ana's limits"
    std::string intro;
    std::string most_private;  // the level row's label
    std::vector<LimitsChoice> levels;  // most_private 1..3, in order
    std::string themes_heading;
    std::vector<LimitsChoice> themes;
    std::string kinds_heading;
    std::vector<LimitsChoice> kinds;
    std::string included;
    std::string skipped;
    std::string done;
    friend bool operator==(const LimitsForm&, const LimitsForm&) = default;
};

// The card's timer as the phones show it (the TV's timer screen, in short).
struct PhoneTimer {
    std::string phase;       // to_string(TimerPhase): "ready", "running", "paused", "finished", "skipped"
    std::int64_t remaining_ms = 0;  // whole seconds while running, so a running timer is not resent each frame
    std::int64_t length_ms = 0;
    bool length_choosable = false;
    friend bool operator==(const PhoneTimer&, const PhoneTimer&) = default;
};

// What phones may see of a guess round: what the TV shows (who guesses, the marks, the answer
// once given), the same for every phone except `choices`, which only the reader's phone gets
// (with_guess_choices): the messages it may send now.
struct GuessView {
    std::string kind;               // "pair" or "open"
    int reader = 0;                 // the seat that knows the answer
    std::optional<int> guesser;     // a pair round's guesser
    std::string team;               // team play: the team that scores
    bool answered = false;
    std::optional<bool> right;      // a pair round's answer, once given
    std::vector<bool> marked;       // an open round, by seat: named as right
    std::vector<std::string> choices;  // the reader's phone only: "right", "missed", "mark", "confirm",
                                       // and once answered "change" and "next"
    friend bool operator==(const GuessView&, const GuessView&) = default;
};

// What phones may see of the steps between nights: only who is done, never an answer. The game
// fills in asked_by_seat (the partners still to answer on their phone); the server keeps only
// the device's own entry, as `yours` (with_own_between), so the other phone never learns it.
struct BetweenView {
    std::string step;              // "closeness" or "note"
    std::string moment;            // the closeness check's: "start" or "end"
    std::vector<bool> done;        // by seat
    bool share_offered = true;     // the check offers "let my partner see it"
    std::vector<bool> asked_by_seat;  // secret, never encoded
    bool yours = false;            // this phone is asked now, filled in per device
    friend bool operator==(const BetweenView&, const BetweenView&) = default;
};

// What one phone is shown: the same night for everyone, with "you" filled in per device.
struct PhoneView {
    std::string language = "en";           // the game's language: the page words itself in it
    std::vector<std::string> seats;        // the night's players in seating order
    std::vector<bool> seat_taken;          // by a phone, per seat
    std::vector<bool> seat_away;           // a phone joined that seat and is away now
    std::optional<int> your_seat;
    std::optional<int> turn;               // whose turn (seat), when a card is up
    std::string card_text;                 // in the game's language; empty between cards
    std::string card_kind;                 // e.g. "question"
    bool favourites = true;                // the reader may mark the card (not at a party)
    bool voting = false;                   // a vote is open
    std::vector<bool> voted;               // by seat: their vote is in (never for whom)
    int votes_cast = 0;
    int votes_total = 0;
    std::optional<WriteView> write;        // a write round is open over the card
    // The couple night's limits on phones. limits_by_seat is what the game fills in, a form for
    // each partner still to give their limits on a phone; the server keeps only the device's own
    // as your_limits, so a form (and whether it is still open) never reaches the other phone.
    bool limits_open = false;             // the TV waits for limits from phones
    std::vector<bool> limits_done;        // by seat: given (never what)
    std::vector<std::optional<LimitsForm>> limits_by_seat;
    std::optional<LimitsForm> your_limits;
    std::optional<PhoneTimer> timer;      // the card up has a timer
    std::optional<GuessView> guess;        // a guess round is open over the card
    std::optional<BetweenView> between;    // the TV waits for a closeness check or a note
    friend bool operator==(const PhoneView&, const PhoneView&) = default;
};

// `view` as the phone in `seat` may see it: its own answer in the write round, nobody else's.
void with_own_answer(PhoneView& view, std::optional<int> seat);
// `view` as the phone in `seat` may see it: the guess round's choices for the reader's phone alone.
void with_guess_choices(PhoneView& view, std::optional<int> seat);
// `view` as the phone in `seat` may see it: whether it is asked for its check or its note.
void with_own_between(PhoneView& view, std::optional<int> seat);

std::string encode_welcome(std::string_view token, std::uint32_t device, std::string_view name,
                           std::optional<int> seat);
std::string encode_state(const PhoneView& view);
// The seats of `view` alone (the answer to look).
std::string encode_seats(const PhoneView& view);
std::string encode_error(ErrorCode code, std::string_view field = {});
std::string encode_removed();
std::string encode_pong();

}  // namespace kindling::phones
