#include "audio/sound_board.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace kindling::audio {

namespace {

constexpr int music_channel = 0;
constexpr int speech_channel = 1;
constexpr int reserved_channels = 2;
// Under speech the music drops to a quarter, over about a fifth of a second each way.
constexpr float ducked_gain = 0.25f;
constexpr float duck_seconds = 0.2f;
constexpr std::int64_t ui_never = std::numeric_limits<std::int64_t>::max();

std::atomic<SoundBoard*>& finished_listener() {
    static std::atomic<SoundBoard*> board{nullptr};
    return board;
}

int mix_volume(int percent, int master_percent) {
    return std::clamp(MIX_MAX_VOLUME * percent * master_percent / 10'000, 0, MIX_MAX_VOLUME);
}

}  // namespace

DeviceSound::DeviceSound(const Pcm& pcm, const DeviceSpec& spec) {
    SDL_AudioCVT convert;
    if (SDL_BuildAudioCVT(&convert, AUDIO_F32SYS, 1, pcm.rate, spec.format, static_cast<Uint8>(spec.channels),
                          spec.frequency) < 0) {
        return;
    }
    const std::size_t in_bytes = pcm.samples.size() * sizeof(float);
    bytes_.resize(in_bytes * static_cast<std::size_t>(std::max(1, convert.len_mult)));
    std::memcpy(bytes_.data(), pcm.samples.data(), in_bytes);
    convert.buf = bytes_.data();
    convert.len = static_cast<int>(in_bytes);
    if (convert.needed != 0 && SDL_ConvertAudio(&convert) != 0) {
        bytes_.clear();
        return;
    }
    bytes_.resize(static_cast<std::size_t>(convert.needed != 0 ? convert.len_cvt : convert.len));
    bytes_.shrink_to_fit();
    chunk_ = Mix_QuickLoad_RAW(bytes_.data(), static_cast<Uint32>(bytes_.size()));
}

DeviceSound::~DeviceSound() {
    // The chunk borrows bytes_; Mix_FreeChunk leaves them alone.
    if (chunk_ != nullptr) Mix_FreeChunk(chunk_);
}

SoundBoard::SoundBoard(const Settings& settings) : settings_(settings) {}

SoundBoard::~SoundBoard() {
    speech_worker_.reset();  // no speech arrives after this
    if (ready_) {
        Mix_HaltChannel(-1);
        Mix_UnregisterAllEffects(music_channel);
        Mix_SetPostMix(nullptr, nullptr);
        Mix_ChannelFinished(nullptr);
        finished_listener() = nullptr;
    }
}

void SoundBoard::open_in_background() {
    if (!lost_) device_.open_in_background();
}

bool SoundBoard::open_now() {
    if (lost_) return false;
    resting_ = false;
    if (device_.open_now() && !ready_) set_up();
    return ready_;
}

std::optional<std::string> SoundBoard::poll() {
    const AudioDevice::State state = device_.state();
    if (state == AudioDevice::State::closed || state == AudioDevice::State::opening) return std::nullopt;
    if (state == AudioDevice::State::open && !ready_) set_up();
    if (state == AudioDevice::State::unavailable) waiting_cues_.clear();
    if (reported_) return std::nullopt;
    reported_ = true;
    return device_.report();
}

void SoundBoard::make_sounds() {
    const DeviceSpec& spec = device_.spec();
    const bool same_format = spec.frequency == sounds_spec_.frequency && spec.format == sounds_spec_.format &&
                             spec.channels == sounds_spec_.channels;
    if (same_format && cues_.front()) return;
    for (const Cue cue : all_cues) {
        cues_[static_cast<std::size_t>(cue)] = std::make_unique<DeviceSound>(synthesize(cue, spec.frequency), spec);
    }
    music_.reset();  // made again when wanted
    sounds_spec_ = spec;
}

void SoundBoard::set_up() {
    make_sounds();
    // SDL_mixer forgets its channels, effects and volumes when the device closes: all again.
    Mix_ReserveChannels(reserved_channels);
    Mix_SetPostMix(&SoundBoard::count_mixed, this);
    finished_listener() = this;
    Mix_ChannelFinished(&SoundBoard::channel_finished);
    Mix_RegisterEffect(music_channel, &SoundBoard::duck_music, nullptr, this);
    if (!speech_worker_) {
        speech_worker_ = std::make_unique<SpeechWorker>(
            [this](Pcm pcm, std::uint64_t request) { speech_rendered(std::move(pcm), request); });
    }
    ready_ = true;
    resting_ = false;
    quiet_since_.reset();
    update_volumes();
    update_music();
    // What was asked for while the device opened, if it is still fresh.
    const std::uint64_t now = SDL_GetTicks64();
    for (const auto& [cue, asked] : waiting_cues_) {
        if (now - asked <= 500) play_now(cue);
    }
    waiting_cues_.clear();
    const std::lock_guard lock(speech_mutex_);
    speech_open_ = true;
    speech_spec_ = device_.spec();
    if (waiting_speech_ && !settings_.mute && settings_.read_aloud != ReadAloud::off) start_speech(*waiting_speech_);
    waiting_speech_.reset();
}

void SoundBoard::wake() {
    if (!resting_ || lost_) return;
    device_.open_in_background();
}

bool SoundBoard::busy() {
    if (held_ || (settings_.music && !settings_.mute) || Mix_Playing(-1) > 0) return true;
    const std::lock_guard lock(speech_mutex_);
    return speech_asked_ != speech_done_ || waiting_speech_.has_value();
}

void SoundBoard::rest_when_quiet(std::int64_t now_ms) {
    if (!ready_) return;
    if (busy()) {
        quiet_since_.reset();
        return;
    }
    if (!quiet_since_) quiet_since_ = now_ms;
    if (now_ms - *quiet_since_ < rest_after_ms) return;
    {
        // Speech rendered from now on waits for the next opening.
        const std::lock_guard lock(speech_mutex_);
        speech_open_ = false;
    }
    Mix_HaltChannel(-1);
    device_.close();
    ready_ = false;
    resting_ = true;
    quiet_since_.reset();
}

std::int64_t SoundBoard::next_wake_ms(std::int64_t now_ms) const {
    // Opening takes a few milliseconds: the loop looks again soon, so what waits for it plays.
    if (device_.state() == AudioDevice::State::opening) return now_ms + 5;
    if (!ready_ || held_ || (settings_.music && !settings_.mute)) return ui_never;
    // While something plays the loop looks twice a second; once quiet, when the rest is due.
    if (!quiet_since_) return now_ms + 500;
    return *quiet_since_ + rest_after_ms;
}

void SoundBoard::hold_open(bool held) {
    if (held == held_) return;
    held_ = held;
    quiet_since_.reset();
    if (held) wake();
}

bool SoundBoard::device_lost() {
    if (lost_) return false;
    const AudioDevice::State state = device_.state();
    const bool had_one = state == AudioDevice::State::open || state == AudioDevice::State::opening;
    {
        const std::lock_guard lock(speech_mutex_);
        speech_open_ = false;
        waiting_speech_.reset();
    }
    if (ready_) Mix_HaltChannel(-1);
    device_.close();
    ready_ = false;
    lost_ = true;
    resting_ = true;
    waiting_cues_.clear();
    return had_one;
}

void SoundBoard::device_added() {
    if (!lost_ && device_.state() != AudioDevice::State::unavailable) return;
    lost_ = false;
    device_.forget_failure();
    resting_ = device_.state() == AudioDevice::State::closed;
}

void SoundBoard::apply(const Settings& settings) {
    settings_ = settings;
    if (!ready_) {
        if (settings_.music && !settings_.mute) wake();
        return;
    }
    update_volumes();
    update_music();
    if (settings_.mute || settings_.read_aloud == ReadAloud::off) Mix_HaltChannel(speech_channel);
}

void SoundBoard::update_volumes() {
    const int master = settings_.mute ? 0 : settings_.master_volume;
    Mix_Volume(music_channel, mix_volume(settings_.music_volume, master));
    Mix_Volume(speech_channel, mix_volume(settings_.voice_volume, master));
    const int effects = mix_volume(settings_.effects_volume, master);
    for (int channel = reserved_channels; channel < Mix_AllocateChannels(-1); ++channel) Mix_Volume(channel, effects);
}

void SoundBoard::update_music() {
    const bool wanted = settings_.music && !settings_.mute;
    if (wanted && Mix_Playing(music_channel) == 0) {
        if (!music_) music_ = std::make_unique<DeviceSound>(music_bed(device_.spec().frequency), device_.spec());
        if (music_->chunk() != nullptr) Mix_FadeInChannel(music_channel, music_->chunk(), -1, 3000);
    } else if (!wanted && Mix_Playing(music_channel) != 0) {
        Mix_FadeOutChannel(music_channel, 1000);
    }
}

void SoundBoard::play(Cue cue) {
    if (settings_.mute) return;
    if (settings_.fewer_sounds && cue != Cue::chime) return;
    if (ready_) {
        play_now(cue);
        quiet_since_.reset();
    } else if (!lost_ && (resting_ || device_.state() == AudioDevice::State::opening)) {
        waiting_cues_.emplace_back(cue, SDL_GetTicks64());
        wake();
    }
}

void SoundBoard::play_now(Cue cue) {
    const auto& sound = cues_[static_cast<std::size_t>(cue)];
    if (sound && sound->chunk() != nullptr) Mix_PlayChannel(-1, sound->chunk(), 0);
}

void SoundBoard::speak(std::vector<Utterance> pieces, bool menu) {
    const ReadAloud wanted = menu ? ReadAloud::cards_and_menus : ReadAloud::cards;
    if (settings_.read_aloud < wanted) return;
    last_said_ = pieces;
    repeat_speech();
}

void SoundBoard::repeat_speech() {
    if (last_said_.empty() || !speech_worker_ || settings_.mute) return;
    if (!ready_) wake();
    quiet_since_.reset();
    // Under the lock, so the worker's answer to this request cannot come before it is noted.
    const std::lock_guard lock(speech_mutex_);
    speech_asked_ = speech_worker_->request(last_said_);
}

void SoundBoard::speech_rendered(Pcm pcm, std::uint64_t request) {
    const std::lock_guard lock(speech_mutex_);
    if (request != speech_asked_) return;  // a newer request is under way
    speech_done_ = request;
    if (pcm.samples.empty()) return;
    if (speech_open_) start_speech(pcm);
    else waiting_speech_ = std::move(pcm);
}

void SoundBoard::start_speech(const Pcm& pcm) {
    auto sound = std::make_unique<DeviceSound>(pcm, speech_spec_);
    if (sound->chunk() == nullptr) return;
    Mix_HaltChannel(speech_channel);
    speech_ = std::move(sound);
    speaking_ = true;
    if (Mix_PlayChannel(speech_channel, speech_->chunk(), 0) < 0) speaking_ = false;
}

std::size_t SoundBoard::sound_bytes() const {
    std::size_t total = music_ ? music_->bytes() : 0;
    for (const auto& sound : cues_) total += sound ? sound->bytes() : 0;
    return total;
}

void SoundBoard::count_mixed(void* self, Uint8* stream, int length) {
    (void)stream;
    auto* board = static_cast<SoundBoard*>(self);
    const DeviceSpec& spec = board->device_.spec();
    const int frame_bytes = static_cast<int>(SDL_AUDIO_BITSIZE(spec.format) / 8) * spec.channels;
    if (frame_bytes > 0) board->frames_mixed_ += length / frame_bytes;
}

void SoundBoard::channel_finished(int channel) {
    if (channel != speech_channel) return;
    if (SoundBoard* board = finished_listener().load()) board->speaking_ = false;
}

void SoundBoard::duck_music(int channel, void* stream, int length, void* self) {
    (void)channel;
    auto* board = static_cast<SoundBoard*>(self);
    const DeviceSpec& spec = board->device_.spec();
    if (spec.format != AUDIO_S16SYS || spec.channels <= 0) return;
    const float target = board->speaking_.load() ? ducked_gain : 1.0f;
    const float step = 1.0f / (duck_seconds * static_cast<float>(spec.frequency));
    auto* samples = static_cast<Sint16*>(stream);
    const int frames = length / static_cast<int>(sizeof(Sint16)) / spec.channels;
    float gain = board->duck_gain_;
    for (int frame = 0; frame < frames; ++frame) {
        if (gain < target) gain = std::min(target, gain + step);
        else if (gain > target) gain = std::max(target, gain - step);
        for (int c = 0; c < spec.channels; ++c) {
            Sint16& sample = samples[frame * spec.channels + c];
            sample = static_cast<Sint16>(std::lround(static_cast<float>(sample) * gain));
        }
    }
    board->duck_gain_ = gain;
}

}  // namespace kindling::audio
