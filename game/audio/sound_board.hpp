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

    // Opens the device off the main thread; sounds asked for before it is open are dropped.
    void open_in_background();
    // Opens now (tests, benchmarks); true when a device is open. poll() still reports it.
    bool open_now();
    // Finishes setting up once the device has opened. Returns the line for the log once, when
    // opening is done.
    std::optional<std::string> poll();
    [[nodiscard]] bool ready() const { return ready_; }

    void apply(const Settings& settings);
    void play(Cue cue);
    // Says these pieces, instead of whatever was being said. Returns at once; the speech
    // follows once rendered. `menu`: a choice in focus, said only with "cards and menus".
    void speak(std::vector<Utterance> pieces, bool menu = false);
    // Says the last card or choice again.
    void repeat_speech();

    // For tests and the benchmark: sample frames the mixer has written to the device so far.
    [[nodiscard]] std::int64_t frames_mixed() const { return frames_mixed_.load(); }
    [[nodiscard]] const DeviceSpec& spec() const { return device_.spec(); }
    [[nodiscard]] std::size_t sound_bytes() const;

private:
    static void count_mixed(void* self, Uint8* stream, int length);
    static void duck_music(int channel, void* stream, int length, void* self);
    static void channel_finished(int channel);
    void set_up();
    void update_music();
    void update_volumes();
    void speech_rendered(Pcm pcm, std::uint64_t request);

    Settings settings_;
    AudioDevice device_;
    bool ready_ = false;
    bool reported_ = false;
    std::array<std::unique_ptr<DeviceSound>, std::size(all_cues)> cues_;
    std::unique_ptr<DeviceSound> music_;
    std::atomic<std::int64_t> frames_mixed_{0};
    std::atomic<bool> speaking_{false};

    float duck_gain_ = 1.0f;  // the audio thread's own

    std::mutex speech_mutex_;
    std::unique_ptr<DeviceSound> speech_;
    std::vector<Utterance> last_said_;
    std::unique_ptr<SpeechWorker> speech_worker_;  // last: its thread calls back into the above
};

}  // namespace kindling::audio
