#include "disk_fingerprint.hpp"

#include "core/text/atomic_file.hpp"
#include "core/deck/card_key.hpp"
#include "core/deck/deck.hpp"

namespace kindling::editor {

std::uint64_t hash_bytes(std::string_view bytes) noexcept { return text_fingerprint(bytes); }

DiskFingerprint fingerprint_of(std::string_view bytes) noexcept {
    return {true, bytes.size(), hash_bytes(bytes)};
}

DiskFingerprint fingerprint_file(const std::filesystem::path& path) {
    std::error_code error;
    if (!std::filesystem::exists(path, error)) return {};
    std::string bytes;
    std::string message;
    if (!read_file(path, bytes, message, max_deck_file_bytes)) return {true, 0, 0};
    return fingerprint_of(bytes);
}

}  // namespace kindling::editor
