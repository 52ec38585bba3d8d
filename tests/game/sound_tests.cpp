// The game's sound without speakers: SDL's "disk" audio driver writes the real mix to a file, so
// the tests read what a player would hear. Also the synthesized sounds, speech in English and
// German, and nights played through with a silent device or none at all.
#include "audio/sound_board.hpp"
#include "audio/speech.hpp"
#include "audio/synthesized_sounds.hpp"
#include "game/game_fixture.hpp"
#include "support/fixtures.hpp"

#include <catch2/catch.hpp>

#include <SDL.h>
#include <SDL_mixer.h>

#include <algorithm>
#include <cstring>
#include <optional>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <limits>
#include <string>
#include <vector>

using namespace kindling;
using namespace kindling::testing;

namespace {

// Sets an environment variable for one test and puts the old value back.
class ScopedEnvironment {
public:
    ScopedEnvironment(const char* name, const std::string& value) : name_(name) {
        if (const char* old = std::getenv(name)) old_ = old;
        setenv(name, value.c_str(), 1);
    }
    ~ScopedEnvironment() {
        if (old_) setenv(name_, old_->c_str(), 1);
        else unsetenv(name_);
    }
    ScopedEnvironment(const ScopedEnvironment&) = delete;
    ScopedEnvironment& operator=(const ScopedEnvironment&) = delete;

private:
    const char* name_;
    std::optional<std::string> old_;
};

// Waits (in real time: the device plays in real time) until the mixer has written `frames`.
void wait_for_mix(app::Game& game, std::int64_t frames) {
    for (int i = 0; i < 1000 && game.sound().frames_mixed() < frames; ++i) SDL_Delay(10);
    REQUIRE(game.sound().frames_mixed() >= frames);
}

std::vector<Sint16> read_samples(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    const std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::vector<Sint16> samples(bytes.size() / sizeof(Sint16));
    std::memcpy(samples.data(), bytes.data(), samples.size() * sizeof(Sint16));
    return samples;
}

int loudest(const std::vector<Sint16>& samples, std::size_t from, std::size_t to) {
    int most = 0;
    for (std::size_t i = from; i < std::min(to, samples.size()); ++i) most = std::max(most, std::abs(int{samples[i]}));
    return most;
}

// Swaps until a card with a timer is dealt, then opens its timer (not yet started).
Session& open_timer_of_a_timed_card(TestGame& game) {
    game.open("card");
    Session& session = *game.game().night().session();
    for (int i = 0; i < 80 && session.view().timer.phase == TimerPhase::none; ++i) game.key(SDLK_s);
    REQUIRE(session.view().timer.phase == TimerPhase::ready);
    game.key(SDLK_t);
    REQUIRE(game.top() == "timer");
    return session;
}

struct ChimeRecording {
    std::vector<Sint16> samples;  // interleaved, as the device got them
    int channels = 0;
    int frequency = 0;
    std::int64_t frames_before_end = 0;
};

// Runs a timer to its end with the disk driver writing the mix to a file.
ChimeRecording record_timer_end(Settings settings) {
    TemporaryDirectory folder;
    const std::filesystem::path output = folder.path() / "mix.raw";
    ChimeRecording recording;
    {
        const ScopedEnvironment driver("SDL_AUDIODRIVER", "disk");
        const ScopedEnvironment file("SDL_DISKAUDIOFILE", output.string());
        settings.fewer_sounds = true;  // the swaps before the timer deal no sound into the file
        TestGame game(1280, 720, settings);
        Session& session = open_timer_of_a_timed_card(game);
        REQUIRE(game.game().sound().open_now());
        recording.channels = game.game().sound().spec().channels;
        recording.frequency = game.game().sound().spec().frequency;
        game.key(SDLK_RETURN);
        REQUIRE(session.view().timer.phase == TimerPhase::running);
        // A while with the timer running (the frame clock stands still: it does not run out).
        wait_for_mix(game.game(), recording.frequency / 4);
        recording.frames_before_end = game.game().sound().frames_mixed();
        game.headless().clock().advance_seconds(session.view().timer.length_ms / 1000 + 1);
        game.settle(10);
        REQUIRE(session.view().timer.phase == TimerPhase::finished);
        wait_for_mix(game.game(), recording.frames_before_end + recording.frequency);
    }  // the game closes the device, and the driver its file
    recording.samples = read_samples(output);
    return recording;
}

}  // namespace

TEST_CASE("Every synthesized sound is soft, starts and ends in silence, and the music loops without a seam") {
    for (const audio::Cue cue : audio::all_cues) {
        INFO(audio::to_string(cue));
        const audio::Pcm pcm = audio::synthesize(cue, 44100);
        CHECK(pcm.seconds() > 0.03);
        CHECK(pcm.seconds() < 3.0);
        CHECK(audio::peak(pcm) > 0.02f);
        CHECK(audio::peak(pcm) < 0.6f);  // never near full scale
        CHECK(std::abs(pcm.samples.front()) < 0.01f);
        CHECK(std::abs(pcm.samples.back()) < 0.01f);
    }
    CHECK(audio::peak(audio::synthesize(audio::Cue::focus, 44100)) < audio::peak(audio::synthesize(audio::Cue::chime, 44100)));
    const audio::Pcm music = audio::music_bed(22050);
    CHECK(music.seconds() == Approx(audio::music_loop_seconds).margin(0.01));
    CHECK(audio::peak(music) < 0.5f);
    // Where the loop joins, the step between samples is no bigger than inside the loop.
    float largest_step = 0;
    for (std::size_t i = 1; i < music.samples.size(); ++i) {
        largest_step = std::max(largest_step, std::abs(music.samples[i] - music.samples[i - 1]));
    }
    CHECK(std::abs(music.samples.front() - music.samples.back()) <= largest_step * 1.01f);
}

TEST_CASE("A card read aloud is speech of a plausible length, in English and in German") {
    std::string problem;
    const auto english = audio::render_speech("Tell your partner about a small moment this week when you felt close.",
                                              "en", &problem);
    INFO(problem);
    REQUIRE(english);
    const auto german = audio::render_speech("Erzähl von einem kleinen Moment in dieser Woche, in dem du dich nah gefühlt hast.",
                                             "de", &problem);
    REQUIRE(german);
    // Thirteen or fourteen words: a few seconds of speech, not a blip and not a minute.
    for (const audio::Pcm* speech : {&*english, &*german}) {
        CHECK(speech->seconds() > 2.0);
        CHECK(speech->seconds() < 12.0);
        CHECK(audio::peak(*speech) > 0.05f);
    }
    // A short text is said in a shorter time; a regional tag uses its language's voice.
    const auto short_text = audio::render_speech("Hold hands.", "en-GB", &problem);
    REQUIRE(short_text);
    CHECK(short_text->seconds() < english->seconds() / 2);
    CHECK(short_text->seconds() > 0.3);
}

TEST_CASE("The chime of a timer that runs out is in the mix after the end and not before") {
    const ChimeRecording recording = record_timer_end(Settings{});
    REQUIRE(recording.channels > 0);
    const auto end = static_cast<std::size_t>(recording.frames_before_end * recording.channels);
    const auto second = static_cast<std::size_t>(recording.frequency * recording.channels);
    REQUIRE(recording.samples.size() >= end + second);
    CHECK(loudest(recording.samples, 0, end) == 0);
    CHECK(loudest(recording.samples, end, end + second) > 2000);
}

TEST_CASE("With the effects at volume 0 a timer's end writes silence") {
    Settings quiet;
    quiet.effects_volume = 0;
    const ChimeRecording recording = record_timer_end(quiet);
    REQUIRE(recording.samples.size() > static_cast<std::size_t>(recording.frequency));
    CHECK(loudest(recording.samples, 0, recording.samples.size()) == 0);
}

TEST_CASE("A muted game writes silence at a timer's end") {
    Settings muted;
    muted.mute = true;
    const ChimeRecording recording = record_timer_end(muted);
    REQUIRE(recording.samples.size() > static_cast<std::size_t>(recording.frequency));
    CHECK(loudest(recording.samples, 0, recording.samples.size()) == 0);
}

TEST_CASE("Nights play through on SDL's dummy audio driver, every sound and speech on") {
    const ScopedEnvironment driver("SDL_AUDIODRIVER", "dummy");
    Settings loud;
    loud.music = true;
    loud.read_aloud = ReadAloud::cards_and_menus;
    TestGame game(1280, 720, loud);
    game.start_at_title();
    REQUIRE(game.game().sound().open_now());
    CHECK(game.app().autoplay(30) == 0);
    CHECK(game.game().statistics().turns == 30);
}

TEST_CASE("Without any audio device the night plays through silently, with one line for the log") {
    const ScopedEnvironment driver("SDL_AUDIODRIVER", "no-such-driver");
    Settings loud;
    loud.read_aloud = ReadAloud::cards;
    TestGame game(1280, 720, loud);
    game.start_at_title();
    game.game().sound().open_in_background();
    CHECK_FALSE(game.game().sound().open_now());
    CHECK_FALSE(game.game().sound().ready());
    CHECK(game.app().autoplay(30) == 0);
    CHECK(game.game().statistics().turns == 30);
}

TEST_CASE("The device's one report says which driver plays, or that there is none") {
    {
        const ScopedEnvironment driver("SDL_AUDIODRIVER", "dummy");
        audio::SoundBoard board(Settings{});
        board.open_in_background();
        CHECK(board.open_now());
        const std::optional<std::string> report = board.poll();
        REQUIRE(report);
        CHECK(report->starts_with("sound: playing through SDL's dummy driver at "));
        CHECK_FALSE(board.poll());  // said once only
    }
    const ScopedEnvironment driver("SDL_AUDIODRIVER", "no-such-driver");
    audio::SoundBoard board(Settings{});
    board.open_in_background();
    std::optional<std::string> report;
    for (int i = 0; i < 500 && !report; ++i) {
        report = board.poll();
        if (!report) SDL_Delay(10);
    }
    REQUIRE(report);
    CHECK(report->starts_with("sound: no audio device, playing silently ("));
    CHECK_FALSE(board.poll());
}

namespace {

// Whether SDL_mixer has a device open (SDL's audio thread runs only then).
bool mixer_open() { return Mix_QuerySpec(nullptr, nullptr, nullptr) != 0; }

// Lets the device finish opening on its thread, as the loop does by polling.
void wait_until_ready(audio::SoundBoard& board) {
    for (int i = 0; i < 500 && !board.ready(); ++i) {
        (void)board.poll();
        if (!board.ready()) SDL_Delay(10);
    }
    REQUIRE(board.ready());
}

}  // namespace

TEST_CASE("A quiet device is closed after a while, and the next sound opens it again and plays") {
    const ScopedEnvironment driver("SDL_AUDIODRIVER", "dummy");
    audio::SoundBoard board(Settings{});
    REQUIRE(board.open_now());
    (void)board.poll();
    const std::int64_t start = 1'000;
    board.rest_when_quiet(start);  // nothing plays: the quiet while begins
    CHECK(board.next_wake_ms(start) == start + audio::SoundBoard::rest_after_ms);
    board.rest_when_quiet(start + audio::SoundBoard::rest_after_ms - 1);
    CHECK(board.ready());
    CHECK(mixer_open());
    board.rest_when_quiet(start + audio::SoundBoard::rest_after_ms);
    CHECK_FALSE(board.ready());
    CHECK(board.resting());
    CHECK_FALSE(mixer_open());
    CHECK(board.next_wake_ms(start) == std::numeric_limits<std::int64_t>::max());  // nothing wakes the loop

    // The chime asked for while resting waits for the device and plays once it is open.
    board.play(audio::Cue::chime);
    wait_until_ready(board);
    CHECK(mixer_open());
    CHECK(Mix_Playing(-1) == 1);
    // While it plays the device stays open, whatever the time.
    board.rest_when_quiet(start + 10 * audio::SoundBoard::rest_after_ms);
    CHECK(board.ready());
}

TEST_CASE("A running timer holds the device open, and once it has ended the device may rest") {
    const ScopedEnvironment driver("SDL_AUDIODRIVER", "dummy");
    TestGame game(1280, 720);
    Session& session = open_timer_of_a_timed_card(game);
    audio::SoundBoard& board = game.game().sound();
    REQUIRE(board.open_now());
    (void)board.poll();
    board.rest_when_quiet(0);
    board.rest_when_quiet(audio::SoundBoard::rest_after_ms);
    REQUIRE(board.resting());
    game.key(SDLK_RETURN);  // starts the timer: the device opens again before its end
    REQUIRE(session.view().timer.phase == TimerPhase::running);
    wait_until_ready(board);
    const std::int64_t later = 100 * audio::SoundBoard::rest_after_ms;
    board.rest_when_quiet(later);
    board.rest_when_quiet(later + audio::SoundBoard::rest_after_ms);
    CHECK(board.ready());
    game.headless().clock().advance_seconds(session.view().timer.length_ms / 1000 + 1);
    game.settle(10);
    REQUIRE(session.view().timer.phase == TimerPhase::finished);
    for (int i = 0; i < 500 && Mix_Playing(-1) > 0; ++i) SDL_Delay(10);  // the chime
    board.rest_when_quiet(2 * later);
    board.rest_when_quiet(2 * later + audio::SoundBoard::rest_after_ms);
    CHECK(board.resting());
}

TEST_CASE("An audio device unplugged mid-night is closed, the night plays on, and a new device is used") {
    const ScopedEnvironment driver("SDL_AUDIODRIVER", "dummy");
    Settings loud;
    loud.read_aloud = ReadAloud::cards;
    TestGame game(1280, 720, loud);
    Session& session = open_timer_of_a_timed_card(game);
    audio::SoundBoard& board = game.game().sound();
    REQUIRE(board.open_now());
    (void)board.poll();

    SDL_Event removed{};
    removed.type = SDL_AUDIODEVICEREMOVED;
    removed.adevice.which = 2;
    removed.adevice.iscapture = 0;
    game.send(removed);
    CHECK_FALSE(board.ready());
    CHECK_FALSE(mixer_open());
    CHECK_FALSE(board.device_lost());  // said once: the log has one line

    // The timer runs out (its chime has no device) and the next cards come, silently.
    game.key(SDLK_RETURN);
    REQUIRE(session.view().timer.phase == TimerPhase::running);
    game.headless().clock().advance_seconds(session.view().timer.length_ms / 1000 + 1);
    game.settle(10);
    CHECK(session.view().timer.phase == TimerPhase::finished);
    const auto turns = game.game().statistics().turns;
    CHECK(game.app().autoplay(3) == 0);
    CHECK(game.game().statistics().turns == turns + 3);
    CHECK_FALSE(mixer_open());

    // A device plugged in: the next sound opens it.
    SDL_Event added{};
    added.type = SDL_AUDIODEVICEADDED;
    added.adevice.which = 0;
    added.adevice.iscapture = 0;
    game.send(added);
    board.play(audio::Cue::choose);
    wait_until_ready(board);
    CHECK(mixer_open());
}

TEST_CASE("M and the left stick mute and unmute anywhere") {
    TestGame game(1280, 720);
    game.start_at_title();
    CHECK_FALSE(game.game().settings().mute);
    game.key(SDLK_m);
    CHECK(game.game().settings().mute);
    CHECK(game.top() == "title");
    game.pad(SDL_CONTROLLER_BUTTON_LEFTSTICK);
    CHECK_FALSE(game.game().settings().mute);
}

TEST_CASE("The settings screen changes the sound settings with the arrow keys") {
    TestGame game(1280, 720);
    game.open("settings");
    for (int i = 0; i < 30 && game.focus() != "read_aloud"; ++i) game.key(SDLK_DOWN);
    REQUIRE(game.focus() == "read_aloud");
    CHECK(game.shows("Read aloud"));
    CHECK(game.shows("Off"));
    game.key(SDLK_RIGHT);
    CHECK(game.game().settings().read_aloud == ReadAloud::cards);
    game.key(SDLK_RIGHT);
    CHECK(game.game().settings().read_aloud == ReadAloud::cards_and_menus);
    game.key(SDLK_UP);
    game.key(SDLK_UP);
    REQUIRE(game.focus() == "music");
    game.key(SDLK_RETURN);
    CHECK(game.game().settings().music);
    game.key(SDLK_UP);
    game.key(SDLK_UP);
    game.key(SDLK_UP);
    REQUIRE(game.focus() == "master_volume");
    game.key(SDLK_LEFT);
    CHECK(game.game().settings().master_volume == 70);
}

namespace {

std::vector<std::string> texts_of(const std::vector<audio::Utterance>& said) {
    std::vector<std::string> texts;
    for (const audio::Utterance& piece : said) texts.push_back(piece.text);
    return texts;
}

std::string joined(const std::vector<std::string>& texts) {
    std::string all;
    for (const std::string& text : texts) all += "[" + text + "] ";
    return all;
}

}  // namespace

TEST_CASE("Read aloud with cards and menus says a menu's title and each choice in focus, in the game's language") {
    Settings menus;
    menus.read_aloud = ReadAloud::cards_and_menus;
    TestGame game(1280, 720, menus);
    game.open("settings");
    const audio::SoundBoard& board = game.game().sound();
    CHECK(texts_of(board.last_said()) == std::vector<std::string>{"Settings", "Text size, 100 %"});
    game.key(SDLK_DOWN);
    CHECK(texts_of(board.last_said()) == std::vector<std::string>{"High contrast, Off"});
    CHECK(board.last_said().front().language == "en");
    game.key(SDLK_RETURN);  // the value changes: said again
    CHECK(texts_of(board.last_said()) == std::vector<std::string>{"High contrast, On"});
    game.key(SDLK_ESCAPE);  // back to a screen without a title: nothing new is said
    CHECK(texts_of(board.last_said()) == std::vector<std::string>{"High contrast, On"});

    menus.language = "de";
    TestGame german(1280, 720, menus);
    german.open("settings");
    german.key(SDLK_DOWN);
    const std::vector<audio::Utterance>& said = german.game().sound().last_said();
    REQUIRE(said.size() == 1);
    CHECK(said.front().text.starts_with("Hoher Kontrast, "));
    CHECK(said.front().language == "de");
}

TEST_CASE("Read aloud with cards only, or off, says nothing of menus") {
    for (const ReadAloud setting : {ReadAloud::cards, ReadAloud::off}) {
        Settings quiet;
        quiet.read_aloud = setting;
        TestGame game(1280, 720, quiet);
        game.open("settings");
        game.key(SDLK_DOWN);
        game.key(SDLK_RETURN);
        CHECK(game.game().sound().last_said().empty());
    }
}

TEST_CASE("Read aloud keeps a party vote secret: moving between players says no name") {
    Settings menus;
    menus.read_aloud = ReadAloud::cards_and_menus;
    TestGame game(1280, 720, menus);
    game.open("party-vote");
    const audio::SoundBoard& board = game.game().sound();
    const std::vector<std::string> before = texts_of(board.last_said());
    const std::string focus_before = game.game().screens().top()->focused_id();
    for (int step = 0; step < 3; ++step) game.key(SDLK_RIGHT);
    REQUIRE(game.game().screens().top()->focused_id() != focus_before);  // the focus did move
    CHECK(game.game().screens().top()->focused_words().empty());
    INFO("before: " << joined(before) << " after: " << joined(texts_of(board.last_said())));
    CHECK(texts_of(board.last_said()) == before);
}

TEST_CASE("Read aloud names the closeness slider but never says where it stands") {
    Settings menus;
    menus.read_aloud = ReadAloud::cards_and_menus;
    TestGame game(1280, 720, menus);
    game.open("closeness-check");
    const ui::Screen& check = *game.game().screens().top();
    CHECK(check.title_words().find("how close") != std::string::npos);
    REQUIRE(check.focused_id() == "slider");
    for (int step = 0; step < 4; ++step) game.key(SDLK_RIGHT);
    CHECK(game.game().screens().top()->focused_words() == "Slide");
    for (const std::string& said : texts_of(game.game().sound().last_said())) {
        CHECK(said.find_first_of("0123456789") == std::string::npos);
    }
}
