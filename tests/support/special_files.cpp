#include "special_files.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace kindling::testing {

namespace fs = std::filesystem;

namespace {

void make_socket_file(const fs::path& path) {
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0) throw std::runtime_error(std::string("socket: ") + std::strerror(errno));
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const std::string text = path.string();
    if (text.size() >= sizeof(address.sun_path)) {
        ::close(fd);
        throw std::runtime_error("socket path too long: " + text);
    }
    std::memcpy(address.sun_path, text.c_str(), text.size() + 1);
    // The file stays after the descriptor is closed; nobody needs to listen for the test.
    const int bound = ::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof(address));
    const int saved = errno;
    ::close(fd);
    if (bound != 0) throw std::runtime_error(std::string("bind: ") + std::strerror(saved));
}

}  // namespace

std::vector<SpecialPath> make_special_paths(const fs::path& folder, const std::string& name) {
    std::vector<SpecialPath> paths;
    const fs::path pipe = folder / (name + "-pipe.yaml");
    if (::mkfifo(pipe.c_str(), 0644) != 0) throw std::runtime_error(std::string("mkfifo: ") + std::strerror(errno));
    paths.push_back({"named pipe", pipe, "named pipe"});

    const fs::path directory = folder / (name + "-folder.yaml");
    fs::create_directories(directory);
    paths.push_back({"folder", directory, "folder"});

    const fs::path socket = folder / (name + "-socket.yaml");
    make_socket_file(socket);
    paths.push_back({"socket", socket, "socket"});

    const fs::path loop_a = folder / (name + "-loop.yaml");
    const fs::path loop_b = folder / (name + "-loop-back.yaml");
    fs::create_symlink(loop_b, loop_a);
    fs::create_symlink(loop_a, loop_b);
    paths.push_back({"symlink loop", loop_a, "symbolic links"});
    return paths;
}

void wake_pipe_reader(const fs::path& pipe) {
    const int fd = ::open(pipe.c_str(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd >= 0) ::close(fd);
}

}  // namespace kindling::testing
