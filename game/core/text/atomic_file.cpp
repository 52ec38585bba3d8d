#include "core/text/atomic_file.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <csignal>
#include <cstdlib>
#include <random>
#include <sys/stat.h>
#include <unistd.h>

namespace kindling {

namespace fs = std::filesystem;

namespace {

class PosixFileCalls final : public FileSystemCalls {
public:
    int open_for_writing(const fs::path& path, unsigned mode, int& fd) override {
        fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, static_cast<mode_t>(mode));
        return fd < 0 ? errno : 0;
    }
    int write_all(int fd, std::string_view bytes) override {
        while (!bytes.empty()) {
            const ssize_t written = ::write(fd, bytes.data(), bytes.size());
            if (written < 0) {
                if (errno == EINTR) continue;
                return errno;
            }
            bytes.remove_prefix(static_cast<std::size_t>(written));
        }
        return 0;
    }
    int sync(int fd) override { return ::fsync(fd) == 0 ? 0 : errno; }
    int close(int fd) override { return ::close(fd) == 0 ? 0 : errno; }
    int rename(const fs::path& from, const fs::path& to) override {
        return ::rename(from.c_str(), to.c_str()) == 0 ? 0 : errno;
    }
    int sync_directory(const fs::path& directory) override {
        const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd < 0) return errno;
        const int result = ::fsync(fd) == 0 ? 0 : errno;
        ::close(fd);
        return result;
    }
    int remove(const fs::path& path) override {
        return ::unlink(path.c_str()) == 0 ? 0 : errno;
    }
};

std::string describe_errno(int error) { return std::strerror(error); }

std::string failure(std::string_view what, const fs::path& path, int error) {
    return std::string(what) + " " + path.string() + ": " + describe_errno(error);
}

fs::path temporary_name_for(const fs::path& target) {
    static thread_local std::mt19937_64 random{std::random_device{}()};
    return target.parent_path() /
           ("." + target.filename().string() + ".tmp-" + std::to_string(::getpid()) + "-" +
            std::to_string(random() % 1000000000ULL));
}

// Temporary files of writers that were killed before renaming them; a writer still running
// keeps its own (its process id is in the name).
void remove_abandoned_temporaries(const fs::path& target) {
    const std::string prefix = "." + target.filename().string() + ".tmp-";
    std::error_code error;
    fs::directory_iterator it(target.parent_path().empty() ? fs::path(".") : target.parent_path(), error);
    for (; !error && it != fs::directory_iterator(); it.increment(error)) {
        const std::string name = it->path().filename().string();
        if (!name.starts_with(prefix)) continue;
        const std::string rest = name.substr(prefix.size());
        const pid_t pid = static_cast<pid_t>(std::strtol(rest.c_str(), nullptr, 10));
        if (pid > 0 && pid != ::getpid() && ::kill(pid, 0) != 0 && errno == ESRCH) {
            std::error_code ignored;
            fs::remove(it->path(), ignored);
        }
    }
}

fs::path backup_name(const fs::path& target, int number) {
    return fs::path(target.string() + "~" + std::to_string(number));
}

// Shifts NAME~1..NAME~(n-1) up by one and links the current file as NAME~1. Hard links keep the
// current file in place until the rename, so there is never a moment without a file.
void rotate_backups(const fs::path& target, int backups, FileSystemCalls& calls) {
    std::error_code ignored;
    for (int n = backups; n >= 2; --n) {
        if (fs::exists(backup_name(target, n - 1), ignored)) {
            calls.rename(backup_name(target, n - 1), backup_name(target, n));
        }
    }
    fs::remove(backup_name(target, 1), ignored);
    fs::create_hard_link(target, backup_name(target, 1), ignored);
    if (ignored) fs::copy_file(target, backup_name(target, 1), ignored);
}

}  // namespace

FileSystemCalls& system_file_calls() {
    static PosixFileCalls calls;
    return calls;
}

WriteResult write_file_atomically(const fs::path& requested, std::string_view bytes,
                                  const AtomicWriteOptions& options, FileSystemCalls& calls) {
    std::error_code error;
    fs::path target = requested;
    if (fs::is_symlink(target, error)) {
        target = fs::weakly_canonical(target, error);
        if (error) return {false, "cannot follow the link " + requested.string() + ": " + error.message()};
    }
    fs::path directory = target.parent_path();
    if (directory.empty()) directory = ".";
    if (options.create_parent_directories) {
        fs::create_directories(directory, error);
        if (error) return {false, "cannot create the folder " + directory.string() + ": " + error.message()};
    }

    unsigned mode = 0644;
    struct stat existing {};
    const bool target_exists = ::stat(target.c_str(), &existing) == 0;
    if (target_exists) mode = existing.st_mode & 07777u;

    const fs::path temporary = temporary_name_for(target);
    int fd = -1;
    if (int e = calls.open_for_writing(temporary, mode, fd)) {
        return {false, failure("cannot create a file in", directory, e)};
    }
    auto abandon = [&](std::string message) {
        if (fd >= 0) calls.close(fd);
        calls.remove(temporary);
        return WriteResult{false, std::move(message)};
    };
    if (int e = calls.write_all(fd, bytes)) return abandon(failure("cannot write", temporary, e));
    // open() applies the umask; an existing file's exact bits are restored here.
    if (target_exists) ::fchmod(fd, static_cast<mode_t>(mode));
    if (int e = calls.sync(fd)) return abandon(failure("cannot flush", temporary, e));
    const int close_error = calls.close(fd);
    fd = -1;
    if (close_error != 0) return abandon(failure("cannot close", temporary, close_error));

    if (target_exists && options.backups > 0) rotate_backups(target, options.backups, calls);
    if (int e = calls.rename(temporary, target)) return abandon(failure("cannot replace", target, e));
    if (int e = calls.sync_directory(directory)) {
        // The new file is in place; only its durability across a power cut is in doubt.
        return {false, failure("saved, but could not flush the folder", directory, e)};
    }
    remove_abandoned_temporaries(target);
    return {true, {}};
}

namespace {

// Words for what a path is when it is not a file Kindling can read.
const char* describe_non_regular(mode_t mode) {
    if (S_ISDIR(mode)) return "is a folder, not a file";
    if (S_ISFIFO(mode)) return "is a named pipe, not a file";
    if (S_ISSOCK(mode)) return "is a socket, not a file";
    if (S_ISCHR(mode) || S_ISBLK(mode)) return "is a device, not a file";
    return "is not a regular file";
}

class FileDescriptor {
public:
    explicit FileDescriptor(int fd) noexcept : fd_(fd) {}
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    ~FileDescriptor() {
        if (fd_ >= 0) ::close(fd_);
    }
    [[nodiscard]] int get() const noexcept { return fd_; }

private:
    int fd_;
};

}  // namespace

bool read_file(const fs::path& path, std::string& bytes, std::string& error,
               std::uintmax_t max_bytes) {
    const auto too_big = [&] {
        constexpr std::uintmax_t mebibyte = 1024 * 1024;
        error = "the file is larger than the limit of " +
                (max_bytes % mebibyte == 0 ? std::to_string(max_bytes / mebibyte) + " MiB"
                                           : std::to_string(max_bytes) + " bytes");
        return false;
    };
    // O_NONBLOCK: opening a named pipe for reading would otherwise wait for a writer forever.
    // The descriptor is checked to be a regular file before anything is read from it.
    const FileDescriptor file(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY));
    if (file.get() < 0) {
        const int open_error = errno;
        // A socket cannot be opened at all (ENXIO); say what the path is rather than why not.
        struct stat status {};
        error = ::stat(path.c_str(), &status) == 0 && !S_ISREG(status.st_mode) ? describe_non_regular(status.st_mode)
                                                                              : describe_errno(open_error);
        return false;
    }
    struct stat status {};
    if (::fstat(file.get(), &status) != 0) {
        error = describe_errno(errno);
        return false;
    }
    if (!S_ISREG(status.st_mode)) {
        error = describe_non_regular(status.st_mode);
        return false;
    }
    // Refuse big files before reading; a file that grows while it is read is caught below.
    if (static_cast<std::uintmax_t>(status.st_size) > max_bytes) return too_big();

    bytes.clear();
    std::string chunk(64 * 1024, '\0');
    for (;;) {
        const ssize_t got = ::read(file.get(), chunk.data(), chunk.size());
        if (got < 0) {
            if (errno == EINTR) continue;
            error = "read error: " + describe_errno(errno);
            return false;
        }
        if (got == 0) break;
        bytes.append(chunk.data(), static_cast<std::size_t>(got));
        if (bytes.size() > max_bytes) return too_big();
    }
    return true;
}

}  // namespace kindling
