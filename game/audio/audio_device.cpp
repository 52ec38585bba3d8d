#include "audio/audio_device.hpp"

#include <SDL_mixer.h>
#include <alsa/asoundlib.h>

#include <cstdarg>

namespace kindling::audio {

namespace {

// ALSA prints its own errors on the terminal when SDL tries it on a machine without a sound
// card ("cannot find card '0'", "Unknown PCM default"). Without a device the game plays silently
// and says so once, in the log: ALSA's lines are dropped. SDL loads the same libasound.
void quiet_alsa(const char* file, int line, const char* function, int error, const char* format, ...) {
    (void)file;
    (void)line;
    (void)function;
    (void)error;
    (void)format;
}

// 512 frames at 44.1 kHz: 11.6 ms a buffer. SDL keeps about two buffers between the mixer and
// the device, so a chime is in the output within about 25 ms of being asked for (with 1024
// frames it took 46 ms, too close to the 50 ms the issue allows once a sound server adds its own).
constexpr int mixer_frequency = 44100;
constexpr int mixer_chunk_frames = 512;
constexpr int mixer_channels = 8;

}  // namespace

AudioDevice::~AudioDevice() {
    if (opener_.joinable()) opener_.join();
    if (state_.load() == State::open) Mix_CloseAudio();
    if (subsystem_started_) SDL_QuitSubSystem(SDL_INIT_AUDIO);
}

void AudioDevice::open_in_background() {
    if (state_.load() != State::closed) return;
    if (opener_.joinable()) opener_.join();  // the last opening's thread, long done
    state_ = State::opening;
    opener_ = std::thread([this] {
        open();
        // SDL keeps this thread's error text in storage it frees by itself only for threads it
        // created; without this a machine with no sound leaks it on every start.
        SDL_TLSCleanup();
    });
}

bool AudioDevice::open_now() {
    if (state_.load() == State::closed) {
        state_ = State::opening;
        open();
    } else if (opener_.joinable()) {
        opener_.join();
    }
    return state_.load() == State::open;
}

void AudioDevice::close() {
    if (opener_.joinable()) opener_.join();
    if (state_.load() == State::open) Mix_CloseAudio();
    if (state_.load() != State::unavailable) state_ = State::closed;
}

void AudioDevice::forget_failure() {
    if (opener_.joinable()) opener_.join();
    if (state_.load() == State::unavailable) state_ = State::closed;
}

void AudioDevice::open() {
    snd_lib_error_set_handler(&quiet_alsa);
    if (!subsystem_started_) {
        if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
            report_ = std::string("sound: no audio device, playing silently (") + SDL_GetError() + ")";
            state_ = State::unavailable;
            return;
        }
        subsystem_started_ = true;
    }
    if (Mix_OpenAudio(mixer_frequency, AUDIO_S16SYS, 2, mixer_chunk_frames) != 0) {
        report_ = std::string("sound: no audio device, playing silently (") + Mix_GetError() + ")";
        state_ = State::unavailable;
        return;
    }
    int frequency = 0;
    Uint16 format = 0;
    int channels = 0;
    Mix_QuerySpec(&frequency, &format, &channels);
    spec_ = {frequency, format, channels};
    Mix_AllocateChannels(mixer_channels);
    const char* driver = SDL_GetCurrentAudioDriver();
    report_ = "sound: playing through SDL's " + std::string(driver != nullptr ? driver : "unknown") + " driver at " +
              std::to_string(frequency) + " Hz";
    state_ = State::open;
}

}  // namespace kindling::audio
