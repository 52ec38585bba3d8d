#include "phones/lan_address.hpp"

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>

#include <cstdint>
#include <cstring>

namespace kindling::phones {

namespace {

bool is_private(std::uint32_t host_order) {
    return (host_order >> 24) == 10 || (host_order >> 20) == ((172u << 4) | 1u) || (host_order >> 16) == ((192u << 8) | 168u);
}

}  // namespace

std::optional<std::string> lan_address() {
    ifaddrs* interfaces = nullptr;
    if (getifaddrs(&interfaces) != 0) return std::nullopt;
    std::optional<std::string> other;
    std::optional<std::string> home;
    for (const ifaddrs* each = interfaces; each != nullptr; each = each->ifa_next) {
        if (each->ifa_addr == nullptr || each->ifa_addr->sa_family != AF_INET) continue;
        if ((each->ifa_flags & IFF_UP) == 0 || (each->ifa_flags & IFF_LOOPBACK) != 0) continue;
        sockaddr_in address{};
        std::memcpy(&address, each->ifa_addr, sizeof address);
        char text[INET_ADDRSTRLEN] = "";
        if (inet_ntop(AF_INET, &address.sin_addr, text, sizeof text) == nullptr) continue;
        if (is_private(ntohl(address.sin_addr.s_addr))) {
            if (!home) home = text;
        } else if (!other) {
            other = text;
        }
    }
    freeifaddrs(interfaces);
    return home ? home : other;
}

}  // namespace kindling::phones
