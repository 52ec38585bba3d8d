#pragma once
// Unsaved work survives a crash: every open document with unsaved changes is copied to a
// recovery file in $XDG_STATE_HOME/kindling/recovery/<session>/ (see AutosaveSchedule for how
// often). Each running editor locks its own session folder; a folder whose lock is free belongs
// to a session that ended without cleaning up, and its files are offered at the next start.
// A recovery file is removed only when its document is saved or the user discards it.

#include "deck_document.hpp"

#include "core/text/atomic_file.hpp"

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace kindling::editor {

struct RecoveryEntry {
    std::filesystem::path file;           // the recovery file itself
    std::filesystem::path original_path;  // where the deck was (or was going to be) saved; may be empty
    bool was_built_in = false;
    std::string schema_line;
    DiskFingerprint disk_state;  // the original file when the crashed session last read or saved it
    std::int64_t written_at = 0; // seconds since the epoch
    Deck deck;
};

class RecoveryStore {
public:
    // Creates and locks this session's folder under `root`. When that fails, the store is
    // disabled and error() says why (the editor still runs, and tells the user).
    explicit RecoveryStore(std::filesystem::path root, FileSystemCalls& calls = system_file_calls());
    ~RecoveryStore();
    RecoveryStore(const RecoveryStore&) = delete;
    RecoveryStore& operator=(const RecoveryStore&) = delete;

    [[nodiscard]] bool enabled() const noexcept { return lock_fd_ >= 0; }
    [[nodiscard]] const std::string& error() const noexcept { return error_; }
    [[nodiscard]] const std::filesystem::path& session_folder() const noexcept { return session_; }

    // Unsaved work left by sessions that ended without cleaning up. Files that cannot be read
    // are reported in `problems` and left in place.
    std::vector<RecoveryEntry> find_orphaned(std::vector<std::string>& problems) const;
    // Turns an entry into an open, unsaved document. The caller writes it into this session
    // (write()) and only then discards the old entry, so the work always exists somewhere.
    static DeckDocument restore(const RecoveryEntry& entry);
    // Deletes an orphaned entry (the user chose to discard it, or it was adopted).
    bool discard(const RecoveryEntry& entry, std::string& error) const;

    WriteResult write(const DeckDocument& document);
    // The document was saved or its changes discarded.
    void remove(const DeckDocument& document);
    [[nodiscard]] bool has_file_for(const DeckDocument& document) const;

private:
    std::filesystem::path root_;
    std::filesystem::path session_;
    FileSystemCalls& calls_;
    int lock_fd_ = -1;
    std::string error_;
};

// When to copy unsaved work to the recovery files: as soon as there is some, then at most once
// every `interval`. The clock is passed in, so tests need no waiting.
class AutosaveSchedule {
public:
    using Clock = std::chrono::steady_clock;
    explicit AutosaveSchedule(std::chrono::seconds interval = std::chrono::seconds(30)) : interval_(interval) {}
    [[nodiscard]] bool due(Clock::time_point now) const noexcept {
        return !last_write_ || now - *last_write_ >= interval_;
    }
    void wrote(Clock::time_point now) noexcept { last_write_ = now; }
    [[nodiscard]] std::chrono::seconds interval() const noexcept { return interval_; }

private:
    std::chrono::seconds interval_;
    std::optional<Clock::time_point> last_write_;
};

}  // namespace kindling::editor
