// How long stopping the phones' server takes (issue 15): civetweb's mg_stop closes every
// connection and joins its threads. This was on the game's main thread, so the TV froze while
// it ran; the game now silences the server and stops it on a thread of its own (app/game.cpp).
// Printed: the stop's time with no phone connected, with 8 connected and joined that read what
// the server sends (as a browser does: it answers the stop's close at once), and with 8 that
// stopped reading (the worst case); each the median and the longest of several runs, and how
// long the main thread now waits (silence()).
//
//   kindling-bench-phone-stop [--runs N]
#include "phones/phone_server.hpp"
#include "support/raw_websocket.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using kindling::phones::PhoneServer;
using kindling::testing::RawWebSocket;

double ms_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct Times {
    double silence_ms = 0;
    double stop_ms = 0;
};

enum class Phones { none, reading, not_reading };

Times one_run(Phones kind) {
    const int phones = kind == Phones::none ? 0 : 8;
    kindling::phones::ServerOptions options;
    options.room_code = "KFRT";
    std::string error;
    auto server = PhoneServer::start(options, [](const kindling::phones::PhoneEvent&) {}, error);
    if (!server) {
        std::fprintf(stderr, "kindling-bench-phone-stop: %s\n", error.c_str());
        std::exit(1);
    }
    server->set_seats({"A", "B", "C", "D", "E", "F", "G", "H"});
    const std::string host = "127.0.0.1:" + std::to_string(server->port());
    std::vector<std::unique_ptr<RawWebSocket>> sockets;
    for (int index = 0; index < phones; ++index) {
        auto socket = std::make_unique<RawWebSocket>();
        if (socket->open("127.0.0.1", server->port(), "/socket", host, "http://" + host) != 101) std::exit(1);
        socket->send_frame(R"({"v":1,"type":"join","room":"KFRT","seat":)" + std::to_string(index) + "}");
        (void)socket->receive(500);
        sockets.push_back(std::move(socket));
    }
    // Reading phones wait for the server's close on threads of their own, as a browser would.
    std::vector<std::thread> readers;
    if (kind == Phones::reading) {
        for (auto& socket : sockets) readers.emplace_back([raw = socket.get()] { (void)raw->closed_by_server(10'000); });
    }
    Times times;
    auto start = Clock::now();
    server->silence();
    times.silence_ms = ms_since(start);
    start = Clock::now();
    server.reset();
    times.stop_ms = ms_since(start);
    for (std::thread& reader : readers) reader.join();
    return times;
}

void report(const char* what, std::vector<Times> runs) {
    const auto line = [&](const char* name, auto field) {
        std::vector<double> values;
        for (const Times& run : runs) values.push_back(run.*field);
        std::sort(values.begin(), values.end());
        std::printf("%-28s %-10s median %8.2f ms   longest %8.2f ms\n", what, name, values[values.size() / 2], values.back());
    };
    line("silence()", &Times::silence_ms);
    line("stop", &Times::stop_ms);
}

}  // namespace

int main(int argc, char** argv) {
    int runs = 5;
    for (int index = 1; index + 1 < argc; ++index) {
        if (std::strcmp(argv[index], "--runs") == 0) runs = std::max(1, std::atoi(argv[index + 1]));
    }
    const std::pair<Phones, const char*> cases[] = {{Phones::none, "no phone connected"},
                                                    {Phones::reading, "8 phones reading"},
                                                    {Phones::not_reading, "8 phones not reading"}};
    for (const auto& [kind, name] : cases) {
        std::vector<Times> times;
        for (int run = 0; run < runs; ++run) times.push_back(one_run(kind));
        report(name, times);
    }
    return 0;
}
