// Phones (issue 15): how long from a tap on a phone to the TV frame that shows it. The game runs
// headless (SDL's software renderer at 1920x1080, as screenshots and tests do) on a couple
// night's card with its phone server on 127.0.0.1; eight plain WebSocket clients join, and the
// reader's phone sends Favourite 1,000 times. Each tap is timed from sending it to the end of the
// frame the game draws after handling it, in the game's own loop (SDL_WaitEventTimeout, dispatch,
// render), at about 15 taps a second (the server closes a phone sending over 20 a second).
// Also timed: join -> the frame after the phone was seated, for the eight joins.
//
//   kindling-bench-phone-taps [--taps N]
#include "app/headless_game.hpp"
#include "app/screen_catalog.hpp"
#include "core/deck/deck_catalogue.hpp"
#include "support/raw_websocket.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <thread>
#include <vector>

using namespace kindling;
using SteadyClock = std::chrono::steady_clock;
using Json = nlohmann::json;

namespace {

double ms_since(SteadyClock::time_point start) {
    return std::chrono::duration<double, std::milli>(SteadyClock::now() - start).count();
}

// The game's loop, one round: wait for an event, handle all that came, draw a frame.
void loop_once(app::App& app, int timeout_ms) {
    SDL_Event event;
    if (SDL_WaitEventTimeout(&event, timeout_ms) == 0) return;
    app.dispatch(event);
    while (SDL_PollEvent(&event) != 0) app.dispatch(event);
    app.render();
}

void report(const char* what, std::vector<double> samples) {
    if (samples.empty()) {
        std::printf("%-28s no samples\n", what);
        return;
    }
    std::sort(samples.begin(), samples.end());
    std::printf("%-28s n=%zu  p50 %.2f ms  p99 %.2f ms  max %.2f ms\n", what, samples.size(), samples[samples.size() / 2],
                samples[std::min(samples.size() - 1, samples.size() * 99 / 100)], samples.back());
}

}  // namespace

int main(int argc, char** argv) {
    int taps = 1000;
    for (int index = 1; index + 1 < argc; ++index) {
        if (std::strcmp(argv[index], "--taps") == 0) taps = std::atoi(argv[index + 1]);
    }
    if (SDL_Init(SDL_INIT_EVENTS) != 0) return 1;
    text::TextEngine text(app::game_text_options());
    app::AppOptions options;
    options.seed = 7;
    options.phones_bind = "127.0.0.1";
    options.phones_port = 0;
    app::HeadlessGame headless(options, 1920, 1080, text, Settings{}, load_deck_catalogue({}));
    app::App& app = headless.app();
    std::string error;
    if (!app::open_screen(headless.game(), "card", error)) {
        std::fprintf(stderr, "kindling-bench-phone-taps: %s\n", error.c_str());
        return 1;
    }
    app.render();
    if (!headless.game().set_phones(true).empty()) return 1;
    app.render();
    phones::PhoneServer& server = *headless.game().phone_server();
    const std::string host = "127.0.0.1:" + std::to_string(server.port());

    // Alex and Sam take their seats; six more phones join without one.
    const std::vector<std::string> names{"Alex", "Sam", "P3", "P4", "P5", "P6", "P7", "P8"};
    std::vector<testing::RawWebSocket> clients(names.size());
    std::vector<double> joins;
    for (std::size_t index = 0; index < names.size(); ++index) {
        if (clients[index].open("127.0.0.1", server.port(), "/socket", host, "http://" + host) != 101) return 1;
        const auto start = SteadyClock::now();
        clients[index].send_frame(Json{{"v", 1}, {"type", "join"}, {"room", server.room_code()}, {"name", names[index]}}.dump());
        while (server.devices().size() <= index || (index < 2 && !server.devices()[index].seat)) loop_once(app, 5);
        loop_once(app, 0);
        joins.push_back(ms_since(start));
    }

    const Session& session = *headless.game().night().session();
    const std::size_t reader = headless.game().phone_turn().reader.value_or(0);
    const Json favourite{{"v", 1}, {"type", "command"}, {"command", "favourite"}};
    std::vector<double> samples;
    for (int tap = 0; tap < taps; ++tap) {
        const long long before = session.applied_actions().favourites;
        const auto start = SteadyClock::now();
        clients[reader].send_frame(favourite.dump());
        while (session.applied_actions().favourites == before) {
            if (ms_since(start) > 5000) {
                std::fprintf(stderr, "kindling-bench-phone-taps: a tap never arrived\n");
                return 1;
            }
            loop_once(app, 100);
        }
        samples.push_back(ms_since(start));
        // Taps come at about 15 a second, inside the server's limit of 20 a second per phone.
        std::this_thread::sleep_for(std::chrono::milliseconds(60));
        // The phones' own traffic (state updates) is read off so no socket fills up.
        for (auto& client : clients) {
            while (client.receive(1)) {
            }
        }
    }
    std::printf("tap on a phone -> TV frame drawn, 8 phones on 127.0.0.1, 1920x1080 software renderer\n");
    report("join -> seat shown", joins);
    report("tap -> frame", samples);
    SDL_Quit();
    return 0;
}
