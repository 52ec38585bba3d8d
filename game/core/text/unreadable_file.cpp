#include "core/text/unreadable_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>

namespace kindling {

namespace fs = std::filesystem;

std::string file_timestamp(std::int64_t unix_seconds) {
    const auto time = static_cast<std::time_t>(unix_seconds);
    std::tm parts{};
    if (gmtime_r(&time, &parts) == nullptr) return "unknown-time";
    char text[32];
    const std::size_t length = std::strftime(text, sizeof text, "%Y%m%d-%H%M%S", &parts);
    return length == 0 ? std::string("unknown-time") : std::string(text, length);
}

std::optional<fs::path> set_aside_unreadable_file(const fs::path& path, std::int64_t unix_seconds,
                                                  std::string& error) {
    const std::string base = path.string() + ".corrupt-" + file_timestamp(unix_seconds);
    for (int attempt = 1; attempt <= 100; ++attempt) {
        const fs::path target = attempt == 1 ? fs::path(base) : fs::path(base + "-" + std::to_string(attempt));
        std::error_code ignored;
        if (fs::exists(fs::symlink_status(target, ignored))) continue;
        if (std::rename(path.c_str(), target.c_str()) == 0) return target;
        error = "could not rename " + path.string() + ": " + std::strerror(errno);
        return std::nullopt;
    }
    error = "could not find a free name to set " + path.string() + " aside";
    return std::nullopt;
}

}  // namespace kindling
