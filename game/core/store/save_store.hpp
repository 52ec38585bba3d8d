#pragma once
// Where a night in progress is kept between turns, so a crash or a closed lid loses nothing.

#include "core/text/atomic_file.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace kindling {

inline constexpr std::size_t max_saved_night_bytes = 4u * 1024u * 1024u;

class SaveStore {
public:
    virtual ~SaveStore() = default;

    struct Loaded {
        bool found = false;
        std::string bytes;
        std::string error;  // found but unreadable (permissions, size)
    };
    virtual Loaded read() = 0;
    // Replaces the saved night; a crash during the write leaves the previous one complete.
    virtual WriteResult write(std::string_view bytes) = 0;
    // Forgets the saved night (it ended or the players chose a new one).
    virtual void discard() = 0;
    // Moves an unreadable save out of the way and says where it went, for the player.
    virtual std::string set_aside(std::int64_t unix_seconds) = 0;
    // The name diagnostics use for the save, e.g. its path.
    [[nodiscard]] virtual std::string display_name() const = 0;
};

// $XDG_DATA_HOME/kindling/night.yaml (see data_paths.hpp).
std::filesystem::path default_saved_night_path();

// A save file, written atomically.
class FileSaveStore final : public SaveStore {
public:
    explicit FileSaveStore(std::filesystem::path path);
    Loaded read() override;
    WriteResult write(std::string_view bytes) override;
    void discard() override;
    std::string set_aside(std::int64_t unix_seconds) override;
    [[nodiscard]] std::string display_name() const override { return path_.string(); }

private:
    std::filesystem::path path_;
};

// A save kept in memory: tests and simulations.
class MemorySaveStore final : public SaveStore {
public:
    Loaded read() override;
    WriteResult write(std::string_view bytes) override;
    void discard() override { bytes_.reset(); }
    std::string set_aside(std::int64_t unix_seconds) override;
    [[nodiscard]] std::string display_name() const override { return "saved-night.yaml"; }

    [[nodiscard]] const std::optional<std::string>& bytes() const noexcept { return bytes_; }
    [[nodiscard]] const std::optional<std::string>& set_aside_bytes() const noexcept { return set_aside_; }
    void replace(std::string bytes) { bytes_ = std::move(bytes); }
    [[nodiscard]] int writes() const noexcept { return writes_; }

private:
    std::optional<std::string> bytes_;
    std::optional<std::string> set_aside_;
    int writes_ = 0;
};

}  // namespace kindling
