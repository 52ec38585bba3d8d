#include "core/text/clock.hpp"

#include <chrono>

namespace kindling {

namespace {

class SystemClock final : public Clock {
public:
    [[nodiscard]] std::int64_t monotonic_ms() const override {
        using namespace std::chrono;
        return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
    }
    [[nodiscard]] std::int64_t unix_seconds() const override {
        using namespace std::chrono;
        return duration_cast<seconds>(system_clock::now().time_since_epoch()).count();
    }
};

}  // namespace

const Clock& system_clock() {
    static const SystemClock clock;
    return clock;
}

}  // namespace kindling
