#pragma once
// Phones as one more input device (issue 15). The phone server runs on threads of its own; what
// a phone sends is pushed into SDL's queue as a user event (SDL_PushEvent is thread-safe), so the
// game's loop still sleeps in SDL_WaitEvent when nothing happens and handles a phone's tap like a
// key press. Here a phone's event becomes the commands a pad would send, for the phone whose turn
// it is only; what the TV shows goes back to the phones as a PhoneView, sent only when it changed.

#include "phones/phone_server.hpp"
#include "screens/screen_context.hpp"
#include "ui/input.hpp"

#include <SDL.h>

#include <map>
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
    screens::VoteProgress vote;
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
    // card; a vote is held until its phone's seat is the one voting (see next_ballot).
    [[nodiscard]] std::vector<ui::InputEvent> input_for(const phones::PhoneEvent& event, const PhoneTurn& turn,
                                                        ui::InputDevice device);
    // The held vote of the seat voting now, as the number key a player would press. The seam for
    // votes cast in any order (another branch builds them in the core): until then a phone's vote
    // waits here for its turn in seating order.
    [[nodiscard]] std::optional<ui::InputEvent> next_ballot(const PhoneTurn& turn, ui::InputDevice device);

    // A phone joined or came back: it gets the view at the next publish even if nothing changed.
    void forget_published() { published_.reset(); }
    // Sends `view` to the phones when it differs from what they have.
    void publish(const std::vector<std::string>& seats, const phones::PhoneView& view);

private:
    explicit PhoneBridge(std::unique_ptr<phones::PhoneServer> server) : server_(std::move(server)) {}
    std::unique_ptr<phones::PhoneServer> server_;
    std::map<int, int> ballots_;  // seat -> candidate seat, for votes not yet cast
    std::vector<std::string> seats_;
    std::optional<phones::PhoneView> published_;
};

}  // namespace kindling::app
