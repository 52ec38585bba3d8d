#include "phones/room.hpp"

#include "phones/name_cleaning.hpp"
#include "phones/system_random.hpp"

#include <algorithm>

namespace kindling::phones {

namespace {

// Compares every byte whatever the first difference, so the time taken tells nothing about how
// much of a guessed token was right.
bool same_secret(std::string_view left, std::string_view right) {
    if (left.size() != right.size()) return false;
    unsigned char difference = 0;
    for (std::size_t index = 0; index < left.size(); ++index) {
        difference |= static_cast<unsigned char>(left[index] ^ right[index]);
    }
    return difference == 0;
}

char upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

// Addresses remembered for wrong codes, at most: a flood from many addresses cannot grow it.
constexpr std::size_t max_remembered_addresses = 256;

}  // namespace

bool same_room_code(std::string_view typed, std::string_view code) {
    while (!typed.empty() && typed.front() == ' ') typed.remove_prefix(1);
    while (!typed.empty() && typed.back() == ' ') typed.remove_suffix(1);
    if (typed.size() != code.size()) return false;
    for (std::size_t index = 0; index < code.size(); ++index) {
        if (upper(typed[index]) != upper(code[index])) return false;
    }
    return true;
}

Room::Room(std::string code) : code_(std::move(code)) {}

void Room::set_seats(std::vector<std::string> names) {
    seats_ = std::move(names);
    for (Device& device : devices_) {
        if (device.seat && *device.seat >= static_cast<int>(seats_.size())) device.seat.reset();
        // A seated phone is its player: a name changed on the TV (typed while phones join, on
        // the couple night's names step) is its name too, in the join panel and for name_taken.
        if (device.seat) device.name = seats_[static_cast<std::size_t>(*device.seat)];
    }
    // A device that joined with a name the night now has (the party set-up added it) sits there.
    for (Device& device : devices_) {
        if (device.seat) continue;
        const auto seat = std::find(seats_.begin(), seats_.end(), device.name);
        if (seat != seats_.end() && at_seat(static_cast<int>(seat - seats_.begin())) == nullptr) {
            device.seat = static_cast<int>(seat - seats_.begin());
        }
    }
}

bool Room::limited(const std::string& address, std::int64_t now_ms) {
    const auto found = wrong_codes_.find(address);
    if (found == wrong_codes_.end()) return false;
    std::deque<std::int64_t>& times = found->second;
    while (!times.empty() && now_ms - times.front() >= wrong_code_window_ms) times.pop_front();
    if (times.empty()) {
        wrong_codes_.erase(found);
        return false;
    }
    return static_cast<int>(times.size()) >= max_wrong_codes;
}

void Room::note_wrong_code(const std::string& address, std::int64_t now_ms) {
    if (wrong_codes_.size() >= max_remembered_addresses && !wrong_codes_.contains(address)) {
        // Forget the address whose last wrong try is oldest.
        auto oldest = std::min_element(wrong_codes_.begin(), wrong_codes_.end(), [](const auto& a, const auto& b) {
            return a.second.back() < b.second.back();
        });
        wrong_codes_.erase(oldest);
    }
    wrong_codes_[address].push_back(now_ms);
}

std::optional<ErrorCode> Room::check_code(std::string_view typed, std::string_view address, std::int64_t now_ms) {
    const std::string from(address);
    if (limited(from, now_ms)) return ErrorCode::too_many_attempts;
    if (!same_room_code(typed, code_)) {
        note_wrong_code(from, now_ms);
        return ErrorCode::room_code_wrong;
    }
    return std::nullopt;
}

Room::Outcome Room::join(const JoinMessage& request, std::string_view address, std::int64_t now_ms) {
    if (const std::optional<ErrorCode> wrong = check_code(request.room, address, now_ms)) return *wrong;
    if (devices_.size() >= max_devices) return ErrorCode::room_full;
    Device device;
    if (request.seat) {
        const int seat = *request.seat;
        if (seat < 0 || seat >= static_cast<int>(seats_.size())) return ErrorCode::field_out_of_range;
        if (at_seat(seat) != nullptr) return ErrorCode::seat_taken;
        device.seat = seat;
        device.name = seats_[static_cast<std::size_t>(seat)];
    } else {
        std::optional<std::string> name = clean_name(request.name.value_or(""));
        if (!name) return ErrorCode::name_invalid;
        for (const Device& other : devices_) {
            if (other.name == *name) return ErrorCode::name_taken;
        }
        const auto seat = std::find(seats_.begin(), seats_.end(), *name);
        if (seat != seats_.end() && at_seat(static_cast<int>(seat - seats_.begin())) == nullptr) device.seat = static_cast<int>(seat - seats_.begin());
        device.name = std::move(*name);
    }
    device.id = next_id_++;
    device.token = random_token();
    devices_.push_back(device);
    return device;
}

Room::Outcome Room::rejoin(std::string_view token) {
    for (Device& device : devices_) {
        if (same_secret(device.token, token)) {
            device.away = false;
            return device;
        }
    }
    return ErrorCode::token_unknown;
}

void Room::set_away(std::uint32_t device) {
    for (Device& each : devices_) {
        if (each.id == device) each.away = true;
    }
}

bool Room::remove(std::uint32_t device) {
    const auto removed = std::remove_if(devices_.begin(), devices_.end(),
                                        [device](const Device& each) { return each.id == device; });
    const bool found = removed != devices_.end();
    devices_.erase(removed, devices_.end());
    return found;
}

const Device* Room::find(std::uint32_t device) const {
    for (const Device& each : devices_) {
        if (each.id == device) return &each;
    }
    return nullptr;
}

const Device* Room::at_seat(int seat) const {
    for (const Device& each : devices_) {
        if (each.seat == seat) return &each;
    }
    return nullptr;
}

}  // namespace kindling::phones
