#pragma once
// What the fuzzers check, shared by the libFuzzer programs (tools/fuzz) and the corpus replay in
// the normal test suite. Each function throws PropertyViolation when a property does not hold:
// the libFuzzer programs turn that into an abort (so the fuzzer records the input as a crash),
// the replay reports the input and goes on with the next one.

#include <stdexcept>
#include <string>
#include <string_view>

namespace kindling::fuzz {

struct PropertyViolation : std::runtime_error {
    PropertyViolation(const char* property, std::string text)
        : std::runtime_error(property), context(std::move(text)) {}
    std::string context;  // the text involved, when there is one
};

// Any bytes: reading gives a deck or located errors, nothing else. A deck that reads without
// errors writes and reads back to an equal deck.
void read_any_bytes_as_deck(std::string_view bytes);

// Bytes steer a generated deck (any Unicode text in every field); writing it and reading it back
// gives an equal deck, and the written form is a fixed point of formatting.
void round_trip_generated_deck(std::string_view bytes);

// Any bytes as a phone's message: a message with every field in range, or a coded error.
void decode_any_bytes_as_phone_message(std::string_view bytes);

// For the libFuzzer entry points: runs `target`, printing the property and aborting on a
// violation.
int run_or_abort(void (*target)(std::string_view), std::string_view bytes);

}  // namespace kindling::fuzz
