#include "recovery_store.hpp"

#include "core/text/atomic_file.hpp"
#include "core/deck/translation_reader.hpp"

#include "deck_json.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <sys/file.h>
#include <unistd.h>

namespace kindling::editor {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr const char* lock_name = "lock";
constexpr const char* format_name = "kindling-editor-recovery";

std::string origin_name(DocumentOrigin origin) {
    switch (origin) {
        case DocumentOrigin::file: return "file";
        case DocumentOrigin::built_in: return "built-in";
        case DocumentOrigin::new_deck: return "new";
        case DocumentOrigin::recovered: return "recovered";
    }
    return "file";
}

// Tries to take a session's lock; succeeds only when no running editor holds it.
bool session_is_abandoned(const fs::path& session) {
    const int fd = ::open((session / lock_name).c_str(), O_RDWR | O_CLOEXEC);
    if (fd < 0) return errno == ENOENT;  // never locked or lock file lost: nobody can own it
    const bool free = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
    ::close(fd);  // closing releases the lock again
    return free;
}

RecoveryEntry read_entry(const fs::path& file) {
    std::string bytes;
    std::string error;
    if (!read_file(file, bytes, error, 4 * max_deck_file_bytes)) throw std::runtime_error(error);
    const json document = json::parse(bytes);
    if (document.at("format").get<std::string>() != format_name) throw std::runtime_error("not a recovery file");
    RecoveryEntry entry;
    entry.file = file;
    entry.original_path = string_from_json(document.at("path"));
    entry.was_built_in = document.at("origin").get<std::string>() == "built-in";
    entry.schema_line = string_from_json(document.at("schema_line"));
    entry.disk_state.exists = document.at("disk").at("exists").get<bool>();
    entry.disk_state.size = document.at("disk").at("size").get<std::uintmax_t>();
    entry.disk_state.content_hash = document.at("disk").at("hash").get<std::uint64_t>();
    entry.written_at = document.at("written_at").get<std::int64_t>();
    entry.deck = deck_from_json(document.at("deck"));
    return entry;
}

}  // namespace

RecoveryStore::RecoveryStore(fs::path root, FileSystemCalls& calls) : root_(std::move(root)), calls_(calls) {
    std::error_code code;
    std::random_device random;
    session_ = root_ / ("session-" + std::to_string(::getpid()) + "-" + std::to_string(random() % 1000000));
    fs::create_directories(session_, code);
    if (code) {
        error_ = "cannot create the recovery folder " + session_.string() + ": " + code.message();
        return;
    }
    const int fd = ::open((session_ / lock_name).c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0 || ::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        error_ = "cannot lock the recovery folder " + session_.string() + ": " + std::strerror(errno);
        if (fd >= 0) ::close(fd);
        return;
    }
    lock_fd_ = fd;
}

RecoveryStore::~RecoveryStore() {
    if (lock_fd_ < 0) return;
    // Work that is still here (a document neither saved nor discarded) keeps the folder, which
    // the next session then finds unlocked and offers.
    std::error_code code;
    bool only_lock = true;
    for (const auto& entry : fs::directory_iterator(session_, code)) {
        if (entry.path().filename() != lock_name) only_lock = false;
    }
    if (only_lock && !code) {
        fs::remove(session_ / lock_name, code);
        fs::remove(session_, code);
    }
    ::close(lock_fd_);
}

WriteResult RecoveryStore::write(const DeckDocument& document) {
    if (!enabled()) return {false, error_};
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    const json content{
        {"format", format_name},
        {"version", 1},
        {"path", string_to_json(document.path().string())},
        {"origin", origin_name(document.origin())},
        {"schema_line", string_to_json(document.schema_line())},
        {"disk", {{"exists", document.disk_state().exists},
                  {"size", document.disk_state().size},
                  {"hash", document.disk_state().content_hash}}},
        {"written_at", std::chrono::duration_cast<std::chrono::seconds>(now).count()},
        {"deck", deck_to_json(document.deck())},
    };
    return write_file_atomically(session_ / document.recovery_name(), content.dump(1), {}, calls_);
}

void RecoveryStore::remove(const DeckDocument& document) {
    if (!enabled()) return;
    std::error_code ignored;
    fs::remove(session_ / document.recovery_name(), ignored);
}

bool RecoveryStore::has_file_for(const DeckDocument& document) const {
    std::error_code ignored;
    return enabled() && fs::exists(session_ / document.recovery_name(), ignored);
}

std::vector<RecoveryEntry> RecoveryStore::find_orphaned(std::vector<std::string>& problems) const {
    std::vector<RecoveryEntry> entries;
    std::error_code code;
    if (!fs::is_directory(root_, code)) return entries;
    for (const auto& session : fs::directory_iterator(root_, code)) {
        if (!session.is_directory(code) || session.path() == session_) continue;
        if (!session_is_abandoned(session.path())) continue;
        for (const auto& file : fs::directory_iterator(session.path(), code)) {
            if (file.path().extension() != ".json") continue;
            try {
                entries.push_back(read_entry(file.path()));
            } catch (const std::exception& error) {
                problems.push_back("cannot read the recovery file " + file.path().string() + ": " + error.what());
            }
        }
    }
    std::sort(entries.begin(), entries.end(),
              [](const RecoveryEntry& a, const RecoveryEntry& b) { return a.written_at > b.written_at; });
    return entries;
}

DeckDocument RecoveryStore::restore(const RecoveryEntry& entry) {
    DeckDocument document(entry.deck, DocumentOrigin::recovered, entry.was_built_in ? fs::path{} : entry.original_path);
    document.restore_disk_state(entry.disk_state, entry.schema_line);
    // The recovery copy holds the cards; a translation's own fields (translation_of, themes,
    // mode) come back from the file it was opened from.
    std::string bytes;
    std::string error;
    if (!entry.original_path.empty() && read_file(entry.original_path, bytes, error, max_deck_file_bytes) &&
        is_translation_text(bytes)) {
        TranslationReadResult translation = read_deck_translation(bytes, entry.original_path.string());
        if (translation.ok()) document.restore_translation(std::move(translation.translation));
    }
    return document;
}

bool RecoveryStore::discard(const RecoveryEntry& entry, std::string& error) const {
    std::error_code code;
    if (!fs::remove(entry.file, code) && code) {
        error = "cannot remove " + entry.file.string() + ": " + code.message();
        return false;
    }
    // The crashed session's folder goes once its last file is handled.
    const fs::path session = entry.file.parent_path();
    bool only_lock = true;
    for (const auto& file : fs::directory_iterator(session, code)) {
        if (file.path().filename() != lock_name) only_lock = false;
    }
    if (only_lock && !code) {
        fs::remove(session / lock_name, code);
        fs::remove(session, code);
    }
    return true;
}

}  // namespace kindling::editor
