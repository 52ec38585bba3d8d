#include "phones/system_random.hpp"

#include <sys/random.h>

#include <array>
#include <cerrno>
#include <cstdint>
#include <stdexcept>
#include <string_view>

namespace kindling::phones {

namespace {

template <std::size_t N>
std::array<std::uint8_t, N> random_bytes() {
    std::array<std::uint8_t, N> bytes{};
    std::size_t filled = 0;
    while (filled < N) {
        const ssize_t got = getrandom(bytes.data() + filled, N - filled, 0);
        if (got < 0) {
            if (errno == EINTR) continue;
            throw std::runtime_error("the system's random source failed");
        }
        filled += static_cast<std::size_t>(got);
    }
    return bytes;
}

constexpr std::string_view room_alphabet = "ACDEFHJKLMNPRTUVWXY";

}  // namespace

std::string random_token() {
    constexpr std::string_view digits = "0123456789abcdef";
    std::string token;
    for (const std::uint8_t byte : random_bytes<16>()) {
        token += digits[byte >> 4];
        token += digits[byte & 0x0f];
    }
    return token;
}

std::string random_room_code(int letters) {
    std::string code;
    while (static_cast<int>(code.size()) < letters) {
        // Bytes at or above the largest multiple of the alphabet's size are skipped, so every
        // letter is equally likely.
        constexpr unsigned limit = 256 - 256 % room_alphabet.size();
        for (const std::uint8_t byte : random_bytes<8>()) {
            if (byte >= limit || static_cast<int>(code.size()) >= letters) continue;
            code += room_alphabet[byte % room_alphabet.size()];
        }
    }
    return code;
}

}  // namespace kindling::phones
