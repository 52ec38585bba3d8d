#pragma once
// What Kindling does with one of its own files (play history, saved night) that it cannot read:
// keep it for inspection under a new name, never overwrite it, and carry on.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace kindling {

// "20240131-235959": a UTC timestamp that sorts and is safe in file names.
std::string file_timestamp(std::int64_t unix_seconds);

// Renames the file to NAME.corrupt-TIMESTAMP (adding -2, -3, ... when that exists). Returns the
// new path, or nothing with `error` set.
std::optional<std::filesystem::path> set_aside_unreadable_file(const std::filesystem::path& path,
                                                               std::int64_t unix_seconds,
                                                               std::string& error);

}  // namespace kindling
