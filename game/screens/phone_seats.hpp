#pragma once
// Which players the shared screen asks when phones have joined (issue 15): a player whose phone
// is present in their seat writes and votes on it, so the TV leaves them be; one with no phone,
// or whose phone is away (locked, the page closed), is asked on the TV. One place for the party
// screens that take turns on the TV (the vote and the write card).

#include <cstddef>
#include <vector>

namespace kindling::phones {
class PhoneServer;
}

namespace kindling::screens {

// By seat, for `people` seats: true when the shared screen asks that player (no present phone
// in the seat). Without a server (phones off) every seat is asked there.
[[nodiscard]] std::vector<bool> seats_asked_on_screen(const phones::PhoneServer* server, std::size_t people);

// Whether a phone has joined in `seat`, present or away.
[[nodiscard]] bool phone_in_seat(const phones::PhoneServer* server, std::size_t seat);

}  // namespace kindling::screens
