#pragma once
// What a couple keeps between their nights, in $XDG_DATA_HOME/kindling/between.yaml: how close
// each of them felt before and after each night (the closeness check), the themes the night
// played, the notes sealed for the next night together, and when each favourite was marked (so
// it may come back once, weeks later). It never leaves the machine; "forget everything" removes
// the file and its backup.

#include "core/format/diagnostics.hpp"
#include "core/text/atomic_file.hpp"
#include "core/text/clock.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kindling {

inline constexpr int between_format_version = 1;
// The closeness check is a continuous slider stored in hundredths: 0 is two circles apart,
// 100 two circles almost one.
inline constexpr int closeness_min = 0;
inline constexpr int closeness_max = 100;
inline constexpr std::size_t max_note_chars = 200;
inline constexpr std::size_t max_nights_between = 120;
inline constexpr std::size_t max_between_file_bytes = 2u * 1024u * 1024u;

// One player's answer at one moment of a night.
struct ClosenessAnswer {
    int value = 0;        // closeness_min..closeness_max
    bool shared = false;  // this player agreed to let the other see it
    friend bool operator==(const ClosenessAnswer&, const ClosenessAnswer&) = default;
};

struct PlayerCloseness {
    std::string player;  // the name played under
    std::optional<ClosenessAnswer> before;  // none: skipped
    std::optional<ClosenessAnswer> after;
    friend bool operator==(const PlayerCloseness&, const PlayerCloseness&) = default;
};

struct NightBetween {
    std::int64_t ended_at = 0;            // Unix seconds
    std::vector<std::string> themes;      // theme titles played, most played first
    std::vector<PlayerCloseness> checks;  // one per player who answered at least once
    friend bool operator==(const NightBetween&, const NightBetween&) = default;
};

// A note for the next night together, sealed until then; it is dropped once shown.
struct SealedNote {
    std::string from;
    std::string to;
    std::string text;
    std::int64_t written_at = 0;
    friend bool operator==(const SealedNote&, const SealedNote&) = default;
};

// A card marked as favourite, and whether it came back already.
struct FavouriteMoment {
    std::string key;         // card key (card_key.hpp)
    std::string text;        // the card's words when it was marked, to show without its deck
    std::int64_t marked_at = 0;
    std::int64_t returned_at = 0;  // 0: not yet come back
    friend bool operator==(const FavouriteMoment&, const FavouriteMoment&) = default;
};

struct BetweenNights {
    std::vector<NightBetween> nights;  // oldest first
    std::vector<SealedNote> notes;
    std::vector<FavouriteMoment> favourites;
    friend bool operator==(const BetweenNights&, const BetweenNights&) = default;
    [[nodiscard]] bool empty() const { return nights.empty() && notes.empty() && favourites.empty(); }
};

std::string encode_between(const BetweenNights& between);
// Nothing (with located diagnostics) when the text is not a file this version understands.
std::optional<BetweenNights> decode_between(std::string_view text, DiagnosticList& diagnostics);

struct LoadedBetween {
    BetweenNights between;
    Message notice;  // no code when all went well
};

class BetweenStore {
public:
    virtual ~BetweenStore() = default;
    virtual LoadedBetween load() = 0;
    virtual WriteResult save(const BetweenNights& between) = 0;
    // "Forget everything": nothing of it is left behind. True when nothing is left.
    virtual bool forget(std::string& error) = 0;
};

std::filesystem::path default_between_path();

// The file. One that cannot be read is renamed aside (with a timestamp) and explained in the
// notice; the game then starts afresh instead of failing.
class FileBetweenStore final : public BetweenStore {
public:
    FileBetweenStore(std::filesystem::path path, const Clock& clock);
    LoadedBetween load() override;
    WriteResult save(const BetweenNights& between) override;
    bool forget(std::string& error) override;
    [[nodiscard]] const std::filesystem::path& path() const noexcept { return path_; }

private:
    std::filesystem::path path_;
    const Clock* clock_;
};

// Kept in memory: tests, screenshots and demo nights.
class MemoryBetweenStore final : public BetweenStore {
public:
    explicit MemoryBetweenStore(BetweenNights between = {}) : between_(std::move(between)) {}
    LoadedBetween load() override { return {between_, {}}; }
    WriteResult save(const BetweenNights& between) override {
        between_ = between;
        return {true, {}};
    }
    bool forget(std::string&) override {
        between_ = {};
        return true;
    }
    [[nodiscard]] const BetweenNights& between() const noexcept { return between_; }

private:
    BetweenNights between_;
};

}  // namespace kindling
