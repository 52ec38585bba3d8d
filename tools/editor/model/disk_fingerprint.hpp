#pragma once
// What a deck file looked like when the editor last read or wrote it, to notice another program
// changing it in the meantime.

#include <cstdint>
#include <filesystem>
#include <string_view>

namespace kindling::editor {

struct DiskFingerprint {
    bool exists = false;
    std::uintmax_t size = 0;
    std::uint64_t content_hash = 0;
    // Content decides; a file touched without changes is the same file.
    friend bool operator==(const DiskFingerprint& a, const DiskFingerprint& b) {
        return a.exists == b.exists && a.size == b.size && a.content_hash == b.content_hash;
    }
};

std::uint64_t hash_bytes(std::string_view bytes) noexcept;
DiskFingerprint fingerprint_of(std::string_view bytes) noexcept;
// Reads the file; a missing file gives {exists = false}. An unreadable file is reported as
// existing with hash 0, which never matches a file the editor read.
DiskFingerprint fingerprint_file(const std::filesystem::path& path);

}  // namespace kindling::editor
