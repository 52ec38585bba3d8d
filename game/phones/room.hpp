#pragma once
// Who is connected from which phone: the room code, the devices with their secret tokens, which
// seat of the night each one holds, and who is away (a locked phone, a closed page). Pure and
// single-threaded; the server guards it with its lock. Tokens stay inside: nothing here logs,
// and a device is shown to the game by its number and name only.

#include "phones/protocol.hpp"

#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace kindling::phones {

inline constexpr std::size_t max_devices = 16;
// Wrong room codes allowed from one address within wrong_code_window_ms; after that every join
// from there is refused until the oldest wrong try is older than the window.
inline constexpr int max_wrong_codes = 5;
inline constexpr std::int64_t wrong_code_window_ms = 60'000;

struct Device {
    std::uint32_t id = 0;
    std::string token;  // secret: only ever sent to its own phone, in the welcome
    std::string name;
    std::optional<int> seat;
    bool away = false;
};

class Room {
public:
    explicit Room(std::string code);

    [[nodiscard]] const std::string& code() const { return code_; }
    // The night's players in seating order. Seats beyond the new list are let go; a seated
    // device takes its seat's (new) name.
    void set_seats(std::vector<std::string> names);
    [[nodiscard]] const std::vector<std::string>& seats() const { return seats_; }

    // Whether `typed` is this room's code, counting a wrong one against `address`: nothing when
    // it is, else room_code_wrong or too_many_attempts (then even the right code is refused).
    std::optional<ErrorCode> check_code(std::string_view typed, std::string_view address, std::int64_t now_ms);

    using Outcome = std::variant<Device, ErrorCode>;
    // A new device joins from `address` at `now_ms`, with a name or for a free seat. A name that
    // is a free seat's takes that seat.
    Outcome join(const JoinMessage& request, std::string_view address, std::int64_t now_ms);
    // A known device comes back (no room code needed: the token is the proof).
    Outcome rejoin(std::string_view token);
    void set_away(std::uint32_t device);
    // The host removes a device: its token stops working and its seat is free again.
    bool remove(std::uint32_t device);

    [[nodiscard]] const Device* find(std::uint32_t device) const;
    [[nodiscard]] const std::vector<Device>& devices() const { return devices_; }
    // The device holding `seat`, if any.
    [[nodiscard]] const Device* at_seat(int seat) const;

private:
    bool limited(const std::string& address, std::int64_t now_ms);
    void note_wrong_code(const std::string& address, std::int64_t now_ms);

    std::string code_;
    std::vector<std::string> seats_;
    std::vector<Device> devices_;
    std::uint32_t next_id_ = 1;
    std::map<std::string, std::deque<std::int64_t>> wrong_codes_;  // by address
};

// Room codes are typed on phones: case and surrounding spaces do not matter.
bool same_room_code(std::string_view typed, std::string_view code);

}  // namespace kindling::phones
