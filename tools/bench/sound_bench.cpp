// kindling-bench-sound: the sound figures for README (issue 16), without speakers:
//   1. memory: resident size before the device opens, once it is open with the cues made, and
//      with the music bed playing (SDL's dummy driver);
//   2. how soon after it is asked for the chime is in the mix: SDL's disk driver writes the mix
//      to a file, and the first sound after the request is found in it (several chimes);
//   3. how soon a device that rested after a quiet while is open again for a sound;
//   4. how long espeak-ng takes to render a card, in English and in German.
// Timings are not assertions: see tests/game/sound_tests.cpp for what must hold.
//
//   kindling-bench-sound [--chimes N]

#include "audio/sound_board.hpp"
#include "audio/speech.hpp"

#include <SDL.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

using namespace kindling;

double resident_mib() {
    std::ifstream statm("/proc/self/statm");
    long pages = 0;
    long resident = 0;
    statm >> pages >> resident;
    return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

void wait_for_frames(const audio::SoundBoard& board, std::int64_t frames) {
    while (board.frames_mixed() < frames) SDL_Delay(5);
}

void memory_figures() {
    setenv("SDL_AUDIODRIVER", "dummy", 1);
    const double before = resident_mib();
    Settings settings;
    audio::SoundBoard board(settings);
    board.open_now();
    wait_for_frames(board, board.frames_mixed() + 44100);
    const double open = resident_mib();
    settings.music = true;
    board.apply(settings);
    wait_for_frames(board, board.frames_mixed() + 44100);
    const double music = resident_mib();
    std::printf("| resident memory, sound closed | %.1f MiB |\n", before);
    std::printf("| with the device open and the cues made | %.1f MiB (+%.1f) |\n", open, open - before);
    std::printf("| with the music bed playing | %.1f MiB (+%.1f over closed; %.1f MiB of samples) |\n", music,
                music - before, static_cast<double>(board.sound_bytes()) / (1024.0 * 1024.0));
}

void chime_figures(int chimes) {
    const std::filesystem::path file = std::filesystem::temp_directory_path() / "kindling-bench-sound.raw";
    setenv("SDL_AUDIODRIVER", "disk", 1);
    setenv("SDL_DISKAUDIOFILE", file.c_str(), 1);
    std::vector<std::int64_t> requests;
    int rate = 0;
    int channels = 0;
    {
        audio::SoundBoard board(Settings{});
        if (!board.open_now()) {
            std::printf("| chime: the disk driver did not open |\n");
            return;
        }
        rate = board.spec().frequency;
        channels = board.spec().channels;
        for (int i = 0; i < chimes; ++i) {
            wait_for_frames(board, board.frames_mixed() + rate * 3);  // the last chime has faded
            // A random moment within a buffer, as a timer's end is.
            SDL_Delay(static_cast<Uint32>(std::rand() % 23));
            requests.push_back(board.frames_mixed());
            board.play(audio::Cue::chime);
        }
        wait_for_frames(board, board.frames_mixed() + rate);
    }
    std::ifstream in(file, std::ios::binary);
    const std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::filesystem::remove(file);
    std::vector<Sint16> samples(bytes.size() / sizeof(Sint16));
    std::memcpy(samples.data(), bytes.data(), samples.size() * sizeof(Sint16));
    std::vector<double> delays;
    for (const std::int64_t request : requests) {
        for (std::size_t i = static_cast<std::size_t>(request * channels); i < samples.size(); ++i) {
            if (std::abs(int{samples[i]}) > 0) {
                delays.push_back(1000.0 * static_cast<double>(i / static_cast<std::size_t>(channels) -
                                                              static_cast<std::size_t>(request)) / rate);
                break;
            }
        }
    }
    std::sort(delays.begin(), delays.end());
    if (delays.empty()) return;
    std::printf("| chime in the mix after it is asked for (%zu chimes, disk driver) | median %.1f ms, max %.1f ms |\n",
                delays.size(), delays[delays.size() / 2], delays.back());
}

// A device that rested (closed after a quiet while) opens again when a sound is asked for: how
// long until it is open and the sound is handed to the mixer, polling as the loop does.
void reopening_figures(int times) {
    setenv("SDL_AUDIODRIVER", "dummy", 1);
    audio::SoundBoard board(Settings{});
    if (!board.open_now()) return;
    std::vector<double> waits;
    std::int64_t now = 0;
    for (int i = 0; i < times; ++i) {
        board.rest_when_quiet(now);
        now += audio::SoundBoard::rest_after_ms;
        board.rest_when_quiet(now);
        if (!board.resting()) return;
        const auto start = std::chrono::steady_clock::now();
        board.play(audio::Cue::focus);
        while (!board.ready()) {
            (void)board.poll();
            if (!board.ready()) SDL_Delay(1);
        }
        waits.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        SDL_Delay(500);  // the sound has played
    }
    std::sort(waits.begin(), waits.end());
    std::printf("| a sound asked for while the device rests: open again and handed to the mixer (%d times, dummy "
                "driver) | median %.1f ms, max %.1f ms |\n",
                times, waits[waits.size() / 2], waits.back());
}

void speech_figures() {
    const char* english = "Tell your partner about a small moment this week when you felt close to them.";
    const char* german = "Erzähl deinem Gegenüber von einem kleinen Moment in dieser Woche, in dem du dich nah gefühlt hast.";
    (void)audio::render_speech("Hello.", "en");  // loading espeak-ng and its data, once
    for (const auto& [text, language] : {std::pair{english, "en"}, std::pair{german, "de"}}) {
        double best = 1e9;
        double seconds = 0;
        for (int run = 0; run < 5; ++run) {
            const auto start = std::chrono::steady_clock::now();
            const auto pcm = audio::render_speech(text, language);
            best = std::min(best, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
            seconds = pcm ? pcm->seconds() : 0;
        }
        std::printf("| rendering a card of %zu characters (%s) with espeak-ng | %.0f ms for %.1f s of speech |\n",
                    std::strlen(text), language, best, seconds);
    }
}

}  // namespace

int main(int argc, char** argv) {
    int chimes = 10;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::string(argv[i]) == "--chimes") chimes = std::max(1, std::atoi(argv[i + 1]));
    }
    if (SDL_Init(SDL_INIT_EVENTS) != 0) return 1;
    std::printf("| figure | measured |\n|---|---|\n");
    memory_figures();
    chime_figures(chimes);
    reopening_figures(chimes);
    speech_figures();
    SDL_Quit();
    return 0;
}
