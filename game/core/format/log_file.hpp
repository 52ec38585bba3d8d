#pragma once
// The game's log: what it told the player on the terminal (deck problems, missing fonts, a save
// set aside), also kept in the user's state folder, because a game started from the desktop has
// no terminal to read. Each start begins a new log and keeps the previous one as `NAME.1`.
// Logging never stops the game: a log that cannot be written is skipped without a word.

#include <cstddef>
#include <cstdio>
#include <filesystem>
#include <string_view>

namespace kindling {

class LogFile {
public:
    // Not more than `max_bytes` are written per run; the rest is dropped with a last line saying so.
    explicit LogFile(std::filesystem::path path, std::size_t max_bytes = 256u * 1024u);
    ~LogFile();
    LogFile(const LogFile&) = delete;
    LogFile& operator=(const LogFile&) = delete;

    // One line (a trailing newline is added), flushed at once so a crash keeps it.
    void write(std::string_view line);
    [[nodiscard]] bool is_open() const { return file_ != nullptr; }
    [[nodiscard]] const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
    std::FILE* file_ = nullptr;
    std::size_t written_ = 0;
    std::size_t max_bytes_;
    bool full_ = false;
};

// $XDG_STATE_HOME/kindling/kindling.log
std::filesystem::path default_log_path();

}  // namespace kindling
