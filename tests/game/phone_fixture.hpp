#pragma once
// Phones in the game's headless tests (issue 15): a plain WebSocket client on 127.0.0.1 that
// keeps what the game last told it, and a pump that lets the game handle what the phones sent
// the way its loop would (phone events arrive through SDL's event queue).

#include "game_fixture.hpp"
#include "support/raw_websocket.hpp"

#include <nlohmann/json.hpp>

#include <chrono>
#include <functional>
#include <string>
#include <vector>

namespace kindling::testing {

struct Phone {
    RawWebSocket socket;
    nlohmann::json state;                // the latest state it was sent
    std::vector<nlohmann::json> errors;  // every error it was sent, oldest first
    // Every message it was sent but its welcome (whose token is random), to check what never
    // reached it.
    std::string heard;
    std::string token;
    int seat = -1;
};

// Reads what has arrived for `phone` without waiting long.
void read_phone(Phone& phone);

// Lets the game handle what the phones sent until `done` holds, at most `limit` (failing that,
// the test fails on the condition it checks next).
void pump(TestGame& game, std::vector<Phone>& phones, const std::function<bool()>& done,
          std::chrono::milliseconds limit = std::chrono::seconds(5));

void send(Phone& phone, const nlohmann::json& message);

// Phones that join the seats given, by seat, once each has its seat and a state.
std::vector<Phone> join_seats(TestGame& game, const std::vector<int>& seats);

// Test options with the phone server on 127.0.0.1 and a free port.
app::AppOptions loopback_options();

}  // namespace kindling::testing
