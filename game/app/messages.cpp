#include "app/messages.hpp"

#include "core/format/log_file.hpp"

#include <cstdio>
#include <memory>

namespace kindling::app {

namespace {

std::unique_ptr<LogFile>& message_log() {
    static std::unique_ptr<LogFile> log;
    return log;
}

}  // namespace

void tell(std::string_view message) {
    std::fprintf(stderr, "kindling: %.*s\n", static_cast<int>(message.size()), message.data());
    if (const auto& log = message_log()) log->write(message);
}

void note(std::string_view message) {
    if (const auto& log = message_log()) log->write(message);
}

void open_message_log(const std::filesystem::path& path) { message_log() = std::make_unique<LogFile>(path); }

}  // namespace kindling::app
