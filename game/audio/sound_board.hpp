#pragma once
// The game's sound, wired into SDL_mixer: the synthesized cues on their own channels, the music
// bed looping on one channel and ducking under speech, speech on another; volumes from the
// settings (master x music / effects / voice, mute, fewer sounds). Owned and called by the app
// on the main thread only; speech arrives from its worker thread.
//
// Channels: 0 music, 1 speech, the rest effects.

#include "audio/audio_device.hpp"
#include "audio/speech.hpp"
#include "audio/synthesized_sounds.hpp"
#include "core/store/settings.hpp"

#include <SDL.h>
#include <SDL_mixer.h>

#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace kindling::audio {

// A Mix_Chunk over samples this program owns, converted to the device's format.
class DeviceSound {
public:
    DeviceSound(const Pcm& pcm, const DeviceSpec& spec);
    ~DeviceSound();
    DeviceSound(const DeviceSound&) = delete;
    DeviceSound& operator=(const DeviceSound&) = delete;
    [[nodiscard]] Mix_Chunk* chunk() const { return chunk_; }
    [[nodiscard]] std::size_t bytes() const { return bytes_.size(); }

private:
    std::vector<Uint8> bytes_;
    Mix_Chunk* chunk_ = nullptr;
};

class SoundBoard {
public:
    explicit SoundBoard(const Settings& settings);
    ~SoundBoard();
    SoundBoard(const SoundBoard&) = delete;
    SoundBoard& operator=(const SoundBoard&) = delete;

    // Opens the device off the main thread. Sounds asked for while it opens play once it is open
    // (if it opens within half a second), later ones are dropped.
    void open_in_background();
    // Opens now (tests, benchmarks); true when a device is open. poll() still reports it.
    bool open_now();
    // Finishes setting up once the device has opened, and plays what waited for it. Returns the
    // line for the log once, when the first opening is done.
    std::optional<std::string> poll();
    [[nodiscard]] bool ready() const { return ready_; }

    // While a device is open SDL's audio thread wakes for every buffer, playing or not (even
    // paused), about 0.4 % of a core. So a device that has played nothing for `rest_after_ms`
    // is closed; the next sound opens it again off the main thread. Called by the loop.
    static constexpr std::int64_t rest_after_ms = 10'000;
    void rest_when_quiet(std::int64_t now_ms);
    // Resting: closed after a quiet while (or after its device went away), opened on demand.
    [[nodiscard]] bool resting() const { return resting_; }
    // When the loop must wake for the device's sake: to see it opened, or to close it once quiet.
    [[nodiscard]] std::int64_t next_wake_ms(std::int64_t now_ms) const;
    // Keeps the device open while `held` (a timer runs: its chime must not wait for the device).
    void hold_open(bool held);
    // The device went away: closed, and the game plays on silently until a device comes back.
    // True when one was open (or opening), to be said in the log.
    bool device_lost();
    // A device appeared: after a loss (or when there was none), the next sound tries it.
    void device_added();

    void apply(const Settings& settings);
    void play(Cue cue);
    // Says these pieces, instead of whatever was being said. Returns at once; the speech
    // follows once rendered. `menu`: a choice in focus, said only with "cards and menus".
    void speak(std::vector<Utterance> pieces, bool menu = false);
    // Says the last card or choice again.
    void repeat_speech();
    // What was last given to be said (the settings allowing it), device or not; for tests.
    [[nodiscard]] const std::vector<Utterance>& last_said() const { return last_said_; }

    // For tests and the benchmark: sample frames the mixer has written to the device so far.
    [[nodiscard]] std::int64_t frames_mixed() const { return frames_mixed_.load(); }
    [[nodiscard]] const DeviceSpec& spec() const { return device_.spec(); }
    [[nodiscard]] std::size_t sound_bytes() const;

private:
    static void count_mixed(void* self, Uint8* stream, int length);
    static void duck_music(int channel, void* stream, int length, void* self);
    static void channel_finished(int channel);
    void set_up();
    void make_sounds();
    void wake();
    [[nodiscard]] bool busy();
    void play_now(Cue cue);
    // With speech_mutex_ held and the device open.
    void start_speech(const Pcm& pcm);
    void update_music();
    void update_volumes();
    void speech_rendered(Pcm pcm, std::uint64_t request);

    Settings settings_;
    AudioDevice device_;
    bool ready_ = false;
    bool reported_ = false;
    bool resting_ = false;
    bool lost_ = false;
    bool held_ = false;
    std::optional<std::int64_t> quiet_since_;
    // Cues asked for while the device opened, with SDL's ticks then.
    std::vector<std::pair<Cue, std::uint64_t>> waiting_cues_;
    DeviceSpec sounds_spec_;  // the format the cues and the music were converted to
    std::array<std::unique_ptr<DeviceSound>, std::size(all_cues)> cues_;
    std::unique_ptr<DeviceSound> music_;
    std::atomic<std::int64_t> frames_mixed_{0};
    std::atomic<bool> speaking_{false};

    float duck_gain_ = 1.0f;  // the audio thread's own

    // Guards what the speech worker's thread touches: the speech playing or waiting, and
    // whether the device can take it now.
    std::mutex speech_mutex_;
    std::unique_ptr<DeviceSound> speech_;
    std::optional<Pcm> waiting_speech_;  // rendered while the device was closed
    bool speech_open_ = false;           // the device is open and set up
    DeviceSpec speech_spec_;
    std::uint64_t speech_asked_ = 0;     // the latest request, and the latest one rendered
    std::uint64_t speech_done_ = 0;
    std::vector<Utterance> last_said_;
    std::unique_ptr<SpeechWorker> speech_worker_;  // last: its thread calls back into the above
};

}  // namespace kindling::audio
