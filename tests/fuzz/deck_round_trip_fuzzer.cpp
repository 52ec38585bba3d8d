// libFuzzer entry point: generated decks written and read back.
#include "fuzz_targets.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return kindling::fuzz::run_or_abort(kindling::fuzz::round_trip_generated_deck, {reinterpret_cast<const char*>(data), size});
}
