#include "app/frame_requests.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <system_error>

namespace kindling::app {

namespace {

constexpr char frame_byte = 'f';
constexpr char stop_byte = 's';

// The pipe lives as long as the process: a signal may arrive at any moment, even while an App
// is being torn down, and its handler must never write to a closed (or reused) descriptor.
struct SignalPipe {
    int read_end = -1;
    int write_end = -1;
    std::string problem;  // empty when the pipe and the handler are in place
};

std::atomic<int> signal_write_end{-1};

void on_frame_signal(int /*signal*/) {
    const int saved = errno;
    const int fd = signal_write_end.load(std::memory_order_relaxed);
    // Non-blocking: with the pipe full, requests are already waiting and this one adds nothing.
    if (fd >= 0) (void)::write(fd, &frame_byte, 1);
    errno = saved;
}

const SignalPipe& signal_pipe() {
    static const SignalPipe pipe = [] {
        SignalPipe made;
        int ends[2] = {-1, -1};
        if (::pipe2(ends, O_CLOEXEC) != 0) {
            made.problem = std::string("--frame-file: no pipe: ") + std::strerror(errno);
            return made;
        }
        (void)::fcntl(ends[1], F_SETFL, O_NONBLOCK);
        made.read_end = ends[0];
        made.write_end = ends[1];
        signal_write_end.store(made.write_end);
        struct sigaction action {};
        action.sa_handler = on_frame_signal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        if (::sigaction(SIGUSR1, &action, nullptr) != 0) {
            made.problem = std::string("--frame-file: cannot handle SIGUSR1: ") + std::strerror(errno);
        }
        return made;
    }();
    return pipe;
}

Uint32 frame_event_type() {
    static const Uint32 type = SDL_RegisterEvents(1);
    return type;
}

}  // namespace

std::string FrameRequests::catch_signal() { return signal_pipe().problem; }

std::unique_ptr<FrameRequests> FrameRequests::start(std::string& error) {
    if (const std::string problem = catch_signal(); !problem.empty()) {
        error = problem;
        return nullptr;
    }
    if (frame_event_type() == static_cast<Uint32>(-1)) {
        error = "--frame-file: no SDL event type left";
        return nullptr;
    }
    std::unique_ptr<FrameRequests> requests(new FrameRequests());
    try {
        requests->listener_ = std::thread([raw = requests.get()] { raw->listen(); });
    } catch (const std::system_error& failure) {
        error = std::string("--frame-file: no thread: ") + failure.what();
        return nullptr;
    }
    return requests;
}

FrameRequests::~FrameRequests() {
    // The stop byte may wait behind frame bytes; the listener reads them all and then stops.
    while (::write(signal_pipe().write_end, &stop_byte, 1) != 1) {
        if (errno != EAGAIN && errno != EINTR) break;
        ::usleep(1000);
    }
    listener_.join();
}

void FrameRequests::listen() const {
    const int read_end = signal_pipe().read_end;
    while (true) {
        char byte = 0;
        const ssize_t got = ::read(read_end, &byte, 1);
        if (got < 0 && errno == EINTR) continue;
        if (got != 1 || byte == stop_byte) return;
        SDL_Event event{};
        event.type = frame_event_type();
        SDL_PushEvent(&event);
    }
}

bool FrameRequests::is_request(const SDL_Event& event) {
    return event.type == frame_event_type() && event.type != static_cast<Uint32>(-1);
}

bool write_frame_file(const ui::RgbaImage& image, const std::filesystem::path& path, std::string& error) {
    std::filesystem::path partial = path;
    partial += ".partial";
    if (!ui::write_png(image, partial.string(), error)) return false;
    std::error_code failed;
    std::filesystem::rename(partial, path, failed);
    if (failed) {
        error = "cannot rename " + partial.string() + " to " + path.string() + ": " + failed.message();
        std::filesystem::remove(partial, failed);
        return false;
    }
    return true;
}

}  // namespace kindling::app
