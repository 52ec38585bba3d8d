#pragma once
// Secrets from the system's random source (getrandom), never from the game's seeded generator:
// a device token must not be guessable from the night's seed.

#include <string>

namespace kindling::phones {

// 16 random bytes as 32 lowercase hex digits. Throws std::runtime_error when the system source
// fails (it blocks until the kernel's pool is ready, so in practice it does not).
std::string random_token();

// A room code of `letters` letters from an alphabet without look-alikes (no I/1, O/0, S/5, B/8,
// Z/2, G/6), so it reads across a room.
std::string random_room_code(int letters = 4);

}  // namespace kindling::phones
