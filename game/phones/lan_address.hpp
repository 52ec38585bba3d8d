#pragma once
// The address phones on the home network reach this machine at: the first IPv4 address of an
// interface that is up and not loopback, private ranges (10/8, 172.16/12, 192.168/16) first.

#include <optional>
#include <string>

namespace kindling::phones {

std::optional<std::string> lan_address();

}  // namespace kindling::phones
