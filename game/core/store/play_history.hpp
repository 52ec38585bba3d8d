#pragma once
// What a user has played on earlier nights and which cards they marked as favourites, kept in
// $XDG_DATA_HOME/kindling/history.yaml. It holds recently played cards back so that nights do
// not repeat each other; a "fresh start" forgets it.

#include "core/text/atomic_file.hpp"
#include "core/text/clock.hpp"
#include "core/format/diagnostics.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

namespace kindling {

inline constexpr int history_format_version = 1;
inline constexpr std::size_t max_nights_in_history = 60;
inline constexpr std::size_t max_history_file_bytes = 4u * 1024u * 1024u;

struct PlayedNight {
    std::int64_t ended_at = 0;        // Unix seconds
    std::vector<std::string> cards;   // card keys (card_key.hpp), in the order played
    // Content keys (card_key.hpp) of the same cards: they hold a card back in any deck it is
    // in, so a copied or renamed deck does not bring them again as new. Empty in histories
    // written before they were kept.
    std::vector<std::string> contents;
    friend bool operator==(const PlayedNight&, const PlayedNight&) = default;
};

struct PlayHistory {
    std::vector<PlayedNight> nights;      // oldest first
    std::vector<std::string> favourites;  // card keys
    friend bool operator==(const PlayHistory&, const PlayHistory&) = default;
};

struct FavouriteChange {
    std::string key;
    bool favourite = true;
};

// Card keys and content keys of the cards played in the last `nights` nights; favourites are
// left out when `replay_favourites` is set.
std::unordered_set<std::string> held_back_cards(const PlayHistory& history, int nights,
                                                bool replay_favourites);

// The history with one more night and the night's favourite changes; the oldest nights beyond
// max_nights_in_history are dropped.
PlayHistory with_night(PlayHistory history, PlayedNight night, std::span<const FavouriteChange> changes);

// Forgets every played night; favourites stay unless `keep_favourites` is false.
PlayHistory fresh_start(PlayHistory history, bool keep_favourites);

std::string encode_history(const PlayHistory& history);
// Nothing (with located diagnostics) when the text is not a history this version understands.
std::optional<PlayHistory> decode_history(std::string_view text, DiagnosticList& diagnostics);

struct LoadedHistory {
    PlayHistory history;
    // For the player when something went wrong, e.g. the file was unreadable and set aside;
    // no code when all went well.
    Message notice;
};

class HistoryStore {
public:
    virtual ~HistoryStore() = default;
    virtual LoadedHistory load() = 0;
    virtual WriteResult save(const PlayHistory& history) = 0;
};

// $XDG_DATA_HOME/kindling/history.yaml (see data_paths.hpp).
std::filesystem::path default_history_path();

// The history file. A file that cannot be read as a history is renamed aside (with a timestamp)
// and reported in the notice; the game then starts a new history instead of failing.
class FileHistoryStore final : public HistoryStore {
public:
    FileHistoryStore(std::filesystem::path path, const Clock& clock);
    LoadedHistory load() override;
    WriteResult save(const PlayHistory& history) override;
    [[nodiscard]] const std::filesystem::path& path() const noexcept { return path_; }

private:
    std::filesystem::path path_;
    const Clock* clock_;
};

// The settings screen's "fresh start": forgets the stored nights (favourites too unless kept).
WriteResult start_fresh(HistoryStore& store, bool keep_favourites);

// A history kept in memory: simulations, tests and "don't remember tonight" play.
class MemoryHistoryStore final : public HistoryStore {
public:
    explicit MemoryHistoryStore(PlayHistory history = {}) : history_(std::move(history)) {}
    LoadedHistory load() override { return {history_, std::exchange(notice_, {})}; }
    WriteResult save(const PlayHistory& history) override {
        history_ = history;
        return {true, {}};
    }
    [[nodiscard]] const PlayHistory& history() const noexcept { return history_; }
    // The next load reports `notice`, as a file store reports a damaged file it set aside.
    void report_on_next_load(Message notice) { notice_ = std::move(notice); }

private:
    PlayHistory history_;
    Message notice_;
};

}  // namespace kindling
