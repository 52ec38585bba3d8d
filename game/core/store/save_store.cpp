#include "core/store/save_store.hpp"

#include "core/format/data_paths.hpp"
#include "core/text/unreadable_file.hpp"

namespace kindling {

std::filesystem::path default_saved_night_path() { return user_data_directory() / "night.yaml"; }

FileSaveStore::FileSaveStore(std::filesystem::path path) : path_(std::move(path)) {}

SaveStore::Loaded FileSaveStore::read() {
    std::error_code error_code;
    if (!std::filesystem::exists(path_, error_code)) return {};
    Loaded loaded;
    loaded.found = true;
    if (!read_file(path_, loaded.bytes, loaded.error, max_saved_night_bytes)) loaded.bytes.clear();
    return loaded;
}

WriteResult FileSaveStore::write(std::string_view bytes) {
    AtomicWriteOptions options;
    options.create_parent_directories = true;
    return write_file_atomically(path_, bytes, options);
}

void FileSaveStore::discard() {
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
}

std::string FileSaveStore::set_aside(std::int64_t unix_seconds) {
    std::string error;
    if (const auto moved = set_aside_unreadable_file(path_, unix_seconds, error)) return moved->string();
    discard();  // never offer the same broken file again
    return {};
}

SaveStore::Loaded MemorySaveStore::read() {
    if (!bytes_) return {};
    return {true, *bytes_, {}};
}

WriteResult MemorySaveStore::write(std::string_view bytes) {
    bytes_ = std::string(bytes);
    ++writes_;
    return {true, {}};
}

std::string MemorySaveStore::set_aside(std::int64_t unix_seconds) {
    set_aside_ = std::move(bytes_);
    bytes_.reset();
    return "saved-night.yaml.corrupt-" + file_timestamp(unix_seconds);
}

}  // namespace kindling
