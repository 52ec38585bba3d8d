#pragma once
// The sound device through SDL_mixer: opened off the main thread (opening a sound server can
// take a moment, and the first frame must not wait for it), or at once for tests. A machine
// without a device simply has none: no dialog, no error, one line for the log. It can be closed
// and opened again (a quiet game closes it, see SoundBoard; a device unplugged is closed).

#include <SDL.h>

#include <atomic>
#include <string>
#include <thread>

namespace kindling::audio {

struct DeviceSpec {
    int frequency = 0;
    SDL_AudioFormat format = 0;
    int channels = 0;
};

class AudioDevice {
public:
    enum class State : int { closed, opening, open, unavailable };

    AudioDevice() = default;
    ~AudioDevice();
    AudioDevice(const AudioDevice&) = delete;
    AudioDevice& operator=(const AudioDevice&) = delete;

    // Opens on a thread of its own when closed; state() says when it is done.
    void open_in_background();
    // Opens now when closed (or waits for the opening under way); true when a device is open.
    bool open_now();
    // Closes an open device (or one being opened); SDL's audio stays initialised for the next
    // opening. Only while nothing plays: the channels stop.
    void close();
    // After `unavailable`: lets the next opening try again (a device was plugged in).
    void forget_failure();
    [[nodiscard]] State state() const { return state_.load(); }
    // Valid once open.
    [[nodiscard]] const DeviceSpec& spec() const { return spec_; }
    // Once opening is done: which device and driver, or why there is none (for the log).
    [[nodiscard]] const std::string& report() const { return report_; }

private:
    void open();

    std::atomic<State> state_{State::closed};
    DeviceSpec spec_;
    std::string report_;
    std::thread opener_;
    bool subsystem_started_ = false;
};

}  // namespace kindling::audio
