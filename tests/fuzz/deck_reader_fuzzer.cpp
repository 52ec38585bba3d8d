// libFuzzer entry point: any bytes as a deck file.
#include "fuzz_targets.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return kindling::fuzz::run_or_abort(kindling::fuzz::read_any_bytes_as_deck, {reinterpret_cast<const char*>(data), size});
}
