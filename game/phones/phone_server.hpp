#pragma once
// The phones' server: civetweb on threads of its own, serving the built-in page at "/" and its
// WebSocket at "/socket", and nothing else (every other path is a 404; no document root, so
// nothing is ever read from disk). Requests whose Host is not the address the server was
// started on, and sockets whose Origin is not its page, are refused: a web site in a phone's
// browser cannot reach the game through a DNS name that points at it (DNS rebinding).
//
// What phones send arrives at the sink, on a server thread, as PhoneEvents; the game turns them
// into its own events (game/app/phone_bridge.cpp). What the game shows goes out with publish().
// A message over max_message_bytes, or a connection sending faster than the rate limit, closes
// that connection only. The server runs from start() until the object is destroyed.

#include "phones/protocol.hpp"
#include "phones/room.hpp"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kindling::phones {

struct ServerOptions {
    std::string address = "127.0.0.1";  // an IPv4 address of this machine
    int port = 0;                        // 0: any free port
    std::string room_code;               // empty: a random one
};

struct PhoneEvent {
    enum class Kind : std::uint8_t {
        joined, away, back, removed, command, vote, answer, pass, answer_vote, limits, timer, guess, guess_mark, guess_confirm,
        guess_change, closeness, note
    };
    Kind kind = Kind::joined;
    std::uint32_t device = 0;
    std::optional<int> seat;
    std::string name;
    PhoneCommand command = PhoneCommand::done;  // Kind::command
    int candidate = 0;                          // Kind::vote: a seat
    // The write round: Kind::answer's cleaned text, Kind::answer_vote's index into the answers.
    std::string text;
    int answer = 0;
    LimitsMessage limits;                       // Kind::limits: this partner's own, private
    TimerControl timer = TimerControl::start;   // Kind::timer
    // The guess round: Kind::guess's and Kind::guess_mark's answer, Kind::guess_mark's seat.
    bool right = false;
    int marked_seat = 0;
    ClosenessMessage closeness;                 // Kind::closeness: this partner's own, private
    std::optional<std::string> note;            // Kind::note: cleaned text, or none for no note
};

// A device as the game may see it: no token.
struct DeviceSummary {
    std::uint32_t id = 0;
    std::string name;
    std::optional<int> seat;
    bool away = false;
};

// Messages a connection may send per second on average, and in one burst.
inline constexpr double messages_per_second = 20;
inline constexpr double message_burst = 40;

class PhoneServer {
public:
    using Sink = std::function<void(const PhoneEvent&)>;

    // Starts listening; nothing and `error` set when the address cannot be bound.
    static std::unique_ptr<PhoneServer> start(const ServerOptions& options, Sink sink, std::string& error);
    ~PhoneServer();
    PhoneServer(const PhoneServer&) = delete;
    PhoneServer& operator=(const PhoneServer&) = delete;

    [[nodiscard]] int port() const;
    [[nodiscard]] const std::string& address() const;
    // http://ADDRESS:PORT/ : what the QR code holds.
    [[nodiscard]] std::string url() const;
    [[nodiscard]] std::string room_code() const;

    void set_seats(std::vector<std::string> names);
    // Sends `view` to every joined phone, each with its own seat filled in (and the seats'
    // taken and away marks from the room); of view.limits_by_seat each gets only its own. Returns at once; a slow phone gets only the latest.
    void publish(const PhoneView& view);
    // The host removes a device: its phone is told and its connection closed.
    bool remove_device(std::uint32_t device);
    [[nodiscard]] std::vector<DeviceSummary> devices() const;
    // Open WebSocket connections, joined or not (for tests).
    [[nodiscard]] std::size_t connections() const;

    // No event reaches the sink after this returns (one being delivered is waited for). The
    // server still runs until destroyed: destroying it joins civetweb's threads, which takes up
    // to 2 s when a phone does not answer the goodbye, so the game does that off its main thread
    // (app/game.cpp).
    void silence();

    struct State;

private:
    explicit PhoneServer(std::unique_ptr<State> state);
    std::unique_ptr<State> state_;
};

}  // namespace kindling::phones
