#pragma once
// A plain blocking WebSocket client on a TCP socket, for tests and benchmarks of the phone
// server: it sends exactly the bytes asked for (any Host or Origin, frames of any size, garbage)
// and can stop reading, which a polite library client will not do. Loopback only in practice;
// no TLS, no fragmentation, no extensions. TCP_NODELAY is set so small frames go out at once.

#include <cstdint>
#include <optional>
#include <string>

namespace kindling::testing {

struct HttpAnswer {
    int status = 0;        // 0: no answer (closed or timed out)
    std::string head;      // status line and headers
    std::string body;
};

class RawWebSocket {
public:
    RawWebSocket() = default;
    ~RawWebSocket();
    RawWebSocket(const RawWebSocket&) = delete;
    RawWebSocket& operator=(const RawWebSocket&) = delete;
    RawWebSocket(RawWebSocket&& other) noexcept;
    RawWebSocket& operator=(RawWebSocket&& other) noexcept;

    // Opens the TCP connection only. False when nothing listens.
    bool connect_tcp(const std::string& address, int port);
    // Opens the connection and upgrades it; `host` and `origin` go into the headers as given
    // (an empty origin leaves the header out). The HTTP status the server answered: 101 when
    // the socket is open.
    int open(const std::string& address, int port, const std::string& path, const std::string& host,
             const std::string& origin);

    // Sends raw bytes (for requests and broken frames).
    bool send_raw(const std::string& bytes);
    // Sends one masked frame with the given opcode (1 text, 2 binary, 8 close, 9 ping).
    bool send_frame(const std::string& payload, int opcode = 1);
    // The next text or binary frame's payload, answering pings; nothing when the server closed
    // the connection or nothing came within `timeout_ms`.
    std::optional<std::string> receive(int timeout_ms = 2000);
    // True when the server has closed the connection (a close frame or end of stream) within
    // `timeout_ms`; frames read meanwhile are dropped.
    bool closed_by_server(int timeout_ms = 2000);
    void close();
    [[nodiscard]] bool is_open() const { return socket_ >= 0; }
    // The status code of the close frame the server sent, once one was read (0 when it had none).
    [[nodiscard]] std::optional<int> close_status() const { return close_status_; }

private:
    bool read_exact(std::string& into, std::size_t count, int timeout_ms);
    int socket_ = -1;
    std::string pending_;  // bytes read past the handshake's end
    std::optional<int> close_status_;
};

// One plain HTTP/1.1 GET (Connection: close), for the page and the 404s.
HttpAnswer http_get(const std::string& address, int port, const std::string& path, const std::string& host);

}  // namespace kindling::testing
