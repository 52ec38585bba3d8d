#pragma once
// The one way Kindling writes files: decks, settings, history and saved nights all go through
// here, so a crash or a full disk leaves either the complete old file or the complete new one.

#include <filesystem>
#include <string>
#include <string_view>

namespace kindling {

// The system calls the writer makes, behind an interface so tests can make any step fail.
class FileSystemCalls {
public:
    virtual ~FileSystemCalls() = default;
    // Each returns 0 on success or an errno value.
    virtual int open_for_writing(const std::filesystem::path& path, unsigned mode, int& fd) = 0;
    virtual int write_all(int fd, std::string_view bytes) = 0;
    virtual int sync(int fd) = 0;
    virtual int close(int fd) = 0;
    virtual int rename(const std::filesystem::path& from, const std::filesystem::path& to) = 0;
    virtual int sync_directory(const std::filesystem::path& directory) = 0;
    virtual int remove(const std::filesystem::path& path) = 0;
};

// The real calls (POSIX).
FileSystemCalls& system_file_calls();

struct AtomicWriteOptions {
    // How many earlier versions to keep next to the file as NAME~1 (newest) .. NAME~N.
    int backups = 0;
    // Create missing parent folders (for files under XDG folders).
    bool create_parent_directories = false;
};

struct WriteResult {
    bool ok = false;
    std::string error;  // what failed and where, for the user; empty when ok
    explicit operator bool() const noexcept { return ok; }
};

// Writes `bytes` to `path`: a temporary file in the same folder, fsync, rename over the target,
// fsync the folder. A symlink at `path` is followed (the link stays, its target is replaced);
// the existing file's permission bits are kept; new files get 0644 minus the umask. On any
// failure the target is untouched and the temporary file is removed.
WriteResult write_file_atomically(const std::filesystem::path& path, std::string_view bytes,
                                  const AtomicWriteOptions& options = {},
                                  FileSystemCalls& calls = system_file_calls());

// Reads a whole file, refusing files larger than `max_bytes` and, without blocking, anything that
// is not a regular file (a folder, a named pipe, a socket, a device). Returns false with a message.
bool read_file(const std::filesystem::path& path, std::string& bytes, std::string& error,
               std::uintmax_t max_bytes);

}  // namespace kindling
