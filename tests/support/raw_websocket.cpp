#include "support/raw_websocket.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <random>

namespace kindling::testing {

namespace {

int connect_socket(const std::string& address, int port) {
    const int handle = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (handle < 0) return -1;
    sockaddr_in target{};
    target.sin_family = AF_INET;
    target.sin_port = htons(static_cast<std::uint16_t>(port));
    if (inet_pton(AF_INET, address.c_str(), &target.sin_addr) != 1 ||
        ::connect(handle, reinterpret_cast<sockaddr*>(&target), sizeof target) != 0) {
        ::close(handle);
        return -1;
    }
    const int on = 1;
    setsockopt(handle, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    return handle;
}

bool send_all(int handle, const char* data, std::size_t size) {
    while (size > 0) {
        const ssize_t sent = ::send(handle, data, size, MSG_NOSIGNAL);
        if (sent <= 0) return false;
        data += sent;
        size -= static_cast<std::size_t>(sent);
    }
    return true;
}

// Reads until `marker` is in `text` or the peer closes or `timeout_ms` passes.
void read_until(int handle, std::string& text, const std::string& marker, int timeout_ms) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
    char chunk[4096];
    while (text.find(marker) == std::string::npos) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now()).count();
        if (left <= 0) return;
        pollfd waiting{handle, POLLIN, 0};
        if (::poll(&waiting, 1, static_cast<int>(left)) <= 0) return;
        const ssize_t got = ::recv(handle, chunk, sizeof chunk, 0);
        if (got <= 0) return;
        text.append(chunk, static_cast<std::size_t>(got));
    }
}

int status_of(const std::string& head) {
    // "HTTP/1.1 101 Switching Protocols"
    const std::size_t space = head.find(' ');
    if (space == std::string::npos) return 0;
    return std::atoi(head.c_str() + space + 1);
}

}  // namespace

RawWebSocket::~RawWebSocket() { close(); }

RawWebSocket::RawWebSocket(RawWebSocket&& other) noexcept
    : socket_(other.socket_), pending_(std::move(other.pending_)), close_status_(other.close_status_) {
    other.socket_ = -1;
}

RawWebSocket& RawWebSocket::operator=(RawWebSocket&& other) noexcept {
    if (this != &other) {
        close();
        socket_ = other.socket_;
        pending_ = std::move(other.pending_);
        close_status_ = other.close_status_;
        other.socket_ = -1;
    }
    return *this;
}

bool RawWebSocket::connect_tcp(const std::string& address, int port) {
    close();
    socket_ = connect_socket(address, port);
    return socket_ >= 0;
}

int RawWebSocket::open(const std::string& address, int port, const std::string& path, const std::string& host,
                       const std::string& origin) {
    if (!connect_tcp(address, port)) return 0;
    std::string request = "GET " + path + " HTTP/1.1\r\nHost: " + host +
                          "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                          "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n";
    if (!origin.empty()) request += "Origin: " + origin + "\r\n";
    request += "\r\n";
    if (!send_raw(request)) return 0;
    std::string answer;
    read_until(socket_, answer, "\r\n\r\n", 3000);
    const std::size_t end = answer.find("\r\n\r\n");
    if (end == std::string::npos) {
        close();
        return 0;
    }
    pending_ = answer.substr(end + 4);
    const int status = status_of(answer);
    if (status != 101) close();
    return status;
}

bool RawWebSocket::send_raw(const std::string& bytes) {
    return socket_ >= 0 && send_all(socket_, bytes.data(), bytes.size());
}

bool RawWebSocket::send_frame(const std::string& payload, int opcode) {
    std::string frame;
    frame += static_cast<char>(0x80 | (opcode & 0x0f));
    const std::uint64_t size = payload.size();
    if (size < 126) {
        frame += static_cast<char>(0x80 | size);
    } else if (size < 65536) {
        frame += static_cast<char>(0x80 | 126);
        frame += static_cast<char>((size >> 8) & 0xff);
        frame += static_cast<char>(size & 0xff);
    } else {
        frame += static_cast<char>(0x80 | 127);
        for (int shift = 56; shift >= 0; shift -= 8) frame += static_cast<char>((size >> shift) & 0xff);
    }
    static thread_local std::mt19937 masks{std::random_device{}()};
    const auto mask_value = static_cast<std::uint32_t>(masks());
    char mask[4];
    std::memcpy(mask, &mask_value, 4);
    frame.append(mask, 4);
    const std::size_t start = frame.size();
    frame += payload;
    for (std::size_t index = 0; index < payload.size(); ++index) frame[start + index] ^= mask[index % 4];
    return send_raw(frame);
}

bool RawWebSocket::read_exact(std::string& into, std::size_t count, int timeout_ms) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
    char chunk[8192];
    while (pending_.size() < count) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now()).count();
        if (left <= 0 || socket_ < 0) return false;
        pollfd waiting{socket_, POLLIN, 0};
        if (::poll(&waiting, 1, static_cast<int>(left)) <= 0) return false;
        const ssize_t got = ::recv(socket_, chunk, sizeof chunk, 0);
        if (got <= 0) {
            close();
            return false;
        }
        pending_.append(chunk, static_cast<std::size_t>(got));
    }
    into = pending_.substr(0, count);
    pending_.erase(0, count);
    return true;
}

std::optional<std::string> RawWebSocket::receive(int timeout_ms) {
    while (socket_ >= 0) {
        std::string head;
        if (!read_exact(head, 2, timeout_ms)) return std::nullopt;
        const int opcode = static_cast<unsigned char>(head[0]) & 0x0f;
        std::uint64_t size = static_cast<unsigned char>(head[1]) & 0x7f;
        std::string extended;
        if (size == 126) {
            if (!read_exact(extended, 2, timeout_ms)) return std::nullopt;
            size = (static_cast<std::uint64_t>(static_cast<unsigned char>(extended[0])) << 8) |
                   static_cast<unsigned char>(extended[1]);
        } else if (size == 127) {
            if (!read_exact(extended, 8, timeout_ms)) return std::nullopt;
            size = 0;
            for (char byte : extended) size = (size << 8) | static_cast<unsigned char>(byte);
        }
        std::string payload;
        if (!read_exact(payload, static_cast<std::size_t>(size), timeout_ms)) return std::nullopt;
        if (opcode == 8) {
            close_status_ = payload.size() >= 2 ? (static_cast<unsigned char>(payload[0]) << 8) |
                                                      static_cast<unsigned char>(payload[1])
                                                : 0;
            close();
            return std::nullopt;
        }
        if (opcode == 9) {
            send_frame(payload, 10);
            continue;
        }
        if (opcode == 1 || opcode == 2) return payload;
    }
    return std::nullopt;
}

bool RawWebSocket::closed_by_server(int timeout_ms) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
    while (socket_ >= 0) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now()).count();
        if (left <= 0) return false;
        receive(static_cast<int>(left));
    }
    return true;
}

void RawWebSocket::close() {
    if (socket_ >= 0) ::close(socket_);
    socket_ = -1;
    pending_.clear();
}

HttpAnswer http_get(const std::string& address, int port, const std::string& path, const std::string& host) {
    HttpAnswer answer;
    const int handle = connect_socket(address, port);
    if (handle < 0) return answer;
    const std::string request = "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n";
    if (send_all(handle, request.data(), request.size())) {
        std::string text;
        read_until(handle, text, "\x01never", 3000);  // until the server closes
        const std::size_t end = text.find("\r\n\r\n");
        if (end != std::string::npos) {
            answer.head = text.substr(0, end);
            answer.body = text.substr(end + 4);
            answer.status = status_of(answer.head);
        }
    }
    ::close(handle);
    return answer;
}

}  // namespace kindling::testing
