// Which WebSocket server the phones use (issue 15), by measurement: a loopback echo server built
// with civetweb and one built with libwebsockets, each in a child process of its own so its
// memory and CPU can be read from /proc without the clients mixed in. The same clients drive both: 8 connect, each sends 1,000 small messages one after the other and waits for each
// echo (plain sockets with TCP_NODELAY, tests/support/raw_websocket). Printed: round trip p50/p99 over all 8,000, the server's resident memory added by
// starting it and by serving the 8 clients, and its CPU over 3 idle seconds with the 8 connected.
//
//   kindling-bench-phone-sockets [--round-trips N]
#include "support/raw_websocket.hpp"

#include <civetweb.h>
#include <libwebsockets.h>

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
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
constexpr int client_count = 8;
constexpr const char* message_text = R"({"v":1,"type":"tap","command":"confirm"})";

// --- the servers, each run in a child process until it is killed ---

int civetweb_echo(mg_connection* connection, int opcode, char* data, std::size_t size, void*) {
    if ((opcode & 0xf) == MG_WEBSOCKET_OPCODE_TEXT) {
        mg_websocket_write(connection, MG_WEBSOCKET_OPCODE_TEXT, data, size);
    }
    return 1;
}

[[noreturn]] void serve_with_civetweb(int port, int ready_pipe) {
    mg_init_library(0);
    const std::string ports = "127.0.0.1:" + std::to_string(port);
    const char* options[] = {"listening_ports", ports.c_str(), "num_threads", "24", "tcp_nodelay", "1", nullptr};
    mg_callbacks callbacks{};
    mg_context* context = mg_start(&callbacks, nullptr, options);
    if (context == nullptr) _exit(3);
    mg_set_websocket_handler(context, "/socket", nullptr, nullptr, civetweb_echo, nullptr, nullptr);
    const char ready = 1;
    if (write(ready_pipe, &ready, 1) != 1) _exit(4);
    while (true) pause();
}

// libwebsockets answers from its service loop: the message is kept per connection until the
// socket can be written.
struct LwsConnection {
    std::array<unsigned char, LWS_PRE + 512> buffer{};
    std::size_t length = 0;
};

int lws_echo(lws* wsi, lws_callback_reasons reason, void* user, void* in, std::size_t length) {
    auto* connection = static_cast<LwsConnection*>(user);
    switch (reason) {
    case LWS_CALLBACK_RECEIVE:
        if (length > connection->buffer.size() - LWS_PRE) return -1;
        std::memcpy(connection->buffer.data() + LWS_PRE, in, length);
        connection->length = length;
        lws_callback_on_writable(wsi);
        break;
    case LWS_CALLBACK_SERVER_WRITEABLE:
        if (connection->length > 0) {
            lws_write(wsi, connection->buffer.data() + LWS_PRE, connection->length, LWS_WRITE_TEXT);
            connection->length = 0;
        }
        break;
    default:
        break;
    }
    return 0;
}

[[noreturn]] void serve_with_libwebsockets(int port, int ready_pipe) {
    lws_set_log_level(0, nullptr);
    static const lws_protocols protocols[] = {
        {"echo", lws_echo, sizeof(LwsConnection), 512, 0, nullptr, 0},
        {nullptr, nullptr, 0, 0, 0, nullptr, 0},
    };
    lws_context_creation_info info{};
    info.port = port;
    info.iface = "127.0.0.1";
    info.protocols = protocols;
    info.gid = -1;
    info.uid = -1;
    lws_context* context = lws_create_context(&info);
    if (context == nullptr) _exit(3);
    const char ready = 1;
    if (write(ready_pipe, &ready, 1) != 1) _exit(4);
    while (true) lws_service(context, 0);
}

// --- what /proc says about the server process ---

long resident_kib(pid_t pid) {
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0) return std::strtol(line.c_str() + 6, nullptr, 10);
    }
    return -1;
}

// utime + stime in clock ticks.
long long cpu_ticks(pid_t pid) {
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
    const std::size_t after_name = text.rfind(')');
    if (after_name == std::string::npos) return -1;
    std::istringstream fields(text.substr(after_name + 2));
    std::string field;
    long long utime = 0;
    long long stime = 0;
    for (int index = 3; fields >> field; ++index) {
        if (index == 14) utime = std::stoll(field);
        if (index == 15) {
            stime = std::stoll(field);
            break;
        }
    }
    return utime + stime;
}

struct Figures {
    double p50_ms = 0;
    double p99_ms = 0;
    long started_kib = 0;
    long serving_kib = 0;
    double idle_cpu_percent = 0;
    bool ok = false;
};

Figures measure(const char* name, void (*serve)(int, int), int port, int round_trips) {
    Figures figures;
    int pipe_ends[2];
    if (pipe(pipe_ends) != 0) return figures;
    const pid_t server = fork();
    if (server == 0) {
        close(pipe_ends[0]);
        serve(port, pipe_ends[1]);
    }
    close(pipe_ends[1]);
    // The child's memory right after fork is what this process had: the base to subtract.
    const long forked_kib = resident_kib(server);
    char ready = 0;
    if (read(pipe_ends[0], &ready, 1) != 1) {
        std::fprintf(stderr, "%s: the server did not start\n", name);
        return figures;
    }
    close(pipe_ends[0]);
    figures.started_kib = resident_kib(server) - forked_kib;

    std::vector<kindling::testing::RawWebSocket> clients(client_count);
    for (auto& client : clients) {
        if (client.open("127.0.0.1", port, "/socket", "127.0.0.1:" + std::to_string(port), "") != 101) {
            std::fprintf(stderr, "%s: a client could not connect\n", name);
            kill(server, SIGKILL);
            waitpid(server, nullptr, 0);
            return figures;
        }
    }
    std::vector<std::vector<double>> samples(client_count);
    std::vector<std::thread> senders;
    for (int index = 0; index < client_count; ++index) {
        senders.emplace_back([&, index] {
            auto& client = clients[static_cast<std::size_t>(index)];
            for (int trip = 0; trip < round_trips; ++trip) {
                const auto start = Clock::now();
                if (!client.send_frame(message_text) || !client.receive(5000)) return;
                samples[static_cast<std::size_t>(index)].push_back(
                    std::chrono::duration<double, std::milli>(Clock::now() - start).count());
            }
        });
    }
    for (std::thread& sender : senders) sender.join();
    std::vector<double> all;
    for (const auto& some : samples) all.insert(all.end(), some.begin(), some.end());
    figures.ok = all.size() == static_cast<std::size_t>(client_count * round_trips);
    if (!all.empty()) {
        std::sort(all.begin(), all.end());
        figures.p50_ms = all[all.size() / 2];
        figures.p99_ms = all[std::min(all.size() - 1, all.size() * 99 / 100)];
    }
    figures.serving_kib = resident_kib(server) - forked_kib;

    const long long idle_start = cpu_ticks(server);
    std::this_thread::sleep_for(std::chrono::seconds(3));
    const long long idle_ticks = cpu_ticks(server) - idle_start;
    figures.idle_cpu_percent = 100.0 * static_cast<double>(idle_ticks) / static_cast<double>(sysconf(_SC_CLK_TCK)) / 3.0;

    for (auto& client : clients) client.close();
    kill(server, SIGKILL);
    waitpid(server, nullptr, 0);
    return figures;
}

void print(const char* name, const Figures& figures) {
    std::printf("%-15s round trip p50 %.3f ms  p99 %.3f ms  RSS started +%ld KiB  serving 8 +%ld KiB  "
                "idle CPU %.2f %%%s\n",
                name, figures.p50_ms, figures.p99_ms, figures.started_kib, figures.serving_kib,
                figures.idle_cpu_percent, figures.ok ? "" : "  (INCOMPLETE: some echoes never came)");
}

}  // namespace

int main(int argc, char** argv) {
    int round_trips = 1000;
    for (int index = 1; index + 1 < argc; ++index) {
        if (std::strcmp(argv[index], "--round-trips") == 0) round_trips = std::atoi(argv[index + 1]);
    }
    if (round_trips <= 0) {
        std::fprintf(stderr, "usage: kindling-bench-phone-sockets [--round-trips N>0]\n");
        return 2;
    }
    std::signal(SIGPIPE, SIG_IGN);
    const int base_port = 20000 + static_cast<int>(getpid() % 20000);
    std::printf("%d clients x %d round trips on 127.0.0.1\n", client_count, round_trips);
    const Figures civetweb = measure("civetweb", serve_with_civetweb, base_port, round_trips);
    print("civetweb", civetweb);
    const Figures lws = measure("libwebsockets", serve_with_libwebsockets, base_port + 1, round_trips);
    print("libwebsockets", lws);
    return civetweb.ok && lws.ok ? 0 : 1;
}
