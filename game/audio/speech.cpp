#include "audio/speech.hpp"

#include <espeak-ng/speak_lib.h>

#include <vector>

namespace kindling::audio {

namespace {

std::mutex& espeak_mutex() {
    static std::mutex mutex;
    return mutex;
}

// espeak-ng's sample rate once it is loaded, 0 before, -1 when it cannot be.
int& espeak_rate() {
    static int rate = 0;
    return rate;
}

int collect_samples(short* samples, int count, espeak_EVENT* events) {
    if (samples == nullptr || count <= 0 || events == nullptr) return 0;
    auto* out = static_cast<std::vector<short>*>(events->user_data);
    if (out != nullptr) out->insert(out->end(), samples, samples + count);
    return 0;
}

std::string voice_for(const std::string& language) {
    const std::size_t dash = language.find_first_of("-_");
    return dash == std::string::npos ? language : language.substr(0, dash);
}

}  // namespace

std::optional<Pcm> render_speech(const std::string& text, const std::string& language, std::string* problem) {
    const std::lock_guard lock(espeak_mutex());
    int& rate = espeak_rate();
    if (rate == 0) {
        rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, espeakINITIALIZE_DONT_EXIT);
        if (rate <= 0) rate = -1;
        else espeak_SetSynthCallback(collect_samples);
    }
    if (rate < 0) {
        if (problem != nullptr) *problem = "espeak-ng or its voice data (espeak-ng-data) cannot be loaded";
        return std::nullopt;
    }
    if (espeak_SetVoiceByName(voice_for(language).c_str()) != EE_OK && espeak_SetVoiceByName("en") != EE_OK) {
        if (problem != nullptr) *problem = "espeak-ng has no voice for " + language + " nor English";
        return std::nullopt;
    }
    // A little slower than espeak-ng's default: the cards are read to people sitting together.
    espeak_SetParameter(espeakRATE, 150, 0);
    std::vector<short> samples;
    const espeak_ERROR result = espeak_Synth(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8,
                                             nullptr, &samples);
    if (result != EE_OK) {
        if (problem != nullptr) *problem = "espeak-ng could not speak the text";
        return std::nullopt;
    }
    espeak_Synchronize();
    Pcm pcm;
    pcm.rate = rate;
    pcm.samples.reserve(samples.size());
    for (const short sample : samples) pcm.samples.push_back(static_cast<float>(sample) / 32768.0f);
    return pcm;
}

SpeechWorker::SpeechWorker(Done done) : done_(std::move(done)), thread_([this] { run(); }) {}

SpeechWorker::~SpeechWorker() {
    {
        const std::lock_guard lock(mutex_);
        stop_ = true;
    }
    wake_.notify_all();
    thread_.join();
}

std::uint64_t SpeechWorker::request(std::vector<Utterance> pieces) {
    std::uint64_t number = 0;
    {
        const std::lock_guard lock(mutex_);
        waiting_ = std::move(pieces);
        number = ++requests_;
    }
    wake_.notify_all();
    return number;
}

std::uint64_t SpeechWorker::latest() const {
    const std::lock_guard lock(mutex_);
    return requests_;
}

void SpeechWorker::run() {
    std::unique_lock lock(mutex_);
    while (true) {
        wake_.wait(lock, [this] { return stop_ || waiting_.has_value(); });
        if (stop_) return;
        const std::vector<Utterance> pieces = std::move(*waiting_);
        waiting_.reset();
        const std::uint64_t number = requests_;
        lock.unlock();
        Pcm all;
        for (const Utterance& piece : pieces) {
            std::optional<Pcm> pcm = render_speech(piece.text, piece.language);
            if (!pcm) continue;
            if (!all.samples.empty()) all.samples.resize(all.samples.size() + static_cast<std::size_t>(pcm->rate / 4), 0.0f);
            all.rate = pcm->rate;
            all.samples.insert(all.samples.end(), pcm->samples.begin(), pcm->samples.end());
        }
        lock.lock();
        // Said only when nothing newer was asked for meanwhile and the worker is not stopping.
        const bool current = !stop_ && number == requests_;
        lock.unlock();
        if (current) done_(std::move(all), number);  // empty when nothing could be said
        lock.lock();
    }
}

}  // namespace kindling::audio
