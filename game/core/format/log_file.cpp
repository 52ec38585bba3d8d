#include "core/format/log_file.hpp"

#include "core/format/data_paths.hpp"

#include <string>

namespace kindling {

namespace fs = std::filesystem;

LogFile::LogFile(fs::path path, std::size_t max_bytes) : path_(std::move(path)), max_bytes_(max_bytes) {
    std::error_code error;
    fs::create_directories(path_.parent_path(), error);
    if (fs::exists(path_, error)) fs::rename(path_, fs::path(path_.string() + ".1"), error);
    file_ = std::fopen(path_.c_str(), "w");
}

LogFile::~LogFile() {
    if (file_ != nullptr) std::fclose(file_);
}

void LogFile::write(std::string_view line) {
    if (file_ == nullptr || full_) return;
    if (written_ + line.size() + 1 > max_bytes_) {
        full_ = true;
        std::fputs("(the log is full; later messages were only printed)\n", file_);
        std::fflush(file_);
        return;
    }
    std::fwrite(line.data(), 1, line.size(), file_);
    std::fputc('\n', file_);
    std::fflush(file_);
    written_ += line.size() + 1;
}

fs::path default_log_path() { return user_state_directory() / "kindling.log"; }

}  // namespace kindling
