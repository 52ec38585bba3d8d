#pragma once
// Text to speech with espeak-ng, rendered into samples (never played by espeak itself), so the
// game's own mixer plays it: the voice volume, mute, ducking and the disk-driver tests all apply
// to speech as to every other sound. Rendering takes a moment, so the game asks a SpeechWorker,
// which renders on its own thread and hands the samples back; the card never waits for it.

#include "audio/pcm.hpp"

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace kindling::audio {

// Speaks `text` in `language` (a BCP 47 tag; its first part picks the espeak-ng voice, English
// when there is none for it). Blocking; safe from any thread (espeak-ng is used by one at a
// time). Nothing when espeak-ng or its data cannot be loaded; `problem` then says why.
std::optional<Pcm> render_speech(const std::string& text, const std::string& language, std::string* problem = nullptr);

// A piece of text and the language to say it in: a card in its deck's language, then who answers
// in the game's.
struct Utterance {
    std::string text;
    std::string language;
};

class SpeechWorker {
public:
    // `done` is called on the worker's thread with the latest request's samples (empty when
    // espeak-ng could say nothing) and its number; a request overtaken by a newer one is dropped.
    using Done = std::function<void(Pcm, std::uint64_t request)>;
    explicit SpeechWorker(Done done);
    ~SpeechWorker();
    SpeechWorker(const SpeechWorker&) = delete;
    SpeechWorker& operator=(const SpeechWorker&) = delete;

    // Replaces whatever waits to be rendered; the pieces are said one after the other. Returns
    // the request's number.
    std::uint64_t request(std::vector<Utterance> pieces);
    [[nodiscard]] std::uint64_t latest() const;

private:
    void run();

    Done done_;
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::optional<std::vector<Utterance>> waiting_;
    std::uint64_t requests_ = 0;
    bool stop_ = false;
    std::thread thread_;  // last: it starts once the members above exist
};

}  // namespace kindling::audio
