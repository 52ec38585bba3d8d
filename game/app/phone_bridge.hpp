#pragma once
// Phones as one more input device (issue 15). The phone server runs on threads of its own; what
// a phone sends is pushed into SDL's queue as a user event (SDL_PushEvent is thread-safe), so the
// game's loop still sleeps in SDL_WaitEvent when nothing happens and handles a phone's tap like a
// key press. Here a phone's event becomes the commands a pad would send, for the phone whose turn
// it is only; what the TV shows goes back to the phones as a PhoneView, sent only when it changed.

#include "core/session/night_flow.hpp"
#include "phones/phone_server.hpp"
#include "ui/input.hpp"

#include <SDL.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kindling::app {

// Where the night stands, as far as phones may act on it.
struct PhoneTurn {
    std::string top_screen;             // the name of the screen on top
    std::optional<std::size_t> reader;  // the reader's seat while a card is up
    bool party = false;                 // at a party the favourite key opens the scoreboard
    std::optional<WriteStep> write_step;  // a write round is open over the card
    bool guess_answered = false;  // a guess round is open over the card and the reader has answered
};

class PhoneBridge {
public:
    static std::unique_ptr<PhoneBridge> start(const phones::ServerOptions& options, std::string& error);
    ~PhoneBridge();
    PhoneBridge(const PhoneBridge&) = delete;
    PhoneBridge& operator=(const PhoneBridge&) = delete;

    [[nodiscard]] phones::PhoneServer& server() { return *server_; }

    // Whether `event` is a phone's, and its PhoneEvent (taken out of the SDL event, once).
    [[nodiscard]] static bool is_phone_event(const SDL_Event& event);
    [[nodiscard]] static std::unique_ptr<phones::PhoneEvent> take(const SDL_Event& event);

    // The commands a phone's event stands for now: the reader's Done, Swap and Favourite on a
    // card, as a pad would send them; and on a write round's reveal and result, the reader's
    // Done is the TV's main button (the next answer, then the next card).
    [[nodiscard]] static std::vector<ui::InputEvent> input_for(const phones::PhoneEvent& event, const PhoneTurn& turn,
                                                               ui::InputDevice device);
    // A phone's vote goes straight to the night's open vote, in any order and changeable until the
    // last vote is in (NightFlow::cast_vote); false when no vote is open or it is not a vote.
    static bool cast_vote(const phones::PhoneEvent& event, NightFlow& night);

    // ---- the write round ----
    // A phone's answer, pass or favourite goes straight to the night's write round, like its
    // vote: in any order, each checked by the core (an answer outside the writing, a favourite
    // for one's own answer are refused). False when it changed nothing or is not one of these.
    static bool play_write_round(const phones::PhoneEvent& event, NightFlow& night);
    // What phones may see of the round (see phones::WriteView), with each seat's own answer for
    // the server to hand to that seat's phone alone.
    [[nodiscard]] static phones::WriteView write_view(const WriteRound& round);

    // ---- the couple night on phones ----
    // A partner's private limits from their own phone go straight into the night's consent
    // (NightFlow::set_limits), once, while the limits are asked for (`open`), and only with
    // themes the phone was offered (`offered`); false, changing nothing, otherwise.
    static bool give_limits(const phones::PhoneEvent& event, bool open, const phones::LimitsForm& offered,
                            NightFlow& night);
    // The timer's controls on either partner's phone act on the card's timer as the TV's timer
    // screen does, while the card or its timer is on the TV; false when nothing changed.
    static bool control_timer(const phones::PhoneEvent& event, const PhoneTurn& turn, NightFlow& night);

    // ---- between nights on phones ----
    // A partner's closeness check (or its skip) from their own phone goes straight to the night
    // (NightFlow::check_closeness), once per moment; a note (or none) to NightFlow::write_note /
    // decline_note, which cleans and checks it as it does the TV's. False, changing nothing, for
    // any other event, a phone without a seat, or when the night does not ask for it now.
    static bool give_closeness(const phones::PhoneEvent& event, CheckMoment moment, NightFlow& night);
    static bool give_note(const phones::PhoneEvent& event, NightFlow& night);

    // No phone event reaches SDL's queue after this, and those queued are dropped. The server
    // still runs until the bridge is destroyed (which may then happen on any thread).
    void silence();

    // ---- the guess round ----
    // The reader's phone (the one who knows the answer) says a pair's guess was right or missed,
    // or marks who was right in an open round and confirms, and may take the answer back (as Back
    // on the TV) until the next card: straight to the night's guess round, like a vote. Any other
    // phone is refused. False when it changed nothing or is not one of these.
    static bool play_guess_round(const phones::PhoneEvent& event, NightFlow& night);
    // What phones may see of the round (see phones::GuessView), without the reader's choices
    // (the server adds them for the reader's phone alone).
    [[nodiscard]] static phones::GuessView guess_view(const GuessRound& round);

    // A phone joined or came back: it gets the view at the next publish even if nothing changed.
    void forget_published() { published_.reset(); }
    // Sends `view` to the phones when it differs from what they have.
    void publish(const std::vector<std::string>& seats, const phones::PhoneView& view);

private:
    explicit PhoneBridge(std::unique_ptr<phones::PhoneServer> server) : server_(std::move(server)) {}
    std::unique_ptr<phones::PhoneServer> server_;
    std::vector<std::string> seats_;
    std::optional<phones::PhoneView> published_;
    bool silenced_ = false;
};

}  // namespace kindling::app
