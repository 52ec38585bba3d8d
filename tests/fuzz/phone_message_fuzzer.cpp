// libFuzzer entry point: any bytes as a message from a phone.
#include "fuzz_targets.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return kindling::fuzz::run_or_abort(kindling::fuzz::decode_any_bytes_as_phone_message,
                                        {reinterpret_cast<const char*>(data), size});
}
