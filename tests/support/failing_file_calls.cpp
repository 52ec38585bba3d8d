#include "failing_file_calls.hpp"

namespace kindling::testing {

namespace {
FileSystemCalls& real() { return system_file_calls(); }
}  // namespace

const char* file_step_name(FileStep step) {
    switch (step) {
        case FileStep::open: return "open";
        case FileStep::write: return "write";
        case FileStep::sync: return "fsync";
        case FileStep::close: return "close";
        case FileStep::rename: return "rename";
        case FileStep::sync_directory: return "folder fsync";
    }
    return "?";
}

int FailingFileCalls::open_for_writing(const std::filesystem::path& path, unsigned mode, int& fd) {
    return failing_ == FileStep::open ? error_ : real().open_for_writing(path, mode, fd);
}

int FailingFileCalls::write_all(int fd, std::string_view bytes) {
    if (failing_ != FileStep::write) return real().write_all(fd, bytes);
    real().write_all(fd, bytes.substr(0, bytes.size() / 3));
    return error_;
}

int FailingFileCalls::sync(int fd) { return failing_ == FileStep::sync ? error_ : real().sync(fd); }

int FailingFileCalls::close(int fd) {
    const int result = real().close(fd);
    return failing_ == FileStep::close ? error_ : result;
}

int FailingFileCalls::rename(const std::filesystem::path& from, const std::filesystem::path& to) {
    const bool replacing = from.filename().string().find(".tmp-") != std::string::npos;
    return failing_ == FileStep::rename && replacing ? error_ : real().rename(from, to);
}

int FailingFileCalls::sync_directory(const std::filesystem::path& directory) {
    return failing_ == FileStep::sync_directory ? error_ : real().sync_directory(directory);
}

int FailingFileCalls::remove(const std::filesystem::path& path) { return real().remove(path); }

}  // namespace kindling::testing
