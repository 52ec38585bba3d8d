#pragma once
// The real file system calls, except one chosen step that fails with a chosen error: how tests
// prove that a failed save at any step leaves the old file intact.

#include "core/text/atomic_file.hpp"

#include <cerrno>
#include <string>

namespace kindling::testing {

enum class FileStep { open, write, sync, close, rename, sync_directory };

const char* file_step_name(FileStep step);

class FailingFileCalls final : public FileSystemCalls {
public:
    explicit FailingFileCalls(FileStep failing, int error = EIO) : failing_(failing), error_(error) {}
    int open_for_writing(const std::filesystem::path& path, unsigned mode, int& fd) override;
    // Some of the bytes reach the disk before the failure, as when a disk fills up midway.
    int write_all(int fd, std::string_view bytes) override;
    int sync(int fd) override;
    int close(int fd) override;
    // Only the rename that replaces the target fails; rotating backups still works.
    int rename(const std::filesystem::path& from, const std::filesystem::path& to) override;
    int sync_directory(const std::filesystem::path& directory) override;
    int remove(const std::filesystem::path& path) override;

private:
    FileStep failing_;
    int error_;
};

}  // namespace kindling::testing
