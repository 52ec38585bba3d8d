#pragma once
// What the fuzzers check, shared by the libFuzzer programs (tools/fuzz) and the corpus replay in
// the normal test suite. Each function aborts when a property does not hold, so the fuzzer
// records the input as a crash.

#include <string_view>

namespace kindling::fuzz {

// Any bytes: reading gives a deck or located errors, nothing else. A deck that reads without
// errors writes and reads back to an equal deck.
void read_any_bytes_as_deck(std::string_view bytes);

// Bytes steer a generated deck (any Unicode text in every field); writing it and reading it back
// gives an equal deck, and the written form is a fixed point of formatting.
void round_trip_generated_deck(std::string_view bytes);

}  // namespace kindling::fuzz
