// kindling-bench-game: the game's performance figures for README, measured the way a player
// meets them, with SDL's software renderer at 1920x1080 and the built-in decks:
//   1. start to first card frame: `kindling --screen card --exit-after-first-frame` in a fresh
//      process, from fork to the moment the frame is presented (and a bare SDL + SDL_ttf program
//      showing one line of text, as the floor of what any SDL program costs here);
//   2. peak memory (resident set) of those runs, and of a whole scripted night with animation;
//   3. idle CPU with a card on screen (a real window: run under Xvfb or on a desktop), and with
//      a timer counting down, shown and minimised (minimising needs xdotool);
//   4. frame time during the deal and flip animation, in process, per frame.
//
//   kindling-bench-game [--game PATH] [--runs N] [--idle-seconds S] [--cards N] [--window]
// The figures are printed as a Markdown table. Timings are not assertions: see tests/ for those.

#include "app/headless_game.hpp"
#include "app/screen_catalog.hpp"

#include <SDL.h>
#include <SDL_ttf.h>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using namespace kindling;

double ms_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct Figures {
    std::vector<double> values;
    void add(double v) { values.push_back(v); }
    [[nodiscard]] double quantile(double q) const {
        if (values.empty()) return 0;
        std::vector<double> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        const auto index = static_cast<std::size_t>(std::ceil(q * static_cast<double>(sorted.size()))) - 1;
        return sorted[std::min(index, sorted.size() - 1)];
    }
    [[nodiscard]] double median() const { return quantile(0.5); }
    [[nodiscard]] double max() const { return values.empty() ? 0 : *std::max_element(values.begin(), values.end()); }
    [[nodiscard]] double min() const { return values.empty() ? 0 : *std::min_element(values.begin(), values.end()); }
};

struct ChildRun {
    bool ok = false;
    double first_frame_ms = 0;  // fork to the "first frame" line
    double peak_mib = 0;
    std::string output;
};

// Runs a program and times it to the first line that contains `marker` on its output.
ChildRun run_child(const std::vector<std::string>& args, const std::vector<std::string>& environment,
                   const std::string& marker) {
    ChildRun run;
    int pipe_fds[2];
    if (pipe(pipe_fds) != 0) return run;
    const auto start = Clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(pipe_fds[1], STDOUT_FILENO);
        close(pipe_fds[0]);
        for (const std::string& assignment : environment) putenv(const_cast<char*>(assignment.c_str()));
        std::vector<char*> argv;
        for (const std::string& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
        argv.push_back(nullptr);
        execv(argv[0], argv.data());
        _exit(127);
    }
    close(pipe_fds[1]);
    char buffer[4096];
    ssize_t got = 0;
    while ((got = read(pipe_fds[0], buffer, sizeof buffer)) > 0) {
        run.output.append(buffer, static_cast<std::size_t>(got));
        if (run.first_frame_ms == 0 && run.output.find(marker) != std::string::npos) run.first_frame_ms = ms_since(start);
    }
    close(pipe_fds[0]);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    run.peak_mib = static_cast<double>(usage.ru_maxrss) / 1024.0;
    run.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0 && run.first_frame_ms > 0;
    return run;
}

// The floor: a bare SDL + SDL_ttf program that opens a window and presents one line of text.
int bare_first_frame() {
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    if (SDL_Init(SDL_INIT_VIDEO) != 0 || TTF_Init() != 0) return 1;
    SDL_Window* window = SDL_CreateWindow("bare", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1920, 1080, 0);
    SDL_Renderer* renderer = window ? SDL_CreateRenderer(window, -1, SDL_RENDERER_SOFTWARE) : nullptr;
    TTF_Font* font = TTF_OpenFont("/usr/share/fonts/truetype/lato/Lato-Regular.ttf", 64);
    if (renderer == nullptr || font == nullptr) return 1;
    SDL_Surface* text = TTF_RenderUTF8_Blended(font, "What made you smile today?", SDL_Color{255, 255, 255, 255});
    SDL_Texture* texture = SDL_CreateTextureFromSurface(renderer, text);
    SDL_RenderClear(renderer);
    SDL_RenderCopy(renderer, texture, nullptr, nullptr);
    SDL_RenderPresent(renderer);
    std::printf("first frame\n");
    std::fflush(stdout);
    SDL_Quit();
    return 0;
}

std::string self_path() {
    char buffer[4096];
    const ssize_t length = readlink("/proc/self/exe", buffer, sizeof buffer - 1);
    return length > 0 ? std::string(buffer, static_cast<std::size_t>(length)) : std::string("kindling-bench-game");
}

// CPU time of a process in nanoseconds (its schedstat: precise, unlike clock ticks).
long long cpu_ns(pid_t pid) {
    std::ifstream stat("/proc/" + std::to_string(pid) + "/schedstat");
    long long on_cpu = 0;
    stat >> on_cpu;
    return on_cpu;
}

// The window of a process, by its pid (xdotool, when installed); empty otherwise.
std::string window_of(pid_t pid) {
    const std::string command = "xdotool search --sync --pid " + std::to_string(pid) + " 2>/dev/null | head -n 1";
    std::string id;
    if (FILE* pipe = popen(command.c_str(), "r")) {
        char line[64] = {};
        if (std::fgets(line, sizeof line, pipe) != nullptr) id = line;
        pclose(pipe);
    }
    while (!id.empty() && (id.back() == '\n' || id.back() == ' ')) id.pop_back();
    return id;
}

struct CpuUse {
    double shown = -1;      // percent of a core while the window is on screen
    double minimised = -1;  // the same after the window was unmapped, as a window manager minimises
};

// CPU use of `kindling --screen SCREEN` in a real window over `seconds`; with `minimise`, also
// after the window was unmapped (an X11 window manager unmaps a window it minimises; SDL reports
// that as hidden and minimised).
CpuUse cpu_use(const std::string& game, const char* screen, int seconds, bool minimise,
               const std::vector<std::string>& environment) {
    const pid_t pid = fork();
    if (pid == 0) {
        for (const std::string& assignment : environment) putenv(const_cast<char*>(assignment.c_str()));
        execl(game.c_str(), game.c_str(), "--screen", screen, "--size", "1920x1080", static_cast<char*>(nullptr));
        _exit(127);
    }
    const auto measure = [&] {
        const long long before = cpu_ns(pid);
        const auto start = Clock::now();
        std::this_thread::sleep_for(std::chrono::seconds(seconds));
        const long long after = cpu_ns(pid);
        if (before == 0 && after == 0) return -1.0;
        return 100.0 * static_cast<double>(after - before) / (ms_since(start) * 1e6);
    };
    std::this_thread::sleep_for(std::chrono::seconds(3));  // start-up and the deal animation
    CpuUse use;
    use.shown = measure();
    if (minimise) {
        const std::string window = window_of(pid);
        if (!window.empty() && std::system(("xdotool windowunmap " + window).c_str()) == 0) {
            std::this_thread::sleep_for(std::chrono::seconds(1));
            use.minimised = measure();
        }
    }
    kill(pid, SIGTERM);
    int status = 0;
    waitpid(pid, &status, 0);
    return use;
}

struct FrameTimes {
    Figures animation;  // every frame while a card leaves, is dealt and turns over
    Figures first;      // of those, the first after the player's action
    double peak_mib = 0;
};

// Child mode: plays `cards` cards in a window (or off-screen), presses Enter for each, and
// renders every animation frame at 60 frames a second of game time, timing each frame. Prints
// "frame MS" and "first MS" lines.
int play_night(int cards, bool window, bool reduced_motion) {
    text::TextEngine text(app::game_text_options());
    std::string error;
    std::unique_ptr<app::Display> display;
    if (window) {
        SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");
        app::DisplayRequest request;
        request.width = 1920;
        request.height = 1080;
        display = app::open_window(request, error);
    }
    if (!display) display = app::open_offscreen(1920, 1080, error);
    if (!display) {
        std::fprintf(stderr, "kindling-bench-game: %s\n", error.c_str());
        return 1;
    }
    app::AppOptions options;
    options.seed = 11;
    Settings settings;
    settings.reduced_motion = reduced_motion;
    app::HeadlessGame game(options, std::move(display), text, settings, load_deck_catalogue({}));
    std::int64_t now = 0;
    const auto settle = [&] {
        // As the game does when a card has landed: a quiet frame a moment later.
        for (int i = 0; i < 3; ++i) {
            now += 1000;
            game.app().set_time_ms(now);
            game.app().render();
        }
    };
    game.app().set_time_ms(now);
    if (!app::open_screen(game.game(), "card", error)) {
        std::fprintf(stderr, "kindling-bench-game: %s\n", error.c_str());
        return 1;
    }
    settle();
    const std::int64_t frame_ms = 1000 / 60;
    for (int card = 0; card < cards; ++card) {
        SDL_Event enter{};
        enter.type = SDL_KEYDOWN;
        enter.key.keysym.sym = SDLK_RETURN;
        game.app().dispatch(enter);
        if (game.game().screens().top() == nullptr || game.game().screens().top()->name() != "card") {
            app::open_screen(game.game(), "card", error);  // the night ended: deal a new one
            settle();
            continue;
        }
        for (int frame = 0; frame < 240; ++frame) {
            const auto start = Clock::now();
            const ui::FrameRequest next = game.app().render();
            std::printf("%s %.3f\n", frame == 0 ? "first" : "frame", ms_since(start));
            if (!next.is_animating()) break;
            now += frame_ms;
            game.app().set_time_ms(now);
        }
        settle();
    }
    std::printf("done\n");
    return 0;
}

FrameTimes animation_frames(int cards, bool window, bool reduced_motion, const std::vector<std::string>& environment) {
    std::vector<std::string> args{self_path(), "--play-night", std::to_string(cards)};
    if (window) args.emplace_back("--window");
    if (reduced_motion) args.emplace_back("--reduced-motion");
    const ChildRun run = run_child(args, environment, "done");
    FrameTimes times;
    times.peak_mib = run.peak_mib;
    std::istringstream lines(run.output);
    std::string kind;
    double ms = 0;
    while (lines >> kind) {
        if (kind == "done") break;
        lines >> ms;
        times.animation.add(ms);
        if (kind == "first") times.first.add(ms);
    }
    return times;
}

}  // namespace

int main(int argc, char** argv) {
    std::string game = "";
    int runs = 7;
    int idle_seconds = 20;
    int cards = 40;
    bool window = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const auto next = [&] { return i + 1 < argc ? std::string(argv[++i]) : std::string(); };
        if (arg == "--bare") return bare_first_frame();
        if (arg == "--play-night") {
            const int count = std::max(1, std::atoi(next().c_str()));
            bool in_window = false;
            bool reduced = false;
            for (int j = i + 1; j < argc; ++j) {
                in_window = in_window || std::string(argv[j]) == "--window";
                reduced = reduced || std::string(argv[j]) == "--reduced-motion";
            }
            return play_night(count, in_window, reduced);
        }
        if (arg == "--game") game = next();
        else if (arg == "--runs") runs = std::max(1, std::atoi(next().c_str()));
        else if (arg == "--idle-seconds") idle_seconds = std::max(1, std::atoi(next().c_str()));
        else if (arg == "--cards") cards = std::max(1, std::atoi(next().c_str()));
        else if (arg == "--window") window = true;
        else {
            std::fprintf(stderr, "usage: kindling-bench-game [--game PATH] [--runs N] [--idle-seconds S] [--cards N] [--window]\n");
            return 2;
        }
    }
    if (game.empty()) game = self_path().substr(0, self_path().rfind('/') + 1) + "kindling";
    const bool display = std::getenv("DISPLAY") != nullptr || std::getenv("WAYLAND_DISPLAY") != nullptr;
    std::vector<std::string> environment{"SDL_RENDER_DRIVER=software"};
    if (!display) environment.emplace_back("SDL_VIDEODRIVER=offscreen");

    Figures bare_ms, bare_mib, game_ms, game_mib;
    for (int run = 0; run < runs; ++run) {
        const ChildRun bare = run_child({self_path(), "--bare"}, environment, "first frame");
        if (bare.ok) {
            bare_ms.add(bare.first_frame_ms);
            bare_mib.add(bare.peak_mib);
        }
        const ChildRun first = run_child({game, "--screen", "card", "--exit-after-first-frame", "--size", "1920x1080"},
                                         environment, "first frame");
        if (first.ok) {
            game_ms.add(first.first_frame_ms);
            game_mib.add(first.peak_mib);
        } else {
            std::fprintf(stderr, "kindling-bench-game: the game did not show a first frame:\n%s\n", first.output.c_str());
        }
    }
    const double idle = display ? cpu_use(game, "card", idle_seconds, false, environment).shown : -1;
    const CpuUse timer = display ? cpu_use(game, "timer", idle_seconds, true, environment) : CpuUse{};
    const FrameTimes frames = animation_frames(cards, window && display, false, environment);
    const FrameTimes fades = animation_frames(cards / 2, window && display, true, environment);

    std::printf("| figure (software renderer, 1920x1080, built-in decks) | measured | target |\n|---|---|---|\n");
    std::printf("| bare SDL + SDL_ttf program to first frame (median of %d) | %.0f ms (%.0f–%.0f) | (reference) |\n",
                runs, bare_ms.median(), bare_ms.min(), bare_ms.max());
    std::printf("| kindling start to first card frame (median of %d) | %.0f ms (%.0f–%.0f) | <= 150 ms |\n", runs,
                game_ms.median(), game_ms.min(), game_ms.max());
    std::printf("| peak memory, start to first card frame | %.1f MiB (bare program: %.1f MiB) | <= 45 MiB |\n",
                game_mib.max(), bare_mib.max());
    std::printf("| peak memory, a night of %d cards dealt and turned over (%s) | %.1f MiB | <= 45 MiB |\n", cards,
                window && display ? "window" : "off-screen", frames.peak_mib);
    if (idle >= 0) {
        std::printf("| idle CPU with a card shown, over %d s | %.3f %% of a core | <= 0.1 %% |\n", idle_seconds, idle);
    } else {
        std::printf("| idle CPU with a card shown | not measured: needs a display (run under xvfb-run) | <= 0.1 %% |\n");
    }
    if (timer.shown >= 0) {
        std::printf("| CPU with a timer counting down (ten frames a second), over %d s | %.3f %% of a core | |\n",
                    idle_seconds, timer.shown);
    }
    if (timer.minimised >= 0) {
        std::printf("| the same with the window minimised | %.4f %% of a core | 0 |\n", timer.minimised);
    } else {
        std::printf("| CPU with the window minimised | not measured: needs a display and xdotool | 0 |\n");
    }
    std::printf("| frame time, deal and flip animation (%zu frames, %s) | p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms | p99 <= 8 ms |\n",
                frames.animation.values.size(), window && display ? "window" : "off-screen",
                frames.animation.median(), frames.animation.quantile(0.95), frames.animation.quantile(0.99),
                frames.animation.max());
    std::printf("| of those, the first frame after a card is done (lays out the next card) | p50 %.2f ms, max %.2f ms | |\n",
                frames.first.median(), frames.first.max());
    std::printf("| frame time, reduced-motion cross-fade (%zu frames) | p50 %.2f ms, p99 %.2f ms | |\n",
                fades.animation.values.size(), fades.animation.median(), fades.animation.quantile(0.99));
    return game_ms.values.empty() ? 1 : 0;
}
