#include "screens/phone_seats.hpp"

#include "phones/phone_server.hpp"

#include <algorithm>

namespace kindling::screens {

std::vector<bool> seats_asked_on_screen(const phones::PhoneServer* server, std::size_t people) {
    std::vector<bool> asked(people, true);
    if (server == nullptr) return asked;
    for (const phones::DeviceSummary& device : server->devices()) {
        if (device.away || !device.seat || *device.seat < 0) continue;
        const auto seat = static_cast<std::size_t>(*device.seat);
        if (seat < asked.size()) asked[seat] = false;
    }
    return asked;
}

bool phone_in_seat(const phones::PhoneServer* server, std::size_t seat) {
    if (server == nullptr) return false;
    const std::vector<phones::DeviceSummary> devices = server->devices();
    return std::any_of(devices.begin(), devices.end(),
                       [&](const phones::DeviceSummary& device) { return device.seat == static_cast<int>(seat); });
}

}  // namespace kindling::screens
